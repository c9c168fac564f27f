import * as ts from "typescript";
import { acmeChat, pagerLy } from "./__fixtures__/registrations";
import {
    CONFIG_TS,
    OAUTH_REGISTRY_TS,
    REGISTRY_TS,
    SHARED_PROVIDERS_TS
} from "./__fixtures__/host-sources";
import { planConfigFile } from "./config-file";
import { planOAuthRegistryFile, parseOAuthRegistryFile } from "./oauth-registry-file";
import { parseRegistryFile, planRegistryFile } from "./registry-file";
import { planSharedProvidersFile } from "./shared-providers-file";
import type { RegistrationModel } from "../model/registration";

/**
 * Half-registered providers and unusual but valid ways of writing the host files: the registrar
 * reads them as they are at run time and either completes them into code that loads, or refuses
 * with the reason and the place. `--check` reports what `plan*File` would add, and the verifier's
 * rules read the same `parse*File` models, so all three agree.
 */

const SLACK_DECLARATION =
    /\/\/ Register Slack provider\nconst slackEntry: ProviderRegistryEntry = \{[\s\S]*?\n\};\n\n/;

/** What a registration needs from the registry fixture: slack, whose entry tests remove. */
const slack: RegistrationModel = {
    ...pagerLy,
    id: "slack",
    displayName: "Slack",
    providerClass: "SlackProvider",
    camel: "slack",
    authMethod: "oauth2",
    category: "communication"
};

/**
 * Semantic TypeScript problems of an edited registry.ts that break it at load time: a `const`
 * used before its declaration (TS2448/TS2454) or not declared (TS2304), declared twice (TS2451),
 * a key twice (TS1117).
 */
function loadTimeProblems(registry: string): string[] {
    const files = new Map([
        ["/ws/registry.ts", registry],
        [
            "/ws/core/ProviderRegistry.ts",
            "export const providerRegistry = { register(entry: { name: string }): void {} };"
        ],
        [
            "/ws/core/types.ts",
            "export interface ProviderRegistryEntry { name: string; displayName: string; authMethod: string; category: string; loader: () => Promise<unknown> }"
        ]
    ]);
    const options: ts.CompilerOptions = {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS
    };
    const host = ts.createCompilerHost(options);
    host.fileExists = (file) => files.has(file);
    host.readFile = (file) => files.get(file);
    host.getSourceFile = (file, version) => {
        const text = files.get(file);
        return text === undefined ? undefined : ts.createSourceFile(file, text, version);
    };
    const program = ts.createProgram(["/ws/registry.ts"], options, host);
    return ts
        .getPreEmitDiagnostics(program)
        .filter((diagnostic) => [2304, 2448, 2454, 2451, 1117].includes(diagnostic.code))
        .map(
            (diagnostic) =>
                `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`
        );
}

function count(text: string, pattern: string): number {
    return text.split(pattern).length - 1;
}

describe("registry.ts: half-registered providers", () => {
    it("declares a missing entry BEFORE its leftover register call, adding no second call", () => {
        const halfRegistered = REGISTRY_TS.replace(SLACK_DECLARATION, "");
        expect(halfRegistered).toContain("providerRegistry.register(slackEntry);");
        expect(loadTimeProblems(halfRegistered)).not.toEqual([]);

        const edit = planRegistryFile(halfRegistered, slack);
        expect(edit.added).toEqual([
            "registry entry slackEntry (before its providerRegistry.register call at line 16, which has no declaration)"
        ]);
        expect(count(edit.text, "providerRegistry.register(slackEntry);")).toBe(1);
        expect(edit.text.indexOf("const slackEntry")).toBeLessThan(
            edit.text.indexOf("providerRegistry.register(slackEntry)")
        );
        expect(loadTimeProblems(edit.text)).toEqual([]);
        // Complete now: a second run adds nothing.
        expect(planRegistryFile(edit.text, slack).added).toEqual([]);
    });

    it("registers a declared entry that lacks its call, right after the declaration", () => {
        const unregistered = REGISTRY_TS.replace("providerRegistry.register(slackEntry);\n", "");
        const model = parseRegistryFile(unregistered, "registry.ts");
        expect(model.entries[0]).toMatchObject({ variable: "slackEntry", registered: false });
        const edit = planRegistryFile(unregistered, slack);
        expect(edit.added).toEqual(["providerRegistry.register(slackEntry)"]);
        expect(loadTimeProblems(edit.text)).toEqual([]);
    });

    it("refuses a register call that runs before the declaration, naming both lines", () => {
        const early = REGISTRY_TS.replace(SLACK_DECLARATION, "").replace(
            "// Export for use in application",
            `${REGISTRY_TS.match(SLACK_DECLARATION)![0]}// Export for use in application`
        );
        expect(loadTimeProblems(early)).toEqual([
            "TS2448: Block-scoped variable 'slackEntry' used before its declaration."
        ]);
        const model = parseRegistryFile(early, "registry.ts");
        const entry = model.entries.find((candidate) => candidate.variable === "slackEntry")!;
        expect(entry.registeredBeforeDeclaration).toEqual({ line: 16, column: 1 });
        expect(() => planRegistryFile(early, slack, { fileName: "registry.ts" })).toThrow(
            /^registry\.ts:\d+: providerRegistry\.register\(slackEntry\) at line 16 runs before `const slackEntry` is declared \(a ReferenceError when the module loads\); move the call after the declaration/
        );
    });

    it("refuses two entries for one provider", () => {
        const twice = REGISTRY_TS.replace(
            "// Export for use in application",
            'const slackAgainEntry: ProviderRegistryEntry = {\n    name: "slack",\n    displayName: "Slack",\n    authMethod: "oauth2",\n    category: "communication",\n    loader: async () => null\n};\n\n// Export for use in application'
        );
        expect(() => planRegistryFile(twice, slack, { fileName: "registry.ts" })).toThrow(
            /provider "slack" has 2 registry entries \(slackEntry at line 5, slackAgainEntry at line \d+\); register\(\) overwrites silently, so keep one/
        );
    });

    it("recognises entries declared without the type annotation, or with satisfies", () => {
        const untyped = REGISTRY_TS.replace(
            "const slackEntry: ProviderRegistryEntry = {",
            "const slackEntry = {"
        ).replace(
            /(const sendgridEntry): ProviderRegistryEntry = (\{[\s\S]*?\n\})/,
            "$1 = $2 satisfies ProviderRegistryEntry"
        );
        expect(
            parseRegistryFile(untyped, "registry.ts").entries.map((entry) => entry.name)
        ).toEqual(["slack", "sendgrid", "google-sheets"]);
        expect(planRegistryFile(untyped, slack).added).toEqual([]);
    });

    it.each([
        [
            "a register call inside a block",
            "if (process.env.SLACK) {\n    providerRegistry.register(slackEntry);\n}\n",
            /registry\.ts:\d+:5: not in the expected shape: every providerRegistry\.register\(\.\.\.\) must be a top-level statement/
        ],
        [
            "a register call passing an expression",
            'providerRegistry.register(makeEntry("slack"));\n',
            /registry\.ts:\d+:1: not in the expected shape: every providerRegistry\.register/
        ],
        [
            "a register call of a variable that is not an entry literal",
            "const built = makeEntry();\nproviderRegistry.register(built);\n",
            /registry\.ts:\d+:1: not in the expected shape: providerRegistry\.register\(built\) registers built, which is declared here but not as an entry object literal/
        ]
    ])("refuses %s, which hides what it registers", (_case, statement, message) => {
        const text = REGISTRY_TS.replace(
            "// Export for use in application",
            `${statement}\n// Export for use in application`
        );
        expect(() => parseRegistryFile(text, "registry.ts")).toThrow(message);
        expect(() => planRegistryFile(text, acmeChat, { fileName: "registry.ts" })).toThrow(
            message
        );
    });

    it("refuses an entry variable already taken by another declaration", () => {
        const taken = REGISTRY_TS.replace(
            'import type { ProviderRegistryEntry } from "./core/types";',
            'import type { ProviderRegistryEntry } from "./core/types";\nimport { acmeChatEntry } from "./legacy";'
        );
        expect(() => planRegistryFile(taken, acmeChat, { fileName: "registry.ts" })).toThrow(
            'registry.ts:3: the entry variable acmeChatEntry for "acme-chat" is already declared for something else; rename that declaration. Nothing was written.'
        );
    });
});

describe("OAUTH_PROVIDERS: computed, quoted and spread keys", () => {
    const ACME_ENTRY = `{
        name: "acme-chat",
        displayName: "Acme Chat",
        authUrl: "https://acme.example/oauth/authorize",
        tokenUrl: "https://acme.example/oauth/token",
        scopes: [],
        clientId: config.oauth.acmeChat.clientId,
        clientSecret: config.oauth.acmeChat.clientSecret,
        redirectUri: getOAuthRedirectUri("acme-chat"),
        refreshable: true
    }`;
    const withMember = (member: string, before = "") =>
        OAUTH_REGISTRY_TS.replace(
            "export const OAUTH_PROVIDERS",
            `${before}export const OAUTH_PROVIDERS`
        ).replace("    slack: {", `    ${member},\n\n    slack: {`);

    it.each([
        [
            "a computed key naming a const",
            withMember(`[ACME_KEY]: ${ACME_ENTRY}`, 'const ACME_KEY = "acme-chat";\n\n')
        ],
        ["a computed string key", withMember(`["acme-chat"]: ${ACME_ENTRY}`)],
        [
            "a computed key reading a const object",
            withMember(
                `[KEYS.acme]: ${ACME_ENTRY}`,
                'const KEYS = { acme: "acme-chat" } as const;\n\n'
            )
        ],
        [
            "a computed key reading a const object with a quoted key",
            withMember(
                `[KEYS.acme]: ${ACME_ENTRY}`,
                'const KEYS = { "acme": "acme-chat" } as const;\n\n'
            )
        ],
        ["a single-quoted key", withMember(`'acme-chat': ${ACME_ENTRY}`)],
        [
            "a spread of a const object",
            withMember("...LEGACY", `const LEGACY = { "acme-chat": ${ACME_ENTRY} };\n\n`)
        ],
        [
            "a value naming a const",
            withMember('"acme-chat": acmeChatOAuth', `const acmeChatOAuth = ${ACME_ENTRY};\n\n`)
        ],
        ["a value built by a call", withMember('"acme-chat": makeAcmeProvider()')]
    ])("sees the entry behind %s and adds nothing", (_case, source) => {
        const keys = parseOAuthRegistryFile(source, "oauth.ts").entries.map((entry) => entry.key);
        expect(keys).toContain("acme-chat");
        expect(planOAuthRegistryFile(source, acmeChat).added).toEqual([]);
    });

    it("reads the facts of an entry behind a const, as the verifier does", () => {
        const source = withMember(
            '"acme-chat": acmeChatOAuth',
            `const acmeChatOAuth = ${ACME_ENTRY};\n\n`
        );
        expect(parseOAuthRegistryFile(source, "oauth.ts").entries[0]).toMatchObject({
            key: "acme-chat",
            displayName: "Acme Chat",
            configKey: "acmeChat",
            redirectProvider: "acme-chat"
        });
    });

    it.each([
        [
            "a computed key built by a call",
            withMember(`[keyOf("acme")]: ${ACME_ENTRY}`),
            /oauth\.ts:5:5: OAUTH_PROVIDERS has a member whose key cannot be read from the file alone \(`\[keyOf\("acme"\)\]`\)/
        ],
        [
            "a spread of an import",
            withMember("...importedProviders"),
            /oauth\.ts:5:5: OAUTH_PROVIDERS has a member whose content \(a spread\) cannot be read from the file alone/
        ]
    ])("refuses %s, naming the place", (_case, source, message) => {
        expect(() => parseOAuthRegistryFile(source, "oauth.ts")).toThrow(message);
        expect(() => planOAuthRegistryFile(source, acmeChat, { fileName: "oauth.ts" })).toThrow(
            message
        );
    });
});

describe("config and shared providers: shorthand, computed and spread members", () => {
    it("sees a shorthand config.oauth key and computed map keys", () => {
        const source = CONFIG_TS.replace(
            "export const config = {",
            'const acmeChat = {\n    clientId: process.env.ACME_CHAT_CLIENT_ID || "",\n    clientSecret: process.env.ACME_CHAT_CLIENT_SECRET || ""\n};\n\nexport const config = {'
        )
            .replace(
                "        // Slack\n        slack: {",
                "        acmeChat,\n\n        // Slack\n        slack: {"
            )
            .replace(
                '        slack: "/oauth/slack/callback"',
                '        slack: "/oauth/slack/callback",\n        ["acme-chat"]: "/oauth/acme-chat/callback"'
            )
            .replace(
                '        slack: "slack"\n',
                '        slack: "slack",\n        ["acme-chat"]: "acmeChat"\n'
            );
        expect(planConfigFile(source, acmeChat).added).toEqual([]);
    });

    it("sees an ALL_PROVIDERS element from a spread, and refuses one it cannot read", () => {
        const element = `{ provider: "acme-chat", displayName: "Acme Chat", description: "d", logoUrl: "", category: "Communication", methods: ["oauth2"] }`;
        const spread = SHARED_PROVIDERS_TS.replace(
            "export const ALL_PROVIDERS",
            `const LEGACY: Provider[] = [${element}];\n\nexport const ALL_PROVIDERS`
        ).replace("    // Coming Soon\n", "    ...LEGACY,\n\n    // Coming Soon\n");
        const registration = { ...acmeChat, logoDomain: undefined };
        expect(planSharedProvidersFile(spread, registration).added).toEqual([]);

        const opaque = SHARED_PROVIDERS_TS.replace(
            "    // Coming Soon\n",
            '    makeProvider("acme-chat"),\n\n    // Coming Soon\n'
        );
        expect(() =>
            planSharedProvidersFile(opaque, registration, { fileName: "providers.ts" })
        ).toThrow(
            /^providers\.ts:\d+:5: not in the expected shape: every ALL_PROVIDERS element must be an object literal/
        );
    });
});
