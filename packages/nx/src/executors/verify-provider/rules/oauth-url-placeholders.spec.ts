import { OAUTH_SERVICE_TS } from "../../../host-files/__fixtures__/host-sources";
import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { oauthUrlPlaceholders } from "./oauth-url-placeholders";

const OAUTH_REGISTRY = "backend/src/services/oauth/OAuthProviderRegistry.ts";
const ADP_AUTH_URL = '"https://accounts.adp.com/auth/oauth/v2/authorize"';

function adpAuthUrl(url: string) {
    return replace(`authUrl: ${ADP_AUTH_URL}`, `authUrl: "${url}"`);
}

describe(oauthUrlPlaceholders.id, () => {
    it("passes URLs without placeholders, without reading the OAuth service", () => {
        // Without OAuthService.ts: nothing needs it.
        expect(check(oauthUrlPlaceholders, "adp", { hosts: { oauthService: null } })).toEqual([]);
        expect(check(oauthUrlPlaceholders, "sendgrid", { hosts: { oauthService: null } })).toEqual(
            []
        );
    });

    it("passes zendesk's {subdomain} URLs, which the sandbox's OAuthService.ts fills in by name", () => {
        expect(check(oauthUrlPlaceholders, "zendesk")).toEqual([]);
    });

    it("passes a placeholder the service fills in for every provider", () => {
        expect(
            check(oauthUrlPlaceholders, "adp", {
                hosts: {
                    oauthRegistry: adpAuthUrl("https://{region}.adp.com/auth/oauth/v2/authorize"),
                    oauthService: () => OAUTH_SERVICE_TS
                }
            })
        ).toEqual([]);
    });

    it("fails at the URL when the service fills the placeholder in only for other providers", () => {
        // The sandbox's OAuthService.ts fills {subdomain} in for zendesk only, as the real one does.
        const edit = adpAuthUrl("https://{subdomain}.adp.com/auth/oauth/v2/authorize");
        const diagnostics = check(oauthUrlPlaceholders, "adp", { hosts: { oauthRegistry: edit } });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "registration/oauth-url-placeholders",
                severity: "error",
                file: OAUTH_REGISTRY,
                line: sandboxLine(OAUTH_REGISTRY, "https://{subdomain}.adp.com", edit)
            })
        ]);
        expect(diagnostics[0].message).toContain(
            'OAUTH_PROVIDERS["adp"].authUrl "https://{subdomain}.adp.com/auth/oauth/v2/authorize" has {subdomain}, which backend/src/services/oauth/OAuthService.ts never fills in for "adp"'
        );
    });

    it("reports an unreadable OAuth service only when a URL has a placeholder", () => {
        expect(
            check(oauthUrlPlaceholders, "adp", {
                hosts: {
                    oauthRegistry: adpAuthUrl("https://{host}/oauth/authorize"),
                    oauthService: null
                }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/services/oauth/OAuthService.ts",
                message: expect.stringContaining(
                    "Cannot check this registration: backend/src/services/oauth/OAuthService.ts does not exist"
                )
            })
        ]);
    });
});
