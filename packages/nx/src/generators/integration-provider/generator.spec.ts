import * as fs from "fs";
import * as path from "path";
import { updateJson, type Tree } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import * as prettier from "prettier/standalone";
import * as estreePlugin from "prettier/plugins/estree";
import * as typescriptPlugin from "prettier/plugins/typescript";
import {
    copySandbox,
    SANDBOX_DIR,
    writeSandboxInto,
    type SandboxName
} from "../../testing/sandbox-copy";
import { FlowmaestroError } from "../../utils/errors";
import { integrationProviderGenerator } from "./generator";
import type { IntegrationProviderGeneratorSchema } from "./schema";
import { apiKeySpec, oauthSpec, toYaml, type SpecInput } from "./__fixtures__/specs";
import { builtInTemplateNames } from "../../codegen/templates";

const PROVIDERS = "backend/src/integrations/providers";

/** The current sandbox host (FlowMaestro main's shapes) in memory. */
function workspace(which: SandboxName = "current"): Tree {
    return writeSandboxInto(createTreeWithEmptyWorkspace({ formatter: "none" } as never), which);
}

async function generate(tree: Tree, options: IntegrationProviderGeneratorSchema, spec?: SpecInput) {
    if (spec) tree.write("acme.yaml", toYaml(spec));
    await integrationProviderGenerator(tree, {
        ...(spec ? { spec: "acme.yaml" } : {}),
        skipRegister: true,
        skipFormat: true,
        ...options
    });
}

function read(tree: Tree, relative: string): string {
    const text = tree.read(`${PROVIDERS}/${relative}`, "utf-8");
    if (text === null) throw new Error(`${relative} was not generated`);
    return text;
}

/** Every file of the tree but the spec a test wrote, to prove a failed run wrote nothing. */
function snapshot(tree: Tree): string[] {
    return tree
        .listChanges()
        .filter((change) => change.path !== "acme.yaml")
        .map((change) => `${change.type} ${change.path} ${change.content?.length}`);
}

async function expectFailure(
    tree: Tree,
    run: () => Promise<void>,
    ...messages: Array<string | RegExp>
) {
    const before = snapshot(tree);
    const error = await run().then(
        () => undefined,
        (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(FlowmaestroError);
    for (const message of messages) expect((error as Error).message).toMatch(message);
    expect(snapshot(tree)).toEqual(before);
}

describe("integration-provider generator", () => {
    describe("in the seed-era layout (schema-utils, inputSchemaJSON, no fixture system)", () => {
        let tree: Tree;
        beforeAll(async () => {
            tree = workspace("seed");
            await generate(tree, {}, oauthSpec());
        });

        it("sets inputSchemaJSON with the host's toJSONSchema and writes no fixtures", () => {
            const operation = read(tree, "acme-chat/operations/sendMessage.ts");
            expect(operation).toContain(
                'import { toJSONSchema } from "../../../core/schema-utils";'
            );
            expect(operation).toContain(
                "    inputSchema: sendMessageSchema,\n    inputSchemaJSON: toJSONSchema(sendMessageSchema),"
            );
            expect(tree.exists(`${PROVIDERS}/acme-chat/fixtures.ts`)).toBe(false);
            const adapter = read(tree, "acme-chat/mcp/AcmeChatMCPAdapter.ts");
            expect(adapter).toContain("inputSchema: op.inputSchemaJSON");
            expect(adapter).not.toContain("toJSONSchema");
        });
    });

    describe("from a spec file, oauth2", () => {
        let tree: Tree;
        beforeAll(async () => {
            tree = workspace();
            await generate(tree, {}, oauthSpec());
        });

        it("writes the provider folder, with fixtures.ts where the host has the fixture system", () => {
            expect(tree.children(`${PROVIDERS}/acme-chat`).sort()).toEqual([
                ".nx-generated.json",
                "AcmeChatProvider.ts",
                "client",
                "fixtures.ts",
                "mcp",
                "operations"
            ]);
            expect(tree.children(`${PROVIDERS}/acme-chat/operations`).sort()).toEqual([
                "index.ts",
                "listChannels.ts",
                "sendMessage.ts"
            ]);
        });

        it("writes an OAuth provider class with capabilities, operations, triggers and webhooks", () => {
            const provider = read(tree, "acme-chat/AcmeChatProvider.ts");
            expect(provider).toContain(
                'import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";'
            );
            expect(provider).toContain("export class AcmeChatProvider extends BaseProvider {");
            expect(provider).toContain('readonly name = "acme-chat";');
            expect(provider).toContain('readonly authMethod = "oauth2" as const;');
            expect(provider).toContain(
                "supportsWebhooks: true,\n        rateLimit: {\n            tokensPerMinute: 120,\n            burstSize: 10\n        }"
            );
            expect(provider).toContain(
                "this.registerOperation(sendMessageOperation);\n        this.registerOperation(listChannelsOperation);"
            );
            expect(provider).toContain(
                'id: "message_created",\n            name: "Message Created",\n            description: "A message was posted"'
            );
            expect(provider).toContain(
                'setupType: "manual",\n            signatureType: "hmac_sha256",\n            signatureHeader: "X-Acme-Signature",\n            eventHeader: "X-Acme-Event"\n'
            );
            expect(provider).toContain('scopes: ["chat:write", "channels:read"],');
            expect(provider).toContain("clientId: appConfig.oauth.acmeChat.clientId,");
            expect(provider).toContain("clientSecret: appConfig.oauth.acmeChat.clientSecret,");
            expect(provider).toContain('redirectUri: getOAuthRedirectUri("acme-chat"),');
            // The host's OAuthConfig has neither authParams nor pkceEnabled: they belong to its
            // OAuth registry entry (register-provider), not to getAuthConfig().
            expect(provider).toContain(
                'redirectUri: getOAuthRedirectUri("acme-chat"),\n            refreshable: true\n        };'
            );
            expect(provider).not.toContain("authParams");
            expect(provider).not.toContain("pkceEnabled");
            expect(provider).toContain(
                'case "sendMessage":\n                return await executeSendMessage(client, validatedParams as never);'
            );
            expect(provider).toContain("message: `Unknown operation: ${operationId}`");
            expect(provider).toContain("accessToken: tokens.access_token");
            expect(provider).toContain("clearClient(connectionId: string): void {");
        });

        it("writes an operation per spec operation with typed zod parameters", () => {
            const operation = read(tree, "acme-chat/operations/sendMessage.ts");
            expect(operation).toContain(
                [
                    "export const sendMessageSchema = z.object({",
                    '    channelId: z.string().describe("Channel to post in"),',
                    "    text: z.string(),",
                    '    priority: z.enum(["low", "normal", "high"]).default("normal"),',
                    "    limit: z.number().int().optional(),",
                    "    ratio: z.number().default(0.5),",
                    "    silent: z.boolean().default(false),",
                    '    tags: z.array(z.string()).default(["a"]),',
                    "    ids: z.array(z.number().int()),",
                    "    attachments: z.array(z.record(z.string(), z.unknown())).optional(),",
                    '    metadata: z.record(z.string(), z.unknown()).default({ source: "nx" })',
                    "});"
                ].join("\n")
            );
            expect(operation).toContain(
                "export type SendMessageParams = z.infer<typeof sendMessageSchema>;"
            );
            expect(operation).toContain(
                [
                    "export const sendMessageOperation: OperationDefinition = {",
                    '    id: "sendMessage",',
                    '    name: "Send Message",',
                    '    description: "Send a message to a channel",',
                    '    category: "messaging",',
                    '    actionType: "write",',
                    "    inputSchema: sendMessageSchema,",
                    "    retryable: false,",
                    "    timeout: 30000",
                    "};"
                ].join("\n")
            );
            expect(operation).toContain(
                "export async function executeSendMessage(\n    client: AcmeChatClient,\n    params: SendMessageParams\n): Promise<OperationResult> {"
            );
            expect(operation).toContain("error: toOperationError(error)");
            expect(operation).toContain(
                [
                    'import { z } from "zod";',
                    'import { AcmeChatClient, toOperationError } from "../client/AcmeChatClient";',
                    'import type { OperationDefinition, OperationResult } from "../../../core/types";'
                ].join("\n")
            );
            expect(operation).not.toContain("toJSONSchema");
        });

        it("derives names, categories, action types and paths the spec leaves out", () => {
            const operation = read(tree, "acme-chat/operations/listChannels.ts");
            expect(operation).toContain('name: "List Channels",');
            expect(operation).toContain('category: "data",');
            expect(operation).toContain('actionType: "read",');
            expect(operation).toContain("retryable: true,");
            expect(operation).toContain("cursor: z.string().optional()");
            expect(read(tree, "acme-chat/client/AcmeChatClient.ts")).toContain(
                'return this.send("GET", "/list-channels", params);'
            );
        });

        it("writes a client on the host's BaseAPIClient: base URL, bearer token, one method per operation, a timeout", () => {
            const client = read(tree, "acme-chat/client/AcmeChatClient.ts");
            expect(client).toContain("export class AcmeChatClient extends BaseAPIClient {");
            expect(client).toContain(
                'super({ baseURL: "https://api.acme.example/v1", timeout: REQUEST_TIMEOUT_MS });'
            );
            expect(client).toContain(
                "this.client.addRequestInterceptor((request) => ({\n            ...request,\n            headers: { ...request.headers, ...this.headers }\n        }));"
            );
            expect(client).toContain(
                "return this.request({ method, url, data: sendsBody ? body : undefined });"
            );
            expect(client).toContain(
                "protected async handleError(error: unknown): Promise<never> {"
            );
            expect(client).toContain("if (isFetchError(error) && error.response) {");
            expect(client).not.toContain("fetch(");
            expect(client).toContain(
                '"Content-Type": "application/json",\n            Authorization: `Bearer ${config.accessToken}`'
            );
            expect(client).toContain(
                'async sendMessage(params: SendMessageParams): Promise<unknown> {\n        return this.send("POST", "/channels/{channelId}/messages", params);'
            );
            expect(client).toContain("return encodeURIComponent(text);");
            expect(client).toContain(
                'const defaultLocation = method === "GET" || method === "DELETE" ? "query" : "body";'
            );
            // Failures map to the host's OperationError types: no "network" on FlowMaestro main.
            expect(client).not.toContain('"network"');
            expect(client).toContain('return { type: "server_error", message, retryable: true };');
            expect(client).toContain(
                [
                    'import { createServiceLogger } from "../../../../core/logging";',
                    'import { isFetchError } from "../../../../core/utils/fetch-client";',
                    'import { BaseAPIClient } from "../../../core/BaseAPIClient";',
                    'import type { OperationError } from "../../../core/types";',
                    'import type { ListChannelsParams, SendMessageParams } from "../operations";'
                ].join("\n")
            );
        });

        it("re-exports every operation and names MCP tools <provider_id>_<opId>", () => {
            expect(read(tree, "acme-chat/operations/index.ts")).toBe(
                [
                    'export { sendMessageSchema, sendMessageOperation, executeSendMessage } from "./sendMessage";',
                    'export type { SendMessageParams } from "./sendMessage";',
                    "",
                    'export { listChannelsSchema, listChannelsOperation, executeListChannels } from "./listChannels";',
                    'export type { ListChannelsParams } from "./listChannels";',
                    ""
                ].join("\n")
            );
            const adapter = read(tree, "acme-chat/mcp/AcmeChatMCPAdapter.ts");
            expect(adapter).toContain('const TOOL_PREFIX = "acme_chat_";');
            expect(adapter).toContain(
                'case "listChannels":\n                return executeListChannels(client, params as never);'
            );
            // FlowMaestro main: the tool's JSON schema comes from toJSONSchema in core/utils.
            expect(adapter).toContain(
                'import { toJSONSchema } from "../../../../core/utils/zod-to-json-schema";'
            );
            expect(adapter).toContain(
                "inputSchema: toJSONSchema(op.inputSchema),\n            executeRef: op.id"
            );
        });

        it("is already formatted in the host's Prettier style", async () => {
            const style = {
                ...{ tabWidth: 4, printWidth: 100, trailingComma: "none" as const },
                parser: "typescript",
                plugins: [estreePlugin, typescriptPlugin]
            };
            const generated = tree
                .listChanges()
                .filter(
                    (file) =>
                        file.path.startsWith(`${PROVIDERS}/acme-chat/`) && file.path.endsWith(".ts")
                );
            expect(generated).toHaveLength(7);
            for (const change of generated) {
                const text = change.content!.toString("utf-8");
                expect(await prettier.format(text, style)).toBe(text);
            }
        });
    });

    describe("api_key", () => {
        it("writes the API key header from its template, additional headers and no OAuth config", async () => {
            const tree = workspace();
            await generate(tree, {}, apiKeySpec());
            const provider = read(tree, "acme-notes/AcmeNotesProvider.ts");
            expect(provider).toContain('readonly authMethod = "api_key" as const;');
            expect(provider).toContain(
                'const config: APIKeyConfig = {\n            headerName: "X-Api-Key",\n            headerTemplate: "Token {{api_key}}"\n        };'
            );
            expect(provider).toContain("apiKey: data.api_key");
            expect(provider).not.toContain("appConfig");
            expect(provider).not.toContain("supportsWebhooks");
            expect(provider).not.toContain("setWebhookConfig");
            const client = read(tree, "acme-notes/client/AcmeNotesClient.ts");
            expect(client).toContain(
                [
                    '"Content-Type": "application/json",',
                    '            "Acme-Version": "2024-01-01",',
                    '            "X-Api-Key": "Token {{api_key}}".split("{{api_key}}").join(config.apiKey)'
                ].join("\n")
            );
            expect(client).toContain("apiKey: string;");
        });

        it("defaults to Authorization: Bearer {{api_key}}", async () => {
            const tree = workspace();
            await generate(tree, {
                name: "acme-notes",
                baseUrl: "https://api.acme.example",
                operations: ["listNotes"]
            });
            expect(read(tree, "acme-notes/client/AcmeNotesClient.ts")).toContain(
                'Authorization: "Bearer {{api_key}}".split("{{api_key}}").join(config.apiKey)'
            );
        });
    });

    describe("webhooks", () => {
        it.each([
            ["hmac_sha1", { signatureHeader: "X-Sig" }, 'signatureHeader: "X-Sig"'],
            [
                "bearer_token",
                { signatureHeader: "Authorization" },
                'signatureHeader: "Authorization"'
            ],
            [
                "timestamp_signature",
                { signatureHeader: "X-Sig", timestampHeader: "X-Time" },
                'signatureHeader: "X-Sig",\n            timestampHeader: "X-Time"'
            ],
            ["none", {}, 'signatureType: "none"\n']
        ])("%s", async (signatureType, headers, expected) => {
            const tree = workspace();
            const spec = oauthSpec();
            spec.webhooks = { signatureType, ...headers, triggers: [] };
            await generate(tree, {}, spec);
            const provider = read(tree, "acme-chat/AcmeChatProvider.ts");
            expect(provider).toContain(`signatureType: "${signatureType}"`);
            expect(provider).toContain(expected);
            expect(provider).toContain("supportsWebhooks: true");
            expect(provider).not.toContain("registerTrigger");
        });
    });

    it("uses a family's OAuth app config for oauthKey", async () => {
        const tree = workspace();
        await generate(
            tree,
            { oauthKey: "google" },
            { ...oauthSpec("google-tasks"), webhooks: undefined }
        );
        const provider = read(tree, "google-tasks/GoogleTasksProvider.ts");
        expect(provider).toContain("clientId: appConfig.oauth.google.clientId,");
        expect(provider).toContain('redirectUri: getOAuthRedirectUri("google-tasks"),');
    });

    it("names a family app's credentials as the config does (Meta: appId/appSecret)", async () => {
        // Found by the property test: `config.oauth.meta` has appId/appSecret, not clientId.
        const tree = workspace();
        const configFile = "backend/src/core/config/index.ts";
        tree.write(configFile, fs.readFileSync(path.join(SANDBOX_DIR, configFile), "utf-8"));
        await generate(
            tree,
            { oauthKey: "meta" },
            { ...oauthSpec("threads"), webhooks: undefined }
        );
        const provider = read(tree, "threads/ThreadsProvider.ts");
        expect(provider).toContain("clientId: appConfig.oauth.meta.appId,");
        expect(provider).toContain("clientSecret: appConfig.oauth.meta.appSecret,");
    });

    it("takes every primitive spec field as a flag: a query-key API and a webhook tolerance", async () => {
        const tree = workspace();
        await generate(tree, {
            name: "query-keyed",
            baseUrl: "https://api.query.example",
            in: "query",
            queryParam: "key",
            operations: ["listBoards"],
            signatureType: "timestamp_signature",
            signatureHeader: "X-Signature",
            timestampMaxAge: 600
        });
        const client = read(tree, "query-keyed/client/QueryKeyedClient.ts");
        expect(client).toContain('query.set("key", this.apiKey);');
        const provider = read(tree, "query-keyed/QueryKeyedProvider.ts");
        expect(provider).toMatch(/WEBHOOK_TIMESTAMP_MAX_AGE_SECONDS = 600\b/);
    });

    it("ignores timestamp settings on a non-timestamp signature, with a warning (the contract's example has them)", async () => {
        const tree = workspace();
        const spec = apiKeySpec("hmac-stamped");
        spec.webhooks = {
            signatureType: "hmac_sha256",
            signatureHeader: "X-Acme-Signature",
            timestampHeader: "X-Acme-Timestamp",
            timestampMaxAge: 300,
            triggers: [{ id: "message_created", name: "Message Created" }]
        };
        await generate(tree, {}, spec);
        const provider = read(tree, "hmac-stamped/HmacStampedProvider.ts");
        expect(provider).toContain('signatureType: "hmac_sha256",');
        expect(provider).not.toContain("X-Acme-Timestamp");
        expect(provider).not.toContain("timestampMaxAge");
        for (const key of ["timestampHeader", "timestampMaxAge"]) {
            expect(console.warn).toHaveBeenCalledWith(
                expect.stringContaining(
                    `webhooks.${key} is ignored: only signatureType timestamp_signature uses it (this one is hmac_sha256).`
                )
            );
        }
    });

    it("writes a client that calls fetch itself where the host has no BaseAPIClient", async () => {
        const tree = workspace();
        tree.delete("backend/src/integrations/core/BaseAPIClient.ts");
        await generate(tree, {}, oauthSpec("acme-chat"));
        const client = read(tree, "acme-chat/client/AcmeChatClient.ts");
        expect(client).toContain("export class AcmeChatClient {");
        expect(client).toContain('private readonly baseUrl = "https://api.acme.example/v1";');
        expect(client).toContain("const response = await fetch(this.baseUrl + url, {");
        expect(client).toContain("signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)");
        expect(client).not.toContain("BaseAPIClient");
        expect(client).not.toContain("isFetchError");
    });

    it("names classes with classPrefix", async () => {
        const tree = workspace();
        await generate(tree, { classPrefix: "ADPX" }, apiKeySpec("adp-x"));
        expect(tree.children(`${PROVIDERS}/adp-x`)).toContain("ADPXProvider.ts");
        expect(read(tree, "adp-x/client/ADPXClient.ts")).toContain(
            "export class ADPXClient extends BaseAPIClient {"
        );
        expect(read(tree, "adp-x/mcp/ADPXMCPAdapter.ts")).toContain(
            "export class ADPXMCPAdapter {"
        );
        expect(read(tree, "adp-x/operations/sendMessage.ts")).toContain(
            'import { ADPXClient, toOperationError } from "../client/ADPXClient";'
        );
    });

    it("lets flags override the spec", async () => {
        const tree = workspace();
        await generate(
            tree,
            {
                name: "acme-talk",
                displayName: "Acme Talk",
                scopes: ["chat:read"],
                tokensPerMinute: 5,
                operations: ["sendMessage:write", "archiveChannel"],
                triggers: ["channel_archived"]
            },
            oauthSpec()
        );
        expect(tree.exists(`${PROVIDERS}/acme-chat`)).toBe(false);
        const provider = read(tree, "acme-talk/AcmeTalkProvider.ts");
        expect(provider).toContain('readonly displayName = "Acme Talk";');
        expect(provider).toContain('scopes: ["chat:read"],');
        expect(provider).toContain("tokensPerMinute: 5,\n            burstSize: 10");
        expect(provider).toContain('id: "channel_archived",\n            name: "Channel Archived"');
        expect(provider).toContain('signatureHeader: "X-Acme-Signature"');
        // The spec's typed parameters are kept for operations the flag names.
        expect(read(tree, "acme-talk/operations/sendMessage.ts")).toContain(
            "channelId: z.string()"
        );
        expect(read(tree, "acme-talk/operations/archiveChannel.ts")).toContain(
            'actionType: "write"'
        );
        expect(tree.exists(`${PROVIDERS}/acme-talk/operations/listChannels.ts`)).toBe(false);
    });

    it("builds a provider from flags alone, with operations shorthand", async () => {
        const tree = workspace();
        await generate(tree, {
            name: "bill-com",
            authUrl: "https://bill.example/oauth",
            tokenUrl: "https://bill.example/token",
            scopes: "read, write" as never,
            baseUrl: "https://api.bill.example",
            operations: ["getInvoice", "syncInvoices:read", "listBills:write"]
        });
        const provider = read(tree, "bill-com/BillComProvider.ts");
        expect(provider).toContain('readonly authMethod = "oauth2" as const;');
        expect(provider).toContain('scopes: ["read", "write"],');
        expect(read(tree, "bill-com/operations/getInvoice.ts")).toContain('actionType: "read"');
        expect(read(tree, "bill-com/operations/syncInvoices.ts")).toContain('actionType: "read"');
        expect(read(tree, "bill-com/operations/listBills.ts")).toContain('actionType: "write"');
        expect(read(tree, "bill-com/client/BillComClient.ts")).toContain(
            'this.send("POST", "/list-bills", params)'
        );
    });

    it("keeps hostile spec text inside its literals", async () => {
        const tree = workspace();
        const spec = apiKeySpec();
        const hostile = '"); process.exit(1); ("` ${x} */ \\ \n\u2028 é 🚀';
        spec.displayName = hostile;
        spec.operations[0].description = hostile;
        spec.operations[0].parameters[0].description = hostile;
        spec.operations[0].parameters[2].values = ["normal", hostile];
        await generate(tree, {}, spec);
        const literal = JSON.stringify(hostile).replace("\u2028", "\\u2028");
        expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).toContain(
            `readonly displayName = ${literal};`
        );
        const operation = read(tree, "acme-notes/operations/sendMessage.ts");
        expect(operation).toContain(`description: ${literal},`);
        expect(operation).toContain(`.describe(${literal})`);
        expect(operation).toContain(`.enum(["normal", ${literal}])`);
        expect(operation).not.toContain("\u2028");
    });

    describe("registration", () => {
        /** A copy of the sandbox on disk (the run's host-files lock lives in its .nx folder). */
        const copies: string[] = [];
        const sandbox = () => {
            copies.push(copySandbox("fm-registration-"));
            return new FsTree(copies[copies.length - 1], false);
        };
        afterAll(() => copies.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

        it("registers the provider unless --skipRegister", async () => {
            const tree = sandbox();
            await generate(tree, { skipRegister: false }, oauthSpec());
            const changed = tree.listChanges().map((change) => change.path);
            expect(changed).toEqual(
                expect.arrayContaining([
                    "backend/src/integrations/registry.ts",
                    "backend/src/services/oauth/OAuthProviderRegistry.ts",
                    "backend/src/core/config/index.ts",
                    "shared/src/providers.ts"
                ])
            );
            expect(tree.read("backend/src/integrations/registry.ts", "utf-8")).toContain(
                'import("./providers/acme-chat/AcmeChatProvider")'
            );
        });

        it("leaves the host files alone with --skipRegister", async () => {
            const tree = sandbox();
            await generate(tree, { skipRegister: true }, oauthSpec());
            expect(
                tree
                    .listChanges()
                    .every(
                        (change) => change.path.startsWith(PROVIDERS) || change.path === "acme.yaml"
                    )
            ).toBe(true);
        });
    });

    describe("workspace template overrides", () => {
        function withTemplates(tree: Tree): Tree {
            updateJson(tree, "nx.json", (json) => ({
                ...json,
                plugins: [
                    { plugin: "@flowmaestro/nx", options: { templatesDir: "tools/fm-templates" } }
                ]
            }));
            return tree;
        }

        it("replaces exactly the built-in templates the workspace overrides", async () => {
            const tree = withTemplates(workspace());
            tree.write(
                "tools/fm-templates/operation/__operationId__.ts.template",
                'import { toJSONSchema } from "../../../../schemas";\nexport const <%- op.names.definition %> = { id: <%- str(op.id) %> };\n'
            );
            await generate(tree, {}, apiKeySpec());
            expect(read(tree, "acme-notes/operations/sendMessage.ts")).toBe(
                'import { toJSONSchema } from "../../../../schemas";\nexport const sendMessageOperation = { id: "sendMessage" };\n'
            );
            expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).toContain(
                "export class AcmeNotesProvider"
            );
        });

        it("refuses a template name that overrides nothing, listing the valid names", async () => {
            const tree = withTemplates(workspace());
            tree.write("tools/fm-templates/operation/operation.ts.template", "");
            await expectFailure(
                tree,
                () => generate(tree, {}, apiKeySpec()),
                "tools/fm-templates/operation/operation.ts.template does not override any built-in template",
                "operation/__operationId__.ts.template"
            );
        });

        it("documents every overridable template in docs/templates.md", () => {
            const readme = require("fs").readFileSync(
                path.join(__dirname, "../../../../../docs/templates.md"),
                "utf-8"
            );
            for (const name of builtInTemplateNames()) expect(readme).toContain(name);
        });
    });

    describe("refusals (nothing written)", () => {
        it("refuses to overwrite an existing provider folder, and regenerates with --update", async () => {
            const tree = workspace();
            await generate(tree, {}, apiKeySpec());
            tree.write(`${PROVIDERS}/acme-notes/operations/legacy.ts`, "export {};\n");
            await expectFailure(
                tree,
                () => generate(tree, { displayName: "Other" }, apiKeySpec()),
                `The provider folder ${PROVIDERS}/acme-notes already exists`,
                "--update"
            );
            await generate(tree, { displayName: "Other", update: true }, apiKeySpec());
            expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).toContain(
                'readonly displayName = "Other";'
            );
            expect(tree.exists(`${PROVIDERS}/acme-notes/operations/legacy.ts`)).toBe(true);
        });

        it("--update refuses files changed since they were generated, naming them, unless --force", async () => {
            const tree = workspace();
            await generate(tree, {}, apiKeySpec());
            const client = `${PROVIDERS}/acme-notes/client/AcmeNotesClient.ts`;
            const edited = `${tree.read(client, "utf-8")}\n// hand-written retry policy\n`;
            tree.write(client, edited);
            await expectFailure(
                tree,
                () => generate(tree, { displayName: "Other", update: true }, apiKeySpec()),
                `--update would overwrite a file changed since integration-provider wrote it: ${client}; nothing was written.`,
                "--force"
            );
            expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).not.toContain(
                'readonly displayName = "Other";'
            );
            await generate(tree, { displayName: "Other", update: true, force: true }, apiKeySpec());
            expect(tree.read(client, "utf-8")).not.toContain("hand-written retry policy");
            expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).toContain(
                'readonly displayName = "Other";'
            );
            // What --force wrote is the generator's again: a plain --update goes through.
            await generate(tree, { displayName: "Third", update: true }, apiKeySpec());
            expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).toContain(
                'readonly displayName = "Third";'
            );
        });

        it("--update refuses a damaged manifest unless --force", async () => {
            const tree = workspace();
            await generate(tree, {}, apiKeySpec());
            const manifest = `${PROVIDERS}/acme-notes/.nx-generated.json`;
            tree.write(manifest, "not json");
            await expectFailure(
                tree,
                () => generate(tree, { update: true }, apiKeySpec()),
                `${manifest} is not the manifest integration-provider writes; restore it from git or pass --force.`
            );
            await generate(
                tree,
                { displayName: "Forced", update: true, force: true },
                apiKeySpec()
            );
            expect(read(tree, "acme-notes/AcmeNotesProvider.ts")).toContain(
                'readonly displayName = "Forced";'
            );
            expect(JSON.parse(tree.read(manifest, "utf-8")!).generator).toBe(
                "@flowmaestro/nx:integration-provider"
            );
        });

        it("--update refuses a provider it did not generate, writing nothing", async () => {
            const tree = workspace();
            const spec = apiKeySpec("sendgrid");
            await expectFailure(
                tree,
                () => generate(tree, { update: true }, spec),
                `${PROVIDERS}/sendgrid was not generated by @flowmaestro/nx (no .nx-generated.json)`,
                "provider-operation"
            );
        });

        it("refuses an OAuth URL placeholder the host's OAuth service does not fill in for it", async () => {
            const tree = workspace();
            const spec = oauthSpec();
            spec.auth.authUrl = "https://{subdomain}.acme.example/oauth/authorize";
            await expectFailure(
                tree,
                () => generate(tree, {}, spec),
                /acme\.yaml:\d+: auth\.authUrl: has \{subdomain\}, which FlowMaestro's OAuth service \(backend\/src\/services\/oauth\/OAuthService\.ts\) does not fill in for "acme-chat"/
            );
        });

        it("needs a provider id", async () => {
            await expectFailure(
                workspace(),
                () => generate(workspace(), { baseUrl: "https://x.example" }),
                "No provider id"
            );
        });

        it("reports every bad spec field with its path and line", async () => {
            const tree = workspace();
            const spec = oauthSpec();
            spec.operations[0].parameters[3].type = "date";
            spec.baseUrl = "http://api.acme.example";
            await expectFailure(
                tree,
                () => generate(tree, {}, spec),
                /acme\.yaml:\d+: operations\[0\]\.parameters\[3\]\.type: /,
                /acme\.yaml:\d+: baseUrl: must be an https URL/,
                "nothing was written"
            );
        });

        it.each<[string, (spec: SpecInput) => void, string | RegExp]>([
            [
                "an operation named index",
                (spec) => (spec.operations[1].id = "index"),
                'operations[1].id: "index" is taken'
            ],
            [
                "a class named BaseProvider",
                (spec) => (spec.classPrefix = "Base"),
                "classPrefix: the provider class would be BaseProvider"
            ],
            [
                "an array default of the wrong item type",
                (spec) => (spec.operations[0].parameters[7].default = ["x"]),
                "operations[0].parameters[7].default: every item must be of the array's item type (integer)"
            ],
            [
                "an MCP tool name over 64 characters",
                (spec) => (spec.operations[1].id = `list${"X".repeat(60)}`),
                /operations\[1\]\.id: MCP tool name acme_chat_listX+ is 74 characters; the limit is 64/
            ],
            [
                "a path placeholder without parameter",
                (spec) => (spec.operations[1].path = "/c/{id}"),
                "operations[1].path: placeholder {id}"
            ],
            [
                "a provider id leaving the providers folder",
                (spec) => (spec.id = "../evil"),
                "id: must be kebab-case"
            ]
        ])("refuses %s", async (_, mutate, message) => {
            const tree = workspace();
            const spec = oauthSpec();
            mutate(spec);
            await expectFailure(tree, () => generate(tree, {}, spec), message);
        });

        it("refuses an additional header that repeats the API key header", async () => {
            const tree = workspace();
            const spec = apiKeySpec();
            spec.auth.additionalHeaders = { "x-api-key": "y" };
            await expectFailure(
                tree,
                () => generate(tree, {}, spec),
                'auth.additionalHeaders["x-api-key"]: repeats the API key header'
            );
        });

        it.each<[IntegrationProviderGeneratorSchema, string]>([
            [
                { authType: "api_key", authUrl: "https://x.example" },
                "--authUrl cannot be used with auth type api_key"
            ],
            [
                { operations: ["send:delete"] },
                '--operations: "send:delete" must be an operation id'
            ],
            [{ signatureHeader: "X-Sig" }, "--signatureHeader only apply to webhooks"]
        ])("refuses flags that do not fit: %j", async (flags, message) => {
            const tree = workspace();
            await expectFailure(
                tree,
                () =>
                    generate(tree, {
                        name: "acme",
                        baseUrl: "https://a.example",
                        operations: ["getX"],
                        ...flags
                    }),
                message
            );
        });

        it("names a missing spec file", async () => {
            const tree = workspace();
            await expectFailure(
                tree,
                () => generate(tree, { spec: "missing.yaml" }),
                "Spec file missing.yaml not found"
            );
        });
    });
});
