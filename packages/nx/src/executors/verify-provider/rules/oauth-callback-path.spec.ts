import { check, replace } from "../__fixtures__/sandbox";
import { oauthCallbackPath } from "./oauth-callback-path";

describe(oauthCallbackPath.id, () => {
    it("passes with callbackPaths entries", () => {
        expect(check(oauthCallbackPath, "slack")).toEqual([]);
        expect(check(oauthCallbackPath, "google-sheets")).toEqual([]);
    });

    it("only warns when an own app relies on the documented fallback", () => {
        expect(
            check(oauthCallbackPath, "adp", {
                hosts: { config: replace(/,\n\s*adp: "\/oauth\/adp\/callback"/, "") }
            })
        ).toEqual([expect.objectContaining({ severity: "warning" })]);
    });

    it("fails when a family app member has no entry (the fallback is wrong for it)", () => {
        expect(
            check(oauthCallbackPath, "google-sheets", {
                hosts: {
                    config: replace('\n        "google-sheets": "/oauth/google/callback",', "")
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining("shared Google OAuth app")
            })
        ]);
    });
});
