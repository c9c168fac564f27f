import { OAUTH_SERVICE_TS } from "./__fixtures__/host-sources";
import {
    parseOAuthServiceFile,
    unsubstitutedPlaceholders,
    urlPlaceholders
} from "./oauth-service-file";

const service = parseOAuthServiceFile(OAUTH_SERVICE_TS, "OAuthService.ts");

describe("parseOAuthServiceFile", () => {
    it("reads each substitution with the URL it applies to and the providers guarding it", () => {
        expect(
            service.substitutions.map(({ placeholder, url, providers }) => [
                placeholder,
                url,
                providers
            ])
        ).toEqual([
            ["subdomain", "authUrl", ["zendesk"]],
            ["shop", "authUrl", ["shopify"]],
            ["domain", "authUrl", ["freshservice", "freshdesk"]],
            ["region", "authUrl", undefined],
            ["subdomain", "tokenUrl", ["zendesk"]],
            ["shop", "tokenUrl", ["shopify"]],
            ["org", "tokenUrl", ["okta"]]
        ]);
        expect(service.substitutions[0].position).toEqual({ line: 9, column: 23 });
    });

    it("refuses a file that is not valid TypeScript", () => {
        expect(() => parseOAuthServiceFile("export class {", "OAuthService.ts")).toThrow(
            /OAuthService\.ts:1:\d+: not valid TypeScript/
        );
    });
});

describe("unsubstitutedPlaceholders", () => {
    it("passes placeholders the service fills in for that provider and URL", () => {
        const url = "https://{subdomain}.zendesk.com/oauth/authorizations/new";
        expect(unsubstitutedPlaceholders(service, "zendesk", "authUrl", url)).toEqual([]);
        expect(
            unsubstitutedPlaceholders(service, "freshdesk", "authUrl", "https://{domain}/authorize")
        ).toEqual([]);
        // Unguarded: every provider's authUrl gets {region}.
        expect(
            unsubstitutedPlaceholders(service, "acme", "authUrl", "https://{region}.acme.io/auth")
        ).toEqual([]);
    });

    it("reports placeholders filled in only for other providers, or only in the other URL", () => {
        expect(
            unsubstitutedPlaceholders(
                service,
                "gorgias",
                "tokenUrl",
                "https://{subdomain}.gorgias.com/oauth/token"
            )
        ).toEqual(["subdomain"]);
        expect(
            unsubstitutedPlaceholders(
                service,
                "sap",
                "authUrl",
                "https://{host}/sap/{region}/authorize"
            )
        ).toEqual(["host"]);
        expect(
            unsubstitutedPlaceholders(service, "acme", "tokenUrl", "https://{region}.acme.io/token")
        ).toEqual(["region"]);
    });

    it("does not take a `{{api_key}}` header template for a placeholder", () => {
        expect(urlPlaceholders("https://x.example.com/{{api_key}}/{tenant}")).toEqual(["tenant"]);
    });
});
