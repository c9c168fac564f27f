import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Finding, Rule } from "../rule";

export const oauthRegistryEntry: Rule = {
    id: "registration/oauth-registry-entry",
    severity: "error",
    description:
        "An oauth2 provider has an entry in OAUTH_PROVIDERS (the OAuth service looks it up only there).",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.oauthRegistry, (host) => {
            const id = context.registration.providerId;
            const entry = host.model.entry;
            if (!entry) {
                return [
                    inHostFile(
                        host.file,
                        host.model.newEntryPosition,
                        `OAuth provider "${id}" is missing from OAUTH_PROVIDERS in ${host.file}, so its OAuth flow can never complete: ${registerCommand(id)}.`
                    )
                ];
            }
            const findings: Finding[] = [];
            if (entry.name !== undefined && entry.name !== id) {
                findings.push(
                    inHostFile(
                        host.file,
                        entry.position,
                        `OAUTH_PROVIDERS["${id}"].name is "${entry.name}": set \`name: "${id}"\`.`
                    )
                );
            }
            return findings;
        });
    }
};
