import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { oauthRegistryEntry } from "./oauth-registry-entry";

describe(oauthRegistryEntry.id, () => {
    it("passes for oauth2 providers with an entry and ignores api_key providers", () => {
        expect(check(oauthRegistryEntry, "slack")).toEqual([]);
        expect(check(oauthRegistryEntry, "sendgrid")).toEqual([]);
    });

    it("fails at the end of OAUTH_PROVIDERS for an oauth2 provider missing from it", () => {
        const file = "backend/src/services/oauth/OAuthProviderRegistry.ts";
        const edit = replace(/\n    adp: \{[\s\S]*?\n    \},\n/, "\n");
        const diagnostics = check(oauthRegistryEntry, "adp", { hosts: { oauthRegistry: edit } });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "registration/oauth-registry-entry",
                severity: "error",
                file,
                line: sandboxLine(file, /^};/, edit)
            })
        ]);
        expect(diagnostics[0].message).toContain("can never complete");
    });
});
