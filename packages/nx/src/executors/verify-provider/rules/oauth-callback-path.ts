import { declaredAuthMethod, inHostFile, checkHostFile } from "../rule";
import type { Rule } from "../rule";

export const oauthCallbackPath: Rule = {
    id: "registration/oauth-callback-path",
    severity: "error",
    description:
        "getOAuthRedirectUri's callbackPaths maps an oauth2 provider to its app's callback (the `/oauth/<id>/callback` fallback is fine for an own app, wrong for a family app).",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.config, (host) => {
            const id = context.registration.providerId;
            const { app, callbackPath, callbackFallback } = host.model;
            const addEntry = `add \`${JSON.stringify(id)}: "${app.callbackPath}"\` to callbackPaths in getOAuthRedirectUri`;
            if (callbackPath) {
                if (callbackPath.value === undefined || callbackPath.value === app.callbackPath)
                    return [];
                return [
                    inHostFile(
                        host.file,
                        callbackPath.position,
                        `callbackPaths["${id}"] is "${callbackPath.value}" but the ${app.shared ? `shared ${app.displayName}` : "provider's own"} app's callback is "${app.callbackPath}": check the redirect URI registered with the OAuth app.`,
                        "warning"
                    )
                ];
            }
            if (app.shared) {
                return [
                    inHostFile(
                        host.file,
                        undefined,
                        `"${id}" uses the shared ${app.displayName} OAuth app but has no callbackPaths entry, so it would redirect to /oauth/${id}/callback, which that app does not know: ${addEntry}.`
                    )
                ];
            }
            if (callbackFallback === "provider-path") {
                return [
                    inHostFile(
                        host.file,
                        undefined,
                        `"${id}" has no callbackPaths entry and relies on the /oauth/${id}/callback fallback: ${addEntry} to make it explicit.`,
                        "warning"
                    )
                ];
            }
            return [
                inHostFile(
                    host.file,
                    undefined,
                    `"${id}" has no callbackPaths entry and getOAuthRedirectUri has no fallback: ${addEntry}.`
                )
            ];
        });
    }
};
