import { check, replace } from "../__fixtures__/sandbox";
import { oauthConfig } from "./oauth-config";

describe(oauthConfig.id, () => {
    it("passes for an own app and for a family app (google)", () => {
        expect(check(oauthConfig, "adp")).toEqual([]);
        expect(check(oauthConfig, "google-sheets")).toEqual([]);
    });

    it("fails at the end of config.oauth when it lacks the key", () => {
        expect(
            check(oauthConfig, "adp", {
                hosts: { config: replace(/,\n\n        adp: \{[^}]*\}/, "") }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/core/config/index.ts",
                message: expect.stringContaining('no "adp" key')
            })
        ]);
    });

    it("warns at getAuthConfig() when the class reads another app than its OAuth entry", () => {
        expect(
            check(oauthConfig, "google-sheets", {
                hosts: {
                    oauthRegistry: replace(
                        "config.oauth.google.clientId",
                        "config.oauth.microsoft.clientId"
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: "backend/src/integrations/providers/google-sheets/GoogleSheetsProvider.ts",
                message: expect.stringContaining(
                    'getAuthConfig() reads config.oauth.google but OAUTH_PROVIDERS["google-sheets"] (what the OAuth service uses) reads config.oauth.microsoft'
                )
            })
        ]);
    });
});
