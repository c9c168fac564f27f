import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { oauthCredentialsMap } from "./oauth-credentials-map";

const CONFIG = "backend/src/core/config/index.ts";

describe(oauthCredentialsMap.id, () => {
    it("passes for own and shared apps", () => {
        expect(check(oauthCredentialsMap, "adp")).toEqual([]);
        expect(check(oauthCredentialsMap, "google-sheets")).toEqual([]);
    });

    it("warns at the end of providerMap when it lacks the provider", () => {
        const edit = replace('\n        "google-sheets": "google",', "");
        expect(check(oauthCredentialsMap, "google-sheets", { hosts: { config: edit } })).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: CONFIG,
                line: sandboxLine(CONFIG, 'adp: "adp"', edit) + 1,
                message: expect.stringContaining('`"google-sheets": "google"`')
            })
        ]);
    });

    it("warns at the entry when it maps to another app", () => {
        const edit = replace('"google-sheets": "google",', '"google-sheets": "adp",');
        expect(check(oauthCredentialsMap, "google-sheets", { hosts: { config: edit } })).toEqual([
            expect.objectContaining({
                line: sandboxLine(CONFIG, '"google-sheets": "adp"', edit),
                message: expect.stringContaining('set it to "google"')
            })
        ]);
    });
});
