import { createTree } from "@nx/devkit/testing";
import { resolvePluginOptions } from "../config/plugin-options";
import { writeSandboxInto } from "../testing/sandbox-copy";
import type { SandboxName } from "../testing/sandbox-copy";
import { describeHostProfile, readHostProfile } from "./host-profile";
import { treeHostReader } from "./host-reader";
import type { HostReader } from "./host-reader";

/** A host in memory: workspace path -> text. */
function host(files: Record<string, string>): HostReader {
    return {
        read: (file) => files[file],
        children: (dir) => [
            ...new Set(
                Object.keys(files)
                    .filter((file) => file.startsWith(`${dir}/`))
                    .map((file) => file.slice(dir.length + 1).split("/")[0])
            )
        ]
    };
}

const CORE = "backend/src/integrations/core";

const TYPES = (extra: { definition?: string; errorTypes?: string } = {}) => `
import type { z } from "zod";
export interface OperationError {
    type: ${extra.errorTypes ?? '"validation" | "permission" | "not_found" | "rate_limit" | "server_error"'};
    message: string;
    retryable: boolean;
}
export interface OperationDefinition {
    id: string;
    name: string;
    description: string;
    category: string;
    actionType?: "read" | "write";
    inputSchema: z.ZodSchema;${extra.definition ?? ""}
    retryable: boolean;
    timeout?: number;
}
export interface MCPTool { name: string; description: string; inputSchema: unknown; executeRef?: string }
export interface ProviderCapabilities { supportsWebhooks?: boolean; rateLimit?: unknown }
export type WebhookSignatureType = "hmac_sha256" | "timestamp_signature" | "none";
export interface WebhookConfig {
    setupType: "automatic" | "manual";
    signatureType: WebhookSignatureType;
    signatureHeader?: string;
    timestampMaxAge?: number;
}
export interface OAuthConfig { authUrl: string; tokenUrl: string; scopes: string[]; clientId: string; clientSecret: string; redirectUri: string; refreshable?: boolean }
`;

const BASE_PROVIDER = `
import type { WebhookRequestData, WebhookVerificationResult } from "./types";
export abstract class BaseProvider {
    verifyWebhookSignature(secret: string, request: WebhookRequestData): WebhookVerificationResult {
        const settings = this.webhookConfig;
        if (!settings) return { valid: true };
        if (settings.signatureType === "none") return { valid: true };
        const sent = String(request.headers["x-sig"]);
        switch (settings.signatureType) {
            case "hmac_sha256":
                return this.verifyHmacSha256(sent, request.body, secret);
            case "timestamp_signature":
                return this.verifyTimestampSignature(request, request.body, secret);
            default:
                return { valid: false, error: "unsupported" };
        }
    }
    protected verifyHmacSha256(signature: string, body: string, secret: string): WebhookVerificationResult {
        return { valid: this.timingSafeEqual(signature, body + secret) };
    }
    protected verifyTimestampSignature(
        _request: WebhookRequestData,
        _body: string,
        _secret: string
    ): WebhookVerificationResult {
        return { valid: false, error: "left to the provider" };
    }
}
`;

/** A fixture loader that imports each listed provider's fixtures through the path `template`. */
const LOADER = (template: string) =>
    [
        'const providers = ["acme"];',
        "export async function loadAllFixtures(): Promise<void> {",
        "    for (const provider of providers) {",
        `        await import(\`${template}\`);`,
        "    }",
        "}",
        ""
    ].join("\n");
const LOADER_FILE = "backend/src/integrations/sandbox/fixtureLoader.ts";

/** The current layout: toJSONSchema re-exported by the core index from core/utils; fixtures. */
const CURRENT = {
    [`${CORE}/types.ts`]: TYPES(),
    [`${CORE}/BaseProvider.ts`]: BASE_PROVIDER,
    [`${CORE}/index.ts`]:
        'export * from "./types";\nexport { toJSONSchema } from "../../core/utils/zod-to-json-schema";\n',
    "backend/src/core/utils/zod-to-json-schema.ts":
        "export function toJSONSchema(schema: unknown): unknown {\n    return schema;\n}\n",
    "backend/src/core/logging/index.ts":
        "export function createServiceLogger(name: string) { return name; }\n",
    "backend/src/integrations/sandbox/types.ts":
        "export interface TestFixture { operationId: string }\n",
    "backend/src/integrations/sandbox/index.ts": 'export * from "./types";\n',
    [LOADER_FILE]: LOADER("../providers/${provider}/fixtures"),
    ".eslintrc.json": `{
        // comments are allowed in .eslintrc.json
        "rules": { "import/order": ["error", { "groups": ["builtin", "external", "parent", "type"], "alphabetize": { "order": "asc", "caseInsensitive": true } }] }
    }`
};

/** The seed era: schema-utils in the core folder, inputSchemaJSON required, no fixtures. */
const SEED_ERA = {
    [`${CORE}/types.ts`]: TYPES({ definition: "\n    inputSchemaJSON: unknown;" }),
    [`${CORE}/BaseProvider.ts`]: BASE_PROVIDER,
    [`${CORE}/schema-utils.ts`]: "export const toJSONSchema = (schema: unknown) => schema;\n",
    [`${CORE}/index.ts`]: 'export * from "./types";\nexport * from "./schema-utils";\n'
};

const OPTIONS = resolvePluginOptions();

describe("readHostProfile", () => {
    it("reads the current layout: helper in core/utils, no inputSchemaJSON, fixtures, the host's lint", () => {
        const profile = readHostProfile(host(CURRENT), OPTIONS);
        expect(profile.jsonSchema).toEqual({
            module: "backend/src/core/utils/zod-to-json-schema",
            name: "toJSONSchema"
        });
        expect(profile.fields.operationDefinition.has("inputSchemaJSON")).toBe(false);
        expect(profile.fields.operationDefinition.get("actionType")).toEqual({ optional: true });
        expect([...profile.fields.webhookConfig.keys()]).toEqual([
            "setupType",
            "signatureType",
            "signatureHeader",
            "timestampMaxAge"
        ]);
        expect(profile.fields.oauthConfig.has("authParams")).toBe(false);
        expect(profile.fields.mcpTool.has("executeRef")).toBe(true);
        expect(profile.operationErrorTypes).toEqual([
            "validation",
            "permission",
            "not_found",
            "rate_limit",
            "server_error"
        ]);
        expect(profile.fixtures).toEqual({
            module: "backend/src/integrations/sandbox",
            loaderFile: LOADER_FILE,
            fixtureModule: "fixtures.ts"
        });
        expect(profile.modules.logging).toBe("backend/src/core/logging");
        expect(profile.importOrder.source).toBe(".eslintrc.json");
        expect(profile.importOrder.groups).toEqual([
            ["builtin"],
            ["external"],
            ["parent"],
            ["type"]
        ]);
    });

    it("reads where each provider's fixture module lives from the loader's import template", () => {
        const fixtureModule = (template: string) =>
            readHostProfile(host({ ...CURRENT, [LOADER_FILE]: LOADER(template) }), OPTIONS).fixtures
                ?.fixtureModule;
        expect(fixtureModule("../providers/${provider}/__tests__/fixtures")).toBe(
            "__tests__/fixtures.ts"
        );
        // Resolved against the loader's folder: the same folder however the path reaches it.
        expect(fixtureModule("../../integrations/providers/${provider}/data/fixtures")).toBe(
            "data/fixtures.ts"
        );
        expect(() => fixtureModule("../providers/fixtures-${provider}")).toThrow(
            /fixtureLoader\.ts:4:\d+: not in the expected shape: the fixture loader's import path must be a template with the provider id as one folder/
        );
    });

    it.each<[SandboxName, string]>([
        ["current", "fixtures.ts"],
        ["tests-fixtures", "__tests__/fixtures.ts"]
    ])("reads the fixture module of the %s model era's loader: %s", (era, fixtureModule) => {
        const tree = writeSandboxInto(createTree(), era);
        const profile = readHostProfile(treeHostReader(tree), OPTIONS);
        expect(profile.fixtures?.fixtureModule).toBe(fixtureModule);
        expect(describeHostProfile(profile)).toContain(`<provider>/${fixtureModule}`);
    });

    it("tells what the base class verifies from what it does, and the hook it leaves to providers", () => {
        const profile = readHostProfile(host(CURRENT), OPTIONS);
        expect(profile.baseVerifiedSignatures).toEqual(["none", "hmac_sha256"]);
        expect(profile.signatureHooks).toEqual({
            timestamp_signature: {
                method: "verifyTimestampSignature",
                parameters: [
                    { name: "request", type: "WebhookRequestData" },
                    { name: "body", type: "string" },
                    { name: "secret", type: "string" }
                ]
            }
        });
        // A base class that implements the check itself verifies it.
        const implemented = CURRENT[`${CORE}/BaseProvider.ts`].replace(
            'return { valid: false, error: "left to the provider" };',
            "return { valid: this.timingSafeEqual(secret, _body) };"
        );
        const verifying = readHostProfile(
            host({ ...CURRENT, [`${CORE}/BaseProvider.ts`]: implemented }),
            OPTIONS
        );
        expect(verifying.baseVerifiedSignatures).toContain("timestamp_signature");
        expect(verifying.signatureHooks).toEqual({});
    });

    it("finds the host's BaseAPIClient and its error guard, only when it offers what a client uses", () => {
        const baseClient = [
            'import { FetchClient, isFetchError } from "../../core/utils/fetch-client";',
            "export abstract class BaseAPIClient {",
            "    protected client: FetchClient;",
            "    constructor(config: { baseURL: string }) { this.client = new FetchClient(config); }",
            "    async request<T>(config: unknown): Promise<T> { return this.client.request<T>(config); }",
            "    protected async handleError(error: unknown): Promise<never> { throw error; }",
            "}",
            ""
        ].join("\n");
        const withClient = (text: string) =>
            readHostProfile(host({ ...CURRENT, [`${CORE}/BaseAPIClient.ts`]: text }), OPTIONS);
        expect(withClient(baseClient).baseApiClient).toEqual({
            module: `${CORE}/BaseAPIClient`,
            fetchErrorGuard: { module: "backend/src/core/utils/fetch-client", name: "isFetchError" }
        });
        expect(describeHostProfile(withClient(baseClient))).toContain(
            `base HTTP client:        BaseAPIClient from ${CORE}/BaseAPIClient`
        );
        // Without handleError to override, or without the guard, generated clients call fetch.
        expect(
            withClient(baseClient.replace(/\n.*handleError.*\n/, "\n")).baseApiClient
        ).toBeUndefined();
        expect(
            withClient(baseClient.replace("FetchClient, isFetchError", "FetchClient")).baseApiClient
        ).toBeUndefined();
        expect(readHostProfile(host(CURRENT), OPTIONS).baseApiClient).toBeUndefined();
    });

    it("reads the seed era: schema-utils in the core folder, inputSchemaJSON, no fixture system", () => {
        const profile = readHostProfile(host(SEED_ERA), OPTIONS);
        expect(profile.jsonSchema).toEqual({
            module: `${CORE}/schema-utils`,
            name: "toJSONSchema"
        });
        expect(profile.fields.operationDefinition.get("inputSchemaJSON")).toEqual({
            optional: false
        });
        expect(profile.fixtures).toBeUndefined();
        expect(profile.modules.logging).toBeUndefined();
        expect(profile.importOrder.source).toMatch(/built-in default/);
    });

    it("follows type aliases for the error types, and honours jsonSchemaModule", () => {
        const aliased = {
            ...SEED_ERA,
            [`${CORE}/types.ts`]:
                'export type ErrorType = "validation" | "network";\n' +
                TYPES({ errorTypes: "ErrorType", definition: "\n    inputSchemaJSON: unknown;" })
        };
        expect(readHostProfile(host(aliased), OPTIONS).operationErrorTypes).toEqual([
            "validation",
            "network"
        ]);
        const withOverride = {
            ...SEED_ERA,
            "backend/src/lib/json.ts": "export function toJSONSchema() {}\n"
        };
        expect(
            readHostProfile(
                host(withOverride),
                resolvePluginOptions({ jsonSchemaModule: "backend/src/lib/json.ts" })
            ).jsonSchema
        ).toEqual({ module: "backend/src/lib/json", name: "toJSONSchema" });
        expect(() =>
            readHostProfile(
                host(SEED_ERA),
                resolvePluginOptions({ jsonSchemaModule: "backend/src/nowhere.ts" })
            )
        ).toThrow(
            'plugin option "jsonSchemaModule" is backend/src/nowhere.ts, which does not export toJSONSchema'
        );
    });

    it("fails with the option to set when the core folder is not there", () => {
        expect(() => readHostProfile(host({}), OPTIONS)).toThrow(
            /backend\/src\/integrations\/core has no TypeScript files\. Set the "coreDir" plugin option/
        );
        expect(() =>
            readHostProfile(host({ [`${CORE}/types.ts`]: "export {};\n" }), OPTIONS)
        ).toThrow(/no interface OperationDefinition in backend\/src\/integrations\/core/);
    });

    it("describes itself for --verbose", () => {
        const text = describeHostProfile(readHostProfile(host(CURRENT), OPTIONS));
        expect(text).toContain(
            "JSON schema helper:      toJSONSchema from backend/src/core/utils/zod-to-json-schema"
        );
        expect(text).toContain(
            "provider must verify:    timestamp_signature -> verifyTimestampSignature()"
        );
        expect(text).toContain(
            "OperationDefinition:     id, name, description, category, actionType?, inputSchema, retryable, timeout?"
        );
    });
});
