import { declaredAuthMethod, inHostFile, checkHostFile } from "../rule";
import type { Rule } from "../rule";
import { conventionalCallbackPath } from "../../../model/provider-model";

export const oauthCallbackPath: Rule = {
    id: "registration/oauth-callback-path",
    severity: "error",
    description:
        "getOAuthRedirectUri gives an oauth2 provider a callback (error without an entry or a fallback); a provider sharing an OAuth app with others redirects where they do (warning: the app must know the URI).",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.config, (host) => {
            const id = context.registration.providerId;
            const { app, callbackPath, callbackFallback, sharedWith, sharedCallbackPath } =
                host.model;
            const addEntry = `add \`${JSON.stringify(id)}: "${app.callbackPath}"\` to callbackPaths in getOAuthRedirectUri`;
            if (!callbackPath && callbackFallback !== "provider-path") {
                return [
                    inHostFile(
                        host.file,
                        host.model.ends.callbackPaths,
                        `"${id}" has no callbackPaths entry and getOAuthRedirectUri has no fallback, so its OAuth redirect URI is broken: ${addEntry}.`
                    )
                ];
            }
            const redirect = callbackPath ? callbackPath.value : conventionalCallbackPath(id);
            if (!sharedCallbackPath || redirect === undefined || redirect === sharedCallbackPath) {
                return [];
            }
            const others =
                sharedWith.length > 3
                    ? `${sharedWith.slice(0, 3).join(", ")}, ...`
                    : sharedWith.join(", ");
            return [
                inHostFile(
                    host.file,
                    callbackPath?.position ?? host.model.ends.callbackPaths,
                    `"${id}" shares the config.oauth.${app.configKey} app with ${others}, which redirect to ${sharedCallbackPath}, but "${id}" redirects to ${redirect}${callbackPath ? "" : " (the fallback)"}: unless that URI is registered with the app, its OAuth fails; ${callbackPath ? `set it to "${sharedCallbackPath}"` : addEntry}.`,
                    "warning"
                )
            ];
        });
    }
};
