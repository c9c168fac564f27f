import { check, replace } from "../__fixtures__/sandbox";
import { sharedProviderEntry } from "./shared-provider-entry";

describe(sharedProviderEntry.id, () => {
    it("passes when the element matches the registry through the category mapping", () => {
        for (const id of ["slack", "google-sheets", "cloudflare", "databricks"]) {
            expect(check(sharedProviderEntry, id)).toEqual([]);
        }
    });

    it("fails when the element misses the auth method", () => {
        expect(
            check(sharedProviderEntry, "cloudflare", {
                hosts: {
                    sharedProviders: replace(
                        /(provider: "cloudflare",[\s\S]*?)methods: \["api_key"\]/,
                        '$1methods: ["oauth2"]'
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining('without "api_key"')
            })
        ]);
    });

    it("fails when the category disagrees with the registry", () => {
        expect(
            check(sharedProviderEntry, "slack", {
                hosts: {
                    registry: replace('category: "communication"', 'category: "productivity"')
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining('displays as "Productivity"')
            })
        ]);
    });
});
