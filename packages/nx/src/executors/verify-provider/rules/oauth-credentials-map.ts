import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Rule } from "../rule";

export const oauthCredentialsMap: Rule = {
    id: "registration/oauth-credentials-map",
    severity: "error",
    description:
        "getOAuthCredentials' providerMap maps an oauth2 provider to the config.oauth key of its app.",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.config, (host) => {
            const id = context.registration.providerId;
            const { app, providerMapEntry } = host.model;
            if (!providerMapEntry) {
                return [
                    inHostFile(
                        host.file,
                        undefined,
                        `"${id}" is missing from providerMap in getOAuthCredentials, which throws for it at runtime: add \`${JSON.stringify(id)}: "${app.configKey}"\` (or ${registerCommand(id)}).`
                    )
                ];
            }
            if (providerMapEntry.value !== undefined && providerMapEntry.value !== app.configKey) {
                return [
                    inHostFile(
                        host.file,
                        providerMapEntry.position,
                        `providerMap["${id}"] is "${providerMapEntry.value}" but the provider reads config.oauth.${app.configKey}: set it to "${app.configKey}".`
                    )
                ];
            }
            return [];
        });
    }
};
