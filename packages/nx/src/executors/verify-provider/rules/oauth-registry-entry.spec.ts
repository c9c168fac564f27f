import { check, replace } from "../__fixtures__/sandbox";
import { oauthRegistryEntry } from "./oauth-registry-entry";

describe(oauthRegistryEntry.id, () => {
    it("passes for oauth2 providers with an entry and ignores api_key providers", () => {
        expect(check(oauthRegistryEntry, "slack")).toEqual([]);
        expect(check(oauthRegistryEntry, "sendgrid")).toEqual([]);
    });

    it("fails for an oauth2 provider missing from OAUTH_PROVIDERS", () => {
        const diagnostics = check(oauthRegistryEntry, "zendesk", {
            hosts: { oauthRegistry: replace(/\n    zendesk: \{[\s\S]*?\n    \},\n/, "\n") }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "registration/oauth-registry-entry",
                severity: "error",
                file: "backend/src/services/oauth/OAuthProviderRegistry.ts"
            })
        ]);
        expect(diagnostics[0].message).toContain("can never complete");
    });
});
