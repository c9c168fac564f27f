import { check, replace } from "../__fixtures__/sandbox";
import { oauthCredentialsMap } from "./oauth-credentials-map";

describe(oauthCredentialsMap.id, () => {
    it("passes for own and family apps", () => {
        expect(check(oauthCredentialsMap, "adp")).toEqual([]);
        expect(check(oauthCredentialsMap, "google-sheets")).toEqual([]);
    });

    it("fails when providerMap lacks the provider", () => {
        expect(
            check(oauthCredentialsMap, "google-sheets", {
                hosts: { config: replace('\n        "google-sheets": "google",', "") }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining('`"google-sheets": "google"`')
            })
        ]);
    });
});
