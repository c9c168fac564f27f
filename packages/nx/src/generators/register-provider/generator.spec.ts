import * as fs from "fs";
import * as path from "path";
import { logger, type Tree } from "@nx/devkit";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../../config/plugin-options";
import { registerProviderGenerator } from "./generator";
import { registerUnderLock } from "../../testing/register-under-lock";
import { SANDBOX_DIR, writeSandboxInto } from "../../testing/sandbox-copy";

const HOST_FILES = [
    FILES.registryFile,
    FILES.oauthRegistryFile,
    FILES.configFile,
    FILES.sharedProvidersFile,
    FILES.pulumiFile
];

function oauthProviderClass(
    id: string,
    className: string,
    displayName: string,
    configKey: string
): string {
    return `import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { BaseProvider } from "../../core/BaseProvider";
import type { AuthConfig, OAuthConfig } from "../../core/types";

export class ${className} extends BaseProvider {
    readonly name = "${id}";
    readonly displayName = "${displayName}";
    readonly authMethod = "oauth2" as const;

    getAuthConfig(): AuthConfig {
        const config: OAuthConfig = {
            authUrl: "https://acme.example/oauth/authorize",
            tokenUrl: "https://acme.example/oauth/token",
            scopes: ["chat:write", "channels:read"],
            clientId: appConfig.oauth.${configKey}.clientId,
            clientSecret: appConfig.oauth.${configKey}.clientSecret,
            redirectUri: getOAuthRedirectUri("${id}"),
            refreshable: true
        };
        return config;
    }
}
`;
}

const API_KEY_PROVIDER = `import { BaseProvider } from "../../core/BaseProvider";
import type { AuthConfig, APIKeyConfig, ConnectionMethod } from "../../core/types";

export class PagerlyProvider extends BaseProvider {
    readonly name = "pagerly";
    readonly displayName = "Pagerly";
    readonly authMethod: ConnectionMethod = "api_key";

    getAuthConfig(): AuthConfig {
        const config: APIKeyConfig = { headerName: "Authorization", headerTemplate: "Bearer {{api_key}}" };
        return config;
    }
}
`;

const ACME_SPEC = `id: acme-chat
displayName: Acme Chat
description: Team chat for Acme
category: communication
logoDomain: acme.example
baseUrl: https://api.acme.example/v1
auth:
  type: oauth2
  authUrl: https://acme.example/oauth/authorize
  tokenUrl: https://acme.example/oauth/token
  scopes: [chat:write, channels:read]
  userInfoUrl: https://api.acme.example/v1/me
  preAuthFields:
    - { name: subdomain, label: Acme Subdomain, placeholder: your-company, pattern: "^[a-z0-9-]+$" }
operations:
  - id: sendMessage
`;

function sandboxTree(): Tree {
    const tree = createTreeWithEmptyWorkspace();
    for (const file of HOST_FILES) {
        tree.write(file, fs.readFileSync(path.join(SANDBOX_DIR, file), "utf-8"));
    }
    tree.write(
        `${FILES.providersDir}/acme-chat/AcmeChatProvider.ts`,
        oauthProviderClass("acme-chat", "AcmeChatProvider", "Acme Chat", "acmeChat")
    );
    tree.write(`${FILES.providersDir}/pagerly/PagerlyProvider.ts`, API_KEY_PROVIDER);
    tree.write(
        `${FILES.providersDir}/google-docs/GoogleDocsProvider.ts`,
        oauthProviderClass("google-docs", "GoogleDocsProvider", "Google Docs", "google")
    );
    tree.write("specs/acme.yaml", ACME_SPEC);
    return tree;
}

function snapshot(tree: Tree): Record<string, string> {
    return Object.fromEntries(HOST_FILES.map((file) => [file, tree.read(file, "utf-8") ?? ""]));
}

function changedFiles(tree: Tree, before: Record<string, string>): string[] {
    return HOST_FILES.filter((file) => tree.read(file, "utf-8") !== before[file]);
}

describe("register-provider generator", () => {
    let info: jest.SpyInstance;
    beforeEach(() => {
        info = jest.spyOn(logger, "info").mockImplementation(() => undefined);
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    it("registers an oauth2 provider in all five files from its class and spec, then changes nothing", async () => {
        const tree = sandboxTree();
        const before = snapshot(tree);
        await registerProviderGenerator(tree, { name: "acme-chat", spec: "specs/acme.yaml" });
        expect(changedFiles(tree, before)).toEqual(HOST_FILES);
        const after = snapshot(tree);
        expect(after[FILES.registryFile]).toContain(`// Register Acme Chat provider
const acmeChatEntry: ProviderRegistryEntry = {
    name: "acme-chat",
    displayName: "Acme Chat",
    authMethod: "oauth2",
    category: "communication",`);
        expect(after[FILES.oauthRegistryFile]).toContain(`getUserInfo: async (accessToken) => {
            const response = await fetch("https://api.acme.example/v1/me", {`);
        expect(after[FILES.configFile]).toContain(
            `clientId: process.env.ACME_CHAT_CLIENT_ID || "",`
        );
        expect(after[FILES.sharedProvidersFile]).toContain(`        oauthSettings: [
            {
                name: "subdomain",
                label: "Acme Subdomain",
                placeholder: "your-company",
                required: true,
                type: "text",
                pattern: "^[a-z0-9-]+$"
            }
        ]`);
        expect(after[FILES.pulumiFile]).toContain(
            `"name":"acme-chat-client-secret","envVar":"ACME_CHAT_CLIENT_SECRET"`
        );
        expect(info).toHaveBeenCalledWith(
            `${FILES.registryFile}: added registry entry acmeChatEntry and providerRegistry.register(acmeChatEntry)`
        );

        await registerProviderGenerator(tree, { name: "acme-chat", spec: "specs/acme.yaml" });
        expect(snapshot(tree)).toEqual(after);
        await registerProviderGenerator(tree, { name: "acme-chat", check: true });
        expect(info).toHaveBeenLastCalledWith("acme-chat: all registrations present.");
    });

    it("--check lists every missing registration, fails and writes nothing", async () => {
        const tree = sandboxTree();
        const before = snapshot(tree);
        await expect(
            registerProviderGenerator(tree, { name: "acme-chat", check: true })
        ).rejects.toThrow(
            [
                `"acme-chat" is missing 7 registrations (run without --check to add them):`,
                `  - ${FILES.registryFile}: missing registry entry acmeChatEntry and providerRegistry.register(acmeChatEntry)`,
                `  - ${FILES.oauthRegistryFile}: missing OAUTH_PROVIDERS entry "acme-chat"`,
                `  - ${FILES.configFile}: missing config.oauth.acmeChat`,
                `  - ${FILES.configFile}: missing callbackPaths entry "acme-chat"`,
                `  - ${FILES.configFile}: missing providerMap entry "acme-chat"`,
                `  - ${FILES.sharedProvidersFile}: missing ALL_PROVIDERS element "acme-chat"`,
                `  - ${FILES.pulumiFile}: missing secrets acme-chat-client-id, acme-chat-client-secret`
            ].join("\n")
        );
        expect(snapshot(tree)).toEqual(before);
    });

    it("registers an api_key provider in the registry and shared list only, with flags", async () => {
        const tree = sandboxTree();
        const before = snapshot(tree);
        await registerProviderGenerator(tree, {
            name: "pagerly",
            category: "developer_tools",
            description: "Page the on-call engineer"
        });
        expect(changedFiles(tree, before)).toEqual([FILES.registryFile, FILES.sharedProvidersFile]);
        const shared = tree.read(FILES.sharedProvidersFile, "utf-8")!;
        // Appended to the "Developer Tools (Additional)" section (after Cloudflare), before the next one.
        const appended = `    {
        provider: "pagerly",
        displayName: "Pagerly",
        description: "Page the on-call engineer",
        logoUrl: getBrandLogo("pagerly.com"),
        category: "Developer Tools",
        methods: ["api_key"]
    },

    // Databases & Data`;
        expect(shared).toContain(appended);
        expect(shared.indexOf('provider: "cloudflare"')).toBeLessThan(shared.indexOf(appended));
        // Facts already registered are reused: a second run without flags changes nothing.
        await registerProviderGenerator(tree, { name: "pagerly", check: true });
    });

    it("takes the project name provider-<id> (Nx Console's project dropdown), and fields a form cleared as not given", async () => {
        const byId = sandboxTree();
        await registerProviderGenerator(byId, { name: "pagerly" });
        const fromForm = sandboxTree();
        await registerProviderGenerator(fromForm, {
            name: "provider-pagerly",
            category: "",
            oauthKey: "",
            logoDomain: " ",
            description: ""
        });
        expect(snapshot(fromForm)).toEqual(snapshot(byId));
    });

    it("files a provider under the category name the host's providers use, not the table's", async () => {
        const tree = sandboxTree();
        // The sandbox's registered hr provider (adp) says "HR"; the table would say "HR & Payroll".
        tree.write(
            FILES.sharedProvidersFile,
            tree
                .read(FILES.sharedProvidersFile, "utf-8")!
                .replace(
                    'category: "HR & Payroll",\n        methods: ["oauth2"]',
                    'category: "HR",\n        methods: ["oauth2"]'
                )
        );
        await registerProviderGenerator(tree, { name: "pagerly", category: "hr" });
        const shared = tree.read(FILES.sharedProvidersFile, "utf-8")!;
        expect(shared).toMatch(/provider: "pagerly",[^}]*category: "HR",/);
        expect(shared).not.toMatch(/provider: "pagerly",[^}]*HR & Payroll/);
        // Read back from ALL_PROVIDERS alone, "HR" is the host's hr category: --check passes.
        await registerProviderGenerator(tree, { name: "pagerly", check: true });
    });

    it("reuses a family app read from the provider's class: no new key, secrets or callback", async () => {
        const tree = sandboxTree();
        const before = snapshot(tree);
        await registerProviderGenerator(tree, { name: "google-docs", category: "productivity" });
        expect(changedFiles(tree, before)).toEqual([
            FILES.registryFile,
            FILES.oauthRegistryFile,
            FILES.configFile,
            FILES.sharedProvidersFile
        ]);
        const config = tree.read(FILES.configFile, "utf-8")!;
        expect(config).toContain(`"google-docs": "/oauth/google/callback"`);
        expect(config).toContain(`"google-docs": "google"`);
        expect(tree.read(FILES.oauthRegistryFile, "utf-8")).toContain(
            "clientId: config.oauth.google.clientId,"
        );
    });

    it("is all-or-nothing when a host file is misshapen or missing", async () => {
        const tree = sandboxTree();
        tree.write(FILES.oauthRegistryFile, "export const PROVIDERS = {};\n");
        tree.delete(FILES.pulumiFile);
        const before = snapshot(tree);
        await expect(
            registerProviderGenerator(tree, { name: "acme-chat", spec: "specs/acme.yaml" })
        ).rejects.toThrow(
            `Cannot register "acme-chat"; nothing was written:
  - ${FILES.oauthRegistryFile}: not in the expected shape: expected \`export const OAUTH_PROVIDERS: Record<string, OAuthProvider> = { ... }\` (an object literal). Nothing was written.
  - ${FILES.pulumiFile} does not exist (the Pulumi secrets config; set its path in the @flowmaestro/nx plugin options in nx.json if it lives elsewhere)`
        );
        expect(snapshot(tree)).toEqual(before);
    });

    it.each([
        [
            { name: "nope" },
            /No provider folder backend\/src\/integrations\/providers\/nope for "nope"/
        ],
        [{ name: "../evil" }, /name: "\.\.\/evil": must be kebab-case/],
        [
            { name: "constructor" },
            /name: "constructor": "constructor" collides with JavaScript's object machinery/
        ],
        [{ name: "to-string" }, /name: "to-string": "to-string" becomes the config key toString/],
        [{ name: "pagerly", oauthKey: "valueOf" }, /--oauthKey: "valueOf" collides/],
        [
            { name: "pagerly", spec: "specs/acme.yaml" },
            /name: "pagerly" differs from the spec's id "acme-chat"/
        ],
        [{ name: "pagerly", logoDomain: "not a domain" }, /--logoDomain: must be a domain name/],
        [
            { name: "pagerly", category: "Dev Tools" },
            /--category: "Dev Tools" must be a snake_case category id/
        ],
        [{}, /No provider id: give `name` \(the first argument/]
    ])("refuses %j", async (schema, message) => {
        const tree = sandboxTree();
        const before = snapshot(tree);
        await expect(registerProviderGenerator(tree, schema)).rejects.toThrow(message);
        expect(snapshot(tree)).toEqual(before);
    });

    it("refuses a folder whose class names another provider", async () => {
        const tree = sandboxTree();
        tree.write(
            `${FILES.providersDir}/acme-chat/AcmeChatProvider.ts`,
            oauthProviderClass("acme", "AcmeChatProvider", "Acme Chat", "acmeChat")
        );
        await expect(registerProviderGenerator(tree, { name: "acme-chat" })).rejects.toThrow(
            /AcmeChatProvider\.ts:6: the class says name = "acme", but its folder is "acme-chat"/
        );
    });

    it("registerProvider returns only the files it changed, and what it added to each", async () => {
        const tree = sandboxTree();
        const registration = {
            id: "pagerly",
            displayName: "Pagerly",
            providerClass: "PagerlyProvider",
            camel: "pagerly",
            authMethod: "api_key" as const,
            category: "developer_tools",
            description: "Page the on-call engineer",
            preAuthFields: []
        };
        expect(await registerUnderLock(tree, registration, FILES)).toEqual({
            changed: [FILES.registryFile, FILES.sharedProvidersFile],
            added: [
                `${FILES.registryFile}: added registry entry pagerlyEntry and providerRegistry.register(pagerlyEntry)`,
                `${FILES.sharedProvidersFile}: added ALL_PROVIDERS element "pagerly"`
            ]
        });
        expect(await registerUnderLock(tree, registration, FILES)).toEqual({
            changed: [],
            added: []
        });
    });

    it("lists a provider in the fixture loader when it has a fixture module where the loader imports it", async () => {
        // February 2026: the loader imports `../providers/${provider}/__tests__/fixtures`.
        const tree = writeSandboxInto(createTreeWithEmptyWorkspace(), "tests-fixtures");
        const dir = `${FILES.providersDir}/pagerly`;
        const fixtures =
            'import type { TestFixture } from "../../../sandbox";\n\nexport const pagerlyFixtures: TestFixture[] = [];\n';
        const listed = () => tree.read(FILES.fixtureLoaderFile!, "utf-8")!.includes('"pagerly"');
        tree.write(`${dir}/PagerlyProvider.ts`, API_KEY_PROVIDER);
        // A fixtures.ts the loader does not import is no fixture module.
        tree.write(`${dir}/fixtures.ts`, fixtures);
        await registerProviderGenerator(tree, { name: "pagerly", category: "developer_tools" });
        expect(listed()).toBe(false);
        tree.rename(`${dir}/fixtures.ts`, `${dir}/__tests__/fixtures.ts`);
        await registerProviderGenerator(tree, { name: "pagerly" });
        expect(listed()).toBe(true);
    });
});
