import { check, replace, sandboxLine, SANDBOX_PROVIDERS } from "../__fixtures__/sandbox";
import { oauthRegistryEntry } from "./oauth-registry-entry";

describe(oauthRegistryEntry.id, () => {
    it("passes for oauth2 providers with an entry and ignores api_key providers", () => {
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(oauthRegistryEntry, id)).toEqual([]);
        }
    });

    it("fails at the end of OAUTH_PROVIDERS for an oauth2 provider missing from it", () => {
        const file = "backend/src/services/oauth/OAuthProviderRegistry.ts";
        const edit = replace(/\n    zendesk: \{[\s\S]*?\n    \},\n/, "\n");
        const diagnostics = check(oauthRegistryEntry, "zendesk", {
            hosts: { oauthRegistry: edit }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "registration/oauth-registry-entry",
                severity: "error",
                file,
                line: sandboxLine(file, /^};/, edit)
            })
        ]);
        expect(diagnostics[0].message).toContain(
            'OAuth provider "zendesk" is missing from OAUTH_PROVIDERS in backend/src/services/oauth/OAuthProviderRegistry.ts, so its OAuth flow can never complete'
        );
    });
});
