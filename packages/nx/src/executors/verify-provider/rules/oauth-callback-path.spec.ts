import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { oauthCallbackPath } from "./oauth-callback-path";

const CONFIG = "backend/src/core/config/index.ts";

describe(oauthCallbackPath.id, () => {
    it("passes with callbackPaths entries, own and shared apps", () => {
        for (const id of ["slack", "google-sheets", "zendesk", "adp"]) {
            expect(check(oauthCallbackPath, id)).toEqual([]);
        }
    });

    it("accepts an own app relying on the /oauth/<id>/callback fallback", () => {
        expect(
            check(oauthCallbackPath, "adp", {
                hosts: { config: replace(/,\n\s*adp: "\/oauth\/adp\/callback"/, "") }
            })
        ).toEqual([]);
    });

    it("warns when a provider sharing an app falls back to its own path", () => {
        const edit = replace('\n        "google-sheets": "/oauth/google/callback",', "");
        expect(check(oauthCallbackPath, "google-sheets", { hosts: { config: edit } })).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: CONFIG,
                line: sandboxLine(CONFIG, /^    };/, edit),
                message: expect.stringContaining(
                    '"google-sheets" shares the config.oauth.google app with gmail, google, google-calendar, ..., which redirect to /oauth/google/callback, but "google-sheets" redirects to /oauth/google-sheets/callback (the fallback)'
                )
            })
        ]);
    });

    it("warns at the entry when a shared app's member redirects elsewhere", () => {
        const edit = replace(
            '"google-sheets": "/oauth/google/callback"',
            '"google-sheets": "/oauth/sheets/callback"'
        );
        expect(check(oauthCallbackPath, "google-sheets", { hosts: { config: edit } })).toEqual([
            expect.objectContaining({
                severity: "warning",
                line: sandboxLine(CONFIG, '"google-sheets": "/oauth/sheets/callback"', edit),
                message: expect.stringContaining('set it to "/oauth/google/callback"')
            })
        ]);
    });

    it("fails at the end of callbackPaths without an entry when getOAuthRedirectUri has no fallback", () => {
        const edit = (text: string) =>
            replace(
                /,\n\s*adp: "\/oauth\/adp\/callback"/,
                ""
            )(replace(" ?? `/oauth/${provider}/callback`", "")(text));
        expect(check(oauthCallbackPath, "adp", { hosts: { config: edit } })).toEqual([
            expect.objectContaining({
                severity: "error",
                file: CONFIG,
                line: sandboxLine(CONFIG, /^    };/, edit),
                message: expect.stringContaining(
                    '"adp" has no callbackPaths entry and getOAuthRedirectUri has no fallback, so its OAuth redirect URI is broken: add `"adp": "/oauth/adp/callback"` to callbackPaths'
                )
            })
        ]);
    });
});
