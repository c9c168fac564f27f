import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Finding, Rule } from "../rule";

export const oauthConfig: Rule = {
    id: "registration/oauth-config",
    severity: "error",
    description:
        "The `config.oauth` key an oauth2 provider reads exists, and its OAUTH_PROVIDERS entry reads the same key.",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.config, (host) => {
            const id = context.registration.providerId;
            const { app, oauthKey } = host.model;
            const findings: Finding[] = [];
            if (!oauthKey) {
                findings.push(
                    inHostFile(
                        host.file,
                        undefined,
                        app.shared
                            ? `config.oauth has no "${app.configKey}" key for the shared ${app.displayName} app that "${id}" uses: add \`${app.configKey}: { clientId: process.env.${app.clientIdEnvVar} || "", clientSecret: process.env.${app.clientSecretEnvVar} || "" }\`.`
                            : `config.oauth has no "${app.configKey}" key, so "${id}" has no client credentials: ${registerCommand(id)}.`
                    )
                );
            }
            const oauthEntry = context.registration.oauthRegistry.model?.entry;
            if (oauthEntry?.configKey !== undefined && oauthEntry.configKey !== app.configKey) {
                findings.push(
                    inHostFile(
                        context.registration.oauthRegistry.file,
                        oauthEntry.position,
                        `OAUTH_PROVIDERS["${id}"] reads config.oauth.${oauthEntry.configKey} but the provider class reads config.oauth.${app.configKey}: use the same OAuth app in both.`
                    )
                );
            }
            return findings;
        });
    }
};
