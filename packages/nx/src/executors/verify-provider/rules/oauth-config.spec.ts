import { check, replace } from "../__fixtures__/sandbox";
import { oauthConfig } from "./oauth-config";

describe(oauthConfig.id, () => {
    it("passes for an own app and for a family app (google)", () => {
        expect(check(oauthConfig, "adp")).toEqual([]);
        expect(check(oauthConfig, "google-sheets")).toEqual([]);
    });

    it("fails when config.oauth lacks the key", () => {
        expect(
            check(oauthConfig, "adp", {
                hosts: { config: replace(/\n        \/\/ ADP\n        adp: \{[^}]*\}/, "") }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/core/config/index.ts",
                message: expect.stringContaining('no "adp" key')
            })
        ]);
    });

    it("fails when the OAuth entry reads another app than the class", () => {
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
            expect.objectContaining({ message: expect.stringContaining("config.oauth.microsoft") })
        ]);
    });
});
