import { OAUTH_REGISTRY_TS } from "./__fixtures__/host-sources";
import { acmeChat, googleDocs, pagerLy } from "./__fixtures__/registrations";
import {
    crlf,
    expectPrettierStable,
    expectValidTypeScript,
    insertAfter
} from "./__fixtures__/assertions";
import {
    editOAuthRegistryFile,
    parseOAuthRegistryFile,
    planOAuthRegistryFile
} from "./oauth-registry-file";

const LAST_ENTRY_END = `        pkceEnabled: true
    }`;

describe("parseOAuthRegistryFile", () => {
    it("reads keys, config keys and redirect providers, banners included", () => {
        const model = parseOAuthRegistryFile(OAUTH_REGISTRY_TS, "OAuthProviderRegistry.ts");
        expect(
            model.entries.map((entry) => [entry.key, entry.configKey, entry.redirectProvider])
        ).toEqual([
            ["slack", "slack", "slack"],
            ["google-sheets", "google", "google-sheets"]
        ]);
        expect(model.entries[1]).toMatchObject({
            name: "google-sheets",
            displayName: "Google Sheets",
            scopes: [
                "https://www.googleapis.com/auth/spreadsheets",
                "https://www.googleapis.com/auth/userinfo.email"
            ],
            position: { line: 21, column: 5 }
        });
    });

    it("refuses a file without OAUTH_PROVIDERS", () => {
        expect(() =>
            parseOAuthRegistryFile("export const PROVIDERS = {};\n", "oauth/registry.ts")
        ).toThrow(
            "oauth/registry.ts: not in the expected shape: expected `export const OAUTH_PROVIDERS: Record<string, OAuthProvider> = { ... }` (an object literal). Nothing was written."
        );
    });
});

describe("editOAuthRegistryFile", () => {
    it("appends an own-app entry after the last one, with authParams and getUserInfo", () => {
        expect(editOAuthRegistryFile(OAUTH_REGISTRY_TS, acmeChat)).toBe(
            insertAfter(
                OAUTH_REGISTRY_TS,
                LAST_ENTRY_END,
                `,

    "acme-chat": {
        name: "acme-chat",
        displayName: "Acme Chat",
        authUrl: "https://acme.example/oauth/authorize",
        tokenUrl: "https://acme.example/oauth/token",
        scopes: ["chat:write", "channels:read"],
        authParams: {
            access_type: "offline"
        },
        clientId: config.oauth.acmeChat.clientId,
        clientSecret: config.oauth.acmeChat.clientSecret,
        redirectUri: getOAuthRedirectUri("acme-chat"),
        getUserInfo: async (accessToken) => {
            const response = await fetch("https://api.acme.example/v1/me", {
                headers: { Authorization: \`Bearer \${accessToken}\` }
            });
            if (!response.ok) {
                throw new Error(\`User info request failed: HTTP \${response.status}\`);
            }
            const data = (await response.json()) as Record<string, unknown>;
            return {
                userId: data.id === undefined ? undefined : String(data.id),
                email: typeof data.email === "string" ? data.email : undefined,
                name: typeof data.name === "string" ? data.name : undefined
            };
        },
        refreshable: true,
        pkceEnabled: false
    }`
            )
        );
    });

    it("uses the family's config key for a shared app, and the Meta-style credential fields", () => {
        expect(editOAuthRegistryFile(OAUTH_REGISTRY_TS, googleDocs)).toBe(
            insertAfter(
                OAUTH_REGISTRY_TS,
                LAST_ENTRY_END,
                `,

    "google-docs": {
        name: "google-docs",
        displayName: "Google Docs",
        authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
        tokenUrl: "https://oauth2.googleapis.com/token",
        scopes: ["https://www.googleapis.com/auth/documents"],
        clientId: config.oauth.google.clientId,
        clientSecret: config.oauth.google.clientSecret,
        redirectUri: getOAuthRedirectUri("google-docs"),
        refreshable: true,
        pkceEnabled: true
    }`
            )
        );
        const meta = editOAuthRegistryFile(
            OAUTH_REGISTRY_TS,
            {
                ...googleDocs,
                id: "threads",
                displayName: "Threads",
                oauth: {
                    ...googleDocs.oauth!,
                    app: { ...googleDocs.oauth!.app, configKey: "meta" }
                }
            },
            { credentialFields: { id: "appId", secret: "appSecret" } }
        );
        expect(meta).toContain(
            "        clientId: config.oauth.meta.appId,\n        clientSecret: config.oauth.meta.appSecret,\n"
        );
    });

    it("breaks long scopes, URLs and values exactly as Prettier does", () => {
        const long = {
            ...acmeChat,
            oauth: {
                ...acmeChat.oauth!,
                scopes: [
                    "https://www.googleapis.com/auth/spreadsheets",
                    "https://www.googleapis.com/auth/userinfo.email"
                ],
                authUrl:
                    "https://login.acme.example/a/very/long/path/to/the/oauth2/authorization/endpoint/v2",
                userInfoUrl: "https://api.acme.example/v1/some/very/long/path/for/the/user/info/me",
                authParams: { prompt: 'say "consent" please', "x-mode": "a" }
            },
            displayName: "Acme 'Chat'"
        };
        const outputs = [
            editOAuthRegistryFile(OAUTH_REGISTRY_TS, acmeChat),
            editOAuthRegistryFile(OAUTH_REGISTRY_TS, googleDocs),
            editOAuthRegistryFile(OAUTH_REGISTRY_TS, long)
        ];
        expect(outputs[2]).toContain(`        scopes: [
            "https://www.googleapis.com/auth/spreadsheets",
            "https://www.googleapis.com/auth/userinfo.email"
        ],
        authParams: {
            prompt: 'say "consent" please',
            "x-mode": "a"
        },`);
        expect(outputs[2]).toContain(`            const response = await fetch(
                "https://api.acme.example/v1/some/very/long/path/for/the/user/info/me",
                {`);
        outputs.forEach(expectValidTypeScript);
        expectPrettierStable(outputs);
    });

    it("is idempotent and does nothing for api_key providers", () => {
        const once = editOAuthRegistryFile(OAUTH_REGISTRY_TS, acmeChat);
        expect(editOAuthRegistryFile(once, acmeChat)).toBe(once);
        expect(planOAuthRegistryFile(once, acmeChat).added).toEqual([]);
        expect(editOAuthRegistryFile(OAUTH_REGISTRY_TS, pagerLy)).toBe(OAUTH_REGISTRY_TS);
    });

    it("reports an entry with a different display name", () => {
        expect(() =>
            editOAuthRegistryFile(
                OAUTH_REGISTRY_TS,
                { ...acmeChat, id: "slack", displayName: "Slack 2" },
                { fileName: "OAuthProviderRegistry.ts" }
            )
        ).toThrow(
            /OAuthProviderRegistry\.ts:5: OAUTH_PROVIDERS already has "slack" with displayName "Slack", but the provider says "Slack 2"/
        );
    });

    it("fills an empty OAUTH_PROVIDERS and follows an aliased config import", () => {
        const empty = `import { config as appConfig, getOAuthRedirectUri } from "../../core/config";\n\nexport const OAUTH_PROVIDERS: Record<string, OAuthProvider> = {};\n`;
        const edited = editOAuthRegistryFile(empty, googleDocs);
        expect(edited).toContain(`= {\n    "google-docs": {\n        name: "google-docs",`);
        expect(edited).toContain("clientId: appConfig.oauth.google.clientId,");
        expect(edited).toContain("        pkceEnabled: true\n    }\n};\n");
        expectValidTypeScript(edited);
    });

    it("keeps CRLF", () => {
        expect(editOAuthRegistryFile(crlf(OAUTH_REGISTRY_TS), acmeChat)).toBe(
            crlf(editOAuthRegistryFile(OAUTH_REGISTRY_TS, acmeChat))
        );
    });
});
