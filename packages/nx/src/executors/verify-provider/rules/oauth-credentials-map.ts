import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Rule } from "../rule";

export const oauthCredentialsMap: Rule = {
    id: "registration/oauth-credentials-map",
    severity: "warning",
    description:
        "getOAuthCredentials' providerMap maps an oauth2 provider to the config.oauth key of its app (the function throws for a provider it lacks).",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.config, (host) => {
            const id = context.registration.providerId;
            const { app, providerMapEntry } = host.model;
            if (!providerMapEntry) {
                return [
                    inHostFile(
                        host.file,
                        host.model.ends.providerMap,
                        `"${id}" is missing from providerMap in getOAuthCredentials, which throws for providers it does not list: add \`${JSON.stringify(id)}: "${app.configKey}"\` (or ${registerCommand(id)}).`
                    )
                ];
            }
            if (providerMapEntry.value !== undefined && providerMapEntry.value !== app.configKey) {
                return [
                    inHostFile(
                        host.file,
                        providerMapEntry.position,
                        `providerMap["${id}"] is "${providerMapEntry.value}" but its OAuth entry reads config.oauth.${app.configKey}: set it to "${app.configKey}".`
                    )
                ];
            }
            return [];
        });
    }
};
