import * as fs from "fs";
import { logger, type Tree } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { diffLinesRaw } from "jest-diff";
import { parse } from "yaml";
import {
    copySandbox,
    typeCheckSandbox,
    writeSandboxInto,
    writeTreeChanges,
    type SandboxName
} from "../../testing/sandbox-copy";
import { FlowmaestroError } from "../../utils/errors";
import { integrationProviderGenerator } from "../integration-provider/generator";
import { apiKeySpec, toYaml } from "../integration-provider/__fixtures__/specs";
import { providerOperationGenerator } from "./generator";
import type { ProviderOperationGeneratorSchema } from "./schema";

const PROVIDERS = "backend/src/integrations/providers";

function workspace(which: SandboxName = "current"): Tree {
    return writeSandboxInto(createTreeWithEmptyWorkspace({ formatter: "none" } as never), which);
}

function read(tree: Tree, file: string): string {
    const text = tree.read(`${PROVIDERS}/${file}`, "utf-8");
    if (text === null) throw new Error(`${file} does not exist`);
    return text;
}

/** Every file of the tree with its content, to tell what a run wrote. */
function contents(tree: Tree): string[] {
    return tree.listChanges().map((change) => `${change.path} ${change.content?.toString()}`);
}

/** `after` is `before` with one piece of text inserted somewhere (a comma, `, name`). */
function isInsertionInto(before: string, after: string): boolean {
    let prefix = 0;
    while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (
        suffix < before.length - prefix &&
        before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
    ) {
        suffix++;
    }
    return after.length > before.length && prefix + suffix === before.length;
}

/**
 * The lines an edit added, after checking it only inserted: every line of `before` is still there,
 * in order — unchanged, or with text inserted into it (a comma after a list's last element, a name
 * in a one-line import).
 */
function insertedLines(before: string, after: string): string[] {
    const added: string[] = [];
    const removed: string[] = [];
    for (const diff of diffLinesRaw(before.split("\n"), after.split("\n"))) {
        if (diff[0] === 1) added.push(diff[1]);
        if (diff[0] === -1) removed.push(diff[1]);
    }
    for (const line of removed) {
        const index = added.findIndex((candidate) => isInsertionInto(line, candidate));
        expect({ changed: line, onlyInserted: index !== -1 }).toEqual({
            changed: line,
            onlyInserted: true
        });
        added.splice(index, 1);
    }
    return added;
}

async function addOperation(tree: Tree, options: ProviderOperationGeneratorSchema) {
    const files = tree
        .listChanges()
        .filter((change) => change.path.startsWith(`${PROVIDERS}/${options.provider}/`))
        .map((change) => change.path);
    const before = new Map(files.map((file) => [file, tree.read(file, "utf-8")!]));
    await providerOperationGenerator(tree, options);
    return {
        added: (file: string) =>
            insertedLines(
                before.get(`${PROVIDERS}/${options.provider}/${file}`) ?? "",
                read(tree, `${options.provider}/${file}`)
            )
    };
}

describe("provider-operation generator", () => {
    it("adds a plain operation to an adapter-based provider, in its style (sendgrid)", async () => {
        const tree = workspace();
        const { added } = await addOperation(tree, {
            provider: "sendgrid",
            operationId: "listSenders",
            path: "/v3/senders/{senderId}/verified",
            description: "List verified senders"
        });
        const operation = read(tree, "sendgrid/operations/listSenders.ts");
        expect(operation).toContain("export const listSendersOperation: OperationDefinition = {");
        expect(operation).toContain('    id: "listSenders",');
        expect(operation).toContain(
            "export const listSendersSchema = z.object({\n    senderId: z.string()\n});"
        );
        expect(operation).toContain(
            'url: `/v3/senders/${pathSegment("senderId", params.senderId)}/verified`'
        );
        expect(operation).toContain('import { SendGridClient } from "../client/SendGridClient";');
        expect(added("SendGridProvider.ts")).toEqual(
            expect.arrayContaining([
                "        this.registerOperation(listSendersOperation);",
                '            case "listSenders":'
            ])
        );
        expect(added("operations/index.ts").join("\n")).toMatch(/listSenders/);
        expect(added("fixtures.ts")).toContain('        operationId: "listSenders",');
    });

    it("adds the fixture where the host's loader imports fixture modules (__tests__/, February 2026)", async () => {
        const tree = workspace("tests-fixtures");
        const { added } = await addOperation(tree, {
            provider: "sendgrid",
            operationId: "listSenders",
            path: "/v3/senders"
        });
        expect(added("__tests__/fixtures.ts")).toContain('        operationId: "listSenders",');
        expect(tree.exists(`${PROVIDERS}/sendgrid/fixtures.ts`)).toBe(false);
        // A provider without a fixture module gets one there, importing from its own depth.
        tree.delete(`${PROVIDERS}/adp/__tests__/fixtures.ts`);
        await providerOperationGenerator(tree, {
            provider: "adp",
            operationId: "listJobTitles",
            path: "/hr/v2/job-titles"
        });
        expect(read(tree, "adp/__tests__/fixtures.ts")).toMatch(
            /^import type \{ TestFixture \} from "\.\.\/\.\.\/\.\.\/sandbox";\n[^]*operationId: "listJobTitles"/
        );
        expect(tree.exists(`${PROVIDERS}/adp/fixtures.ts`)).toBe(false);
    });

    it("writes an IIFE definition where the provider does, with its siblings' logger (adp)", async () => {
        const tree = workspace();
        const { added } = await addOperation(tree, {
            provider: "adp",
            operationId: "listJobTitles",
            path: "/hr/v2/job-titles"
        });
        const operation = read(tree, "adp/operations/listJobTitles.ts");
        expect(operation).toMatch(
            /export const listJobTitlesOperation: OperationDefinition = \(\(\) => \{\n {4}try \{\n {8}return \{/
        );
        expect(operation).toContain("logger.error(");
        expect(operation).toMatch(/const logger = /);
        // No parameters: the executor does not read them (noUnusedParameters).
        expect(operation).toContain("    _params: ListJobTitlesParams");
        expect(added("mcp/ADPMCPAdapter.ts").join("\n")).toMatch(/case "listJobTitles":/);
    });

    it("follows namespace imports, group-prefixed ids and named fixture constants (cloudflare)", async () => {
        const tree = workspace();
        const { added } = await addOperation(tree, {
            provider: "cloudflare",
            operationId: "listRulesets",
            group: "zones",
            path: "/zones/{zoneId}/rulesets"
        });
        expect(read(tree, "cloudflare/operations/zones/listRulesets.ts")).toContain(
            '    id: "zones_listRulesets",'
        );
        expect(added("CloudflareProvider.ts")).toEqual([
            "        this.registerOperation(Zones.listRulesetsOperation);",
            '            case "zones_listRulesets":',
            "                return await Zones.executeListRulesets(client, input as never);"
        ]);
        const fixtures = added("fixtures.ts");
        expect(fixtures[0]).toBe("const zones_listRulesets: TestFixture = {");
        expect(fixtures[fixtures.length - 1]).toBe("    zones_listRulesets");
    });

    it("adds nothing to a tool list derived from the registered operations (google-sheets)", async () => {
        const tree = workspace();
        const { added } = await addOperation(tree, {
            provider: "google-sheets",
            operationId: "getSheetMetadata",
            path: "/spreadsheets/{spreadsheetId}"
        });
        expect(added("GoogleSheetsProvider.ts").join("\n")).not.toMatch(
            /google_sheets_getSheetMetadata/
        );
        // The platform base client offers request(config): the executor builds the request.
        expect(read(tree, "google-sheets/operations/getSheetMetadata.ts")).toContain(
            "const data = await client.request<unknown>({"
        );
    });

    it("requires a group where every operation is in one, and refuses what it cannot do", async () => {
        const refusal = async (options: ProviderOperationGeneratorSchema, message: RegExp) => {
            const tree = workspace();
            const before = contents(tree);
            const error = await providerOperationGenerator(tree, options).then(
                () => undefined,
                (caught: unknown) => caught
            );
            expect(error).toBeInstanceOf(FlowmaestroError);
            expect((error as Error).message).toMatch(message);
            expect(contents(tree)).toEqual(before);
        };
        await refusal(
            { provider: "zendesk", operationId: "listMacros" },
            /"zendesk" keeps its operations in groups \(tickets, users\) and the path of listMacros \(none given\) names none of them: pass --group/
        );
        await refusal(
            { provider: "databricks", operationId: "runQuery" },
            /"databricks" has no client class .* \(it uses fetch directly\)/
        );
        await refusal(
            { provider: "slack", operationId: "sendMessage" },
            /"slack" already has operation "sendMessage" \(backend\/src\/integrations\/providers\/slack\/operations\/sendMessage\.ts:\d+\); nothing was written/
        );
        await refusal(
            { provider: "nope", operationId: "x" },
            /No provider folder backend\/src\/integrations\/providers\/nope/
        );
    });

    it("imports operations from a real OpenAPI document (--openapi, one tag)", async () => {
        const tree = workspace();
        const document = require.resolve("@readme/oas-examples/3.0/json/petstore.json");
        await providerOperationGenerator(tree, {
            provider: "sendgrid",
            openapi: document,
            openapiTags: ["store"]
        });
        const added = tree
            .listChanges()
            .map((change) => change.path)
            .filter(
                (file) =>
                    /sendgrid\/operations\/\w+\.ts$/.test(file) && /Order|Inventory/.test(file)
            )
            .sort();
        expect(added.length).toBeGreaterThanOrEqual(3);
        const provider = read(tree, "sendgrid/SendGridProvider.ts");
        for (const file of added) {
            const base = file.replace(/.*\//, "").replace(/\.ts$/, "");
            expect(provider).toContain(`this.registerOperation(${base}Operation);`);
        }
        // Path parameters from the document travel as encoded segments.
        const getOrder = read(tree, "sendgrid/operations/getOrderById.ts");
        expect(getOrder).toContain('pathSegment("orderId", params.orderId)');
    });

    it("puts an operation into the group its path names where every operation is in a group", async () => {
        const tree = workspace();
        const info = jest.spyOn(logger, "info").mockImplementation(() => undefined);
        await providerOperationGenerator(tree, {
            provider: "zendesk",
            operationId: "listTicketMacros",
            path: "/api/v2/tickets/{ticketId}/macros"
        });
        expect(tree.exists(`${PROVIDERS}/zendesk/operations/tickets/listTicketMacros.ts`)).toBe(
            true
        );
        expect(read(tree, "zendesk/operations/tickets/index.ts")).toContain("listTicketMacros");
        expect(info).toHaveBeenCalledWith(
            "listTicketMacros joins group tickets, which its path names (pass --group to choose another)."
        );
        info.mockRestore();
    });

    it("--openapi: flags override what the document says, on the one operation selected", async () => {
        const tree = workspace();
        const document = require.resolve("@readme/oas-examples/3.0/json/petstore.json");
        await providerOperationGenerator(tree, {
            provider: "sendgrid",
            openapi: document,
            openapiOperations: ["getInventory"],
            operationId: "getStockLevels",
            method: "post",
            path: "/v2/inventory",
            description: "Stock per status",
            category: "inventory"
        });
        const operation = read(tree, "sendgrid/operations/getStockLevels.ts");
        expect(operation).toContain('description: "Stock per status",');
        expect(operation).toContain('category: "inventory",');
        expect(operation).toContain('method: "POST",\n            url: "/v2/inventory"');
        expect(tree.exists(`${PROVIDERS}/sendgrid/operations/getInventory.ts`)).toBe(false);
        // A request's method or path cannot be laid over several operations.
        const error = await providerOperationGenerator(workspace(), {
            provider: "sendgrid",
            openapi: document,
            openapiTags: ["store"],
            path: "/v2/inventory"
        }).then(
            () => undefined,
            (caught: unknown) => caught
        );
        expect((error as Error).message).toMatch(
            /--path describe one operation, but .*petstore\.json gives 4 for this selection: narrow it with --openapiOperations; nothing was written\./
        );
    });

    it("--writeSpec writes the operations for review and adds nothing; --spec takes them back", async () => {
        const tree = workspace();
        const document = require.resolve("@readme/oas-examples/3.0/json/petstore.json");
        const before = contents(tree);
        await providerOperationGenerator(tree, {
            provider: "sendgrid",
            openapi: document,
            openapiTags: ["store"],
            category: "store",
            writeSpec: "specs/store.yaml"
        });
        expect(
            contents(tree)
                .filter((change) => !before.includes(change))
                .map((change) => change.split(" ")[0])
        ).toEqual(["specs/store.yaml"]);
        const written = tree.read("specs/store.yaml", "utf-8")!;
        expect(written).toMatch(
            /^# Operations for "sendgrid" derived from .*petstore\.json\. Review it, then:\n#   nx g @flowmaestro\/nx:provider-operation sendgrid --spec specs\/store\.yaml\n/
        );
        const operations = (parse(written) as { operations: { id: string; category: string }[] })
            .operations;
        expect(operations.map((operation) => operation.id).sort()).toEqual([
            "deleteOrder",
            "getInventory",
            "getOrderById",
            "placeOrder"
        ]);
        expect(operations.every((operation) => operation.category === "store")).toBe(true);
        await providerOperationGenerator(tree, { provider: "sendgrid", spec: "specs/store.yaml" });
        expect(read(tree, "sendgrid/SendGridProvider.ts")).toContain(
            "this.registerOperation(getOrderByIdOperation);"
        );
        const outside = await providerOperationGenerator(workspace(), {
            provider: "sendgrid",
            openapi: document,
            openapiTags: ["store"],
            writeSpec: "/elsewhere/store.yaml"
        }).then(
            () => undefined,
            (caught: unknown) => caught
        );
        expect((outside as Error).message).toContain(
            "--writeSpec /elsewhere/store.yaml: the file must be inside the workspace"
        );
    });

    it("puts the query into the URL where the client's request config takes no query object", async () => {
        const root = copySandbox("fm-po-query-");
        try {
            const tree = new FsTree(root, false);
            const clientFile = `${PROVIDERS}/sendgrid/client/SendGridClient.ts`;
            tree.write(
                clientFile,
                tree
                    .read(clientFile, "utf-8")!
                    .replace(
                        "export class SendGridClient extends BaseAPIClient {",
                        [
                            "export class SendGridClient extends BaseAPIClient {",
                            "    async request<T = unknown>(config: {",
                            '        method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";',
                            "        url: string;",
                            "        data?: unknown;",
                            "    }): Promise<T> {",
                            "        return super.request<T>(config);",
                            "    }",
                            ""
                        ].join("\n")
                    )
            );
            tree.write(
                "ops.yaml",
                toYaml({
                    operations: [
                        {
                            id: "listSuppressions",
                            path: "/suppressions",
                            parameters: [{ name: "limit", type: "integer" }]
                        }
                    ]
                } as never)
            );
            await providerOperationGenerator(tree, { provider: "sendgrid", spec: "ops.yaml" });
            const operation = tree.read(
                `${PROVIDERS}/sendgrid/operations/listSuppressions.ts`,
                "utf-8"
            )!;
            expect(operation).toContain('url: withQuery("/suppressions", {');
            expect(operation).not.toContain("params: {");
            expect(operation).toContain(
                "function withQuery(path: string, values: Record<string, unknown>): string {"
            );
            writeTreeChanges(root, tree);
            expect(typeCheckSandbox(root)).toEqual([]);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    }, 60000);

    it("adds a method to a client this plugin generated, and the executor calls it", async () => {
        const tree = workspace();
        tree.write("acme.yaml", toYaml(apiKeySpec("acme-notes")));
        await integrationProviderGenerator(tree, { spec: "acme.yaml", skipFormat: true });
        const { added } = await addOperation(tree, {
            provider: "acme-notes",
            operationId: "archiveNote",
            method: "POST",
            path: "/notes/{noteId}/archive"
        });
        expect(added("client/AcmeNotesClient.ts")).toEqual(
            expect.arrayContaining([
                "    async archiveNote(params: ArchiveNoteParams): Promise<unknown> {",
                '        return this.send("POST", "/notes/{noteId}/archive", params);'
            ])
        );
        expect(read(tree, "acme-notes/operations/archiveNote.ts")).toContain(
            "const data = await client.archiveNote(params);"
        );
        expect(read(tree, "acme-notes/operations/archiveNote.ts")).toContain(
            "error: toOperationError(error)"
        );
    });
});

describe.each<SandboxName>(["current", "seed"])(
    "operations added in the %s sandbox compile (tsc --strict)",
    (which) => {
        let root: string;
        beforeAll(() => {
            root = copySandbox("fm-provider-operation-", which);
        });
        afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

        it("has zero diagnostics after adding operations to every provider shape", async () => {
            const tree = new FsTree(root, false);
            const additions: ProviderOperationGeneratorSchema[] =
                which === "current"
                    ? [
                          {
                              provider: "slack",
                              operationId: "pinMessage",
                              method: "POST",
                              path: "/pins.add"
                          },
                          { provider: "sendgrid", operationId: "listSenders", path: "/v3/senders" },
                          {
                              provider: "adp",
                              operationId: "getJobTitle",
                              path: "/hr/v2/job-titles/{code}"
                          },
                          {
                              provider: "google-sheets",
                              operationId: "getSheetMetadata",
                              path: "/spreadsheets/{spreadsheetId}"
                          },
                          {
                              provider: "cloudflare",
                              operationId: "listRulesets",
                              group: "zones",
                              path: "/zones/{zoneId}/rulesets"
                          },
                          {
                              provider: "cloudflare",
                              operationId: "listWorkers",
                              group: "workers",
                              path: "/workers"
                          },
                          {
                              provider: "zendesk",
                              operationId: "listMacros",
                              group: "tickets",
                              path: "/api/v2/macros"
                          }
                      ]
                    : [
                          {
                              provider: "slack",
                              operationId: "pinMessage",
                              method: "POST",
                              path: "/pins.add"
                          },
                          { provider: "sendgrid", operationId: "listSenders", path: "/v3/senders" },
                          {
                              provider: "google-sheets",
                              operationId: "getSheetMetadata",
                              path: "/spreadsheets/{spreadsheetId}"
                          }
                      ];
            for (const options of additions) await providerOperationGenerator(tree, options);
            writeTreeChanges(root, tree);
            expect(typeCheckSandbox(root)).toEqual([]);
            if (which === "seed") {
                // The seed era requires inputSchemaJSON: the new definitions set it.
                expect(
                    fs.readFileSync(`${root}/${PROVIDERS}/slack/operations/pinMessage.ts`, "utf8")
                ).toContain("inputSchemaJSON: toJSONSchema(pinMessageSchema)");
            }
        }, 120000);
    }
);
