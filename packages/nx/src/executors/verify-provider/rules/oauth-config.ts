import {
    declaredAuthMethod,
    inHostFile,
    inProvider,
    registerCommand,
    checkHostFile
} from "../rule";
import type { Finding, Rule } from "../rule";

export const oauthConfig: Rule = {
    id: "registration/oauth-config",
    severity: "error",
    description:
        "The `config.oauth` key an oauth2 provider's OAuth entry reads exists (error: no client credentials); the provider class's getAuthConfig() reads the same key (warning).",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.config, (host) => {
            const id = context.registration.providerId;
            const { app, oauthKey, sharedWith } = host.model;
            const findings: Finding[] = [];
            if (!oauthKey) {
                findings.push(
                    inHostFile(
                        host.file,
                        host.model.ends.oauth,
                        app.shared
                            ? `config.oauth has no "${app.configKey}" key for the OAuth app "${id}" shares with ${sharedWith.join(", ")}: add \`${app.configKey}: { clientId: process.env.${app.clientIdEnvVar} || "", clientSecret: process.env.${app.clientSecretEnvVar} || "" }\`.`
                            : `config.oauth has no "${app.configKey}" key, so "${id}" has no client credentials: ${registerCommand(id)}.`
                    )
                );
            }
            const { providerClass, providerFile } = context.provider;
            const classConfig =
                providerClass?.authConfig?.kind === "oauth2" ? providerClass.authConfig : undefined;
            if (classConfig?.configKey !== undefined && classConfig.configKey !== app.configKey) {
                findings.push(
                    inProvider(
                        context,
                        providerFile,
                        classConfig.position,
                        `getAuthConfig() reads config.oauth.${classConfig.configKey} but OAUTH_PROVIDERS["${id}"] (what the OAuth service uses) reads config.oauth.${app.configKey}: read the same OAuth app in both.`,
                        "warning"
                    )
                );
            }
            return findings;
        });
    }
};
