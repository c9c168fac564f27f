import { declaredAuthMethod, inHostFile, checkHostFile } from "../rule";
import type { Rule } from "../rule";

export const oauthUrlPlaceholders: Rule = {
    id: "registration/oauth-url-placeholders",
    severity: "error",
    description:
        'Every `{placeholder}` in an oauth2 provider\'s OAUTH_PROVIDERS authUrl/tokenUrl is filled in by the OAuth service for that provider (its `.replace("{x}", ...)` calls and the provider comparisons guarding them); otherwise OAuth requests go to the literal URL and fail.',
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        const oauthRegistryFile = context.registration.oauthRegistry.file;
        return checkHostFile(context.registration.oauthUrls, (host) =>
            host.model.unsubstituted.map(({ url, value, placeholders, position }) => {
                const names = placeholders.map((name) => `{${name}}`).join(", ");
                return inHostFile(
                    oauthRegistryFile,
                    position,
                    `OAUTH_PROVIDERS["${context.registration.providerId}"].${url} "${value}" has ${names}, which ${host.file} never fills in for "${context.registration.providerId}", so the OAuth ${url === "authUrl" ? "authorization" : "token"} request goes to that literal URL and fails: substitute ${placeholders.length === 1 ? "it" : "them"} in ${host.file} for this provider (as it does for the providers it names), or write the URL without ${placeholders.length === 1 ? "a placeholder" : "placeholders"}.`
                );
            })
        );
    }
};
