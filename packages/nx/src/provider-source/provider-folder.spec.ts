import * as ts from "typescript";
import { parseTypeScript } from "../utils/ast";
import { groupIdPrefix } from "./conventions";
import { analyzeProviderFolder } from "./provider-folder";
import { ProviderSources } from "./provider-sources";
import {
    databaseProvider,
    editFile,
    fetchProvider,
    groupedProvider,
    iifeProvider,
    lineOf,
    multiOperationProvider,
    plainProvider,
    providerFolder
} from "./__fixtures__/provider-shapes";

function registeredIds(folder: ReturnType<typeof providerFolder>) {
    return folder.registered.map((operation) => operation.id);
}

describe("provider reader", () => {
    describe("plain definitions, adapter with a switch, BaseAPIClient (the seed layout)", () => {
        const folder = providerFolder("task-board", plainProvider());

        it("reads definitions, execute functions and support modules", () => {
            expect(folder.operations.files.map((file) => file.file)).toEqual([
                "operations/createTask.ts",
                "operations/listTasks.ts"
            ]);
            const [definition] = folder.operations.files[1].definitions;
            expect(definition).toMatchObject({
                variable: "listTasksOperation",
                id: "listTasks",
                form: "plain",
                group: [],
                exported: true,
                inputSchema: { name: "listTasksSchema", file: "operations/listTasks.ts" }
            });
            expect(folder.operations.files[1].executeFunctions.map((fn) => fn.name)).toEqual([
                "executeListTasks"
            ]);
            expect(folder.operations.supportModules).toEqual(["operations/types.ts"]);
        });

        it("resolves registrations through the operations index", () => {
            expect(registeredIds(folder)).toEqual(["listTasks", "createTask"]);
            expect(folder.registered[0].definition?.file).toBe("operations/listTasks.ts");
        });

        it("learns the provider's conventions", () => {
            const { conventions } = folder;
            expect(conventions).toMatchObject({
                definitionForm: "plain",
                ids: { topLevel: "file-name" },
                schemas: "operation-file",
                severalOperationsPerFile: false,
                groupDepth: 0,
                dispatch: {
                    validatesParams: true,
                    caseCall: {
                        callee: "executeListTasks",
                        arguments: ["client", "validatedParams as never"],
                        awaited: true,
                        returned: true
                    }
                },
                mcp: {
                    listing: "adapter",
                    listsRegisteredOperations: true,
                    adapterClass: "TaskBoardMCPAdapter"
                },
                client: {
                    transport: "client",
                    baseClass: "BaseAPIClient",
                    baseModule: "../../../core/BaseAPIClient"
                }
            });
        });

        it("reads the adapter's dispatch switch and the prefix it strips (a regex)", () => {
            expect(folder.mcp.dispatchFile).toBe("mcp/TaskBoardMCPAdapter.ts");
            expect(folder.mcp.dispatch).toMatchObject({
                kind: "switch",
                cases: [{ value: "listTasks" }, { value: "createTask" }],
                newCasePosition: {
                    line: lineOf(plainProvider()["mcp/TaskBoardMCPAdapter.ts"], "default:")
                }
            });
            expect(folder.mcp.dispatchStripPrefix?.value).toBe("task_board_");
            expect(folder.mcp.toolNameTemplate?.value).toEqual({
                prefix: "task_board_",
                suffix: ""
            });
        });

        it("places a new executeOperation case at the default clause", () => {
            const dispatch = folder.providerClass!.dispatch;
            expect(dispatch.kind).toBe("switch");
            expect(dispatch.discriminant).toBe("operationId");
            expect(dispatch.newCasePosition?.line).toBe(
                lineOf(plainProvider()["TaskBoardProvider.ts"], "default:")
            );
        });

        it("follows getMCPTools() to the adapter only when it delegates", () => {
            const inline = providerFolder(
                "task-board",
                editFile(
                    plainProvider(),
                    "TaskBoardProvider.ts",
                    "return this.mcpAdapter.getTools();",
                    "return this.getOperations().map((op) => ({ name: `task_board_${op.id}`, description: op.description, inputSchema: {} }));"
                )
            );
            expect(inline.mcp.listing).toBe("inline");
            expect(inline.mcp.file).toBe("TaskBoardProvider.ts");
            // executeMCPTool still hands calls to the adapter.
            expect(inline.mcp.dispatchFile).toBe("mcp/TaskBoardMCPAdapter.ts");
        });
    });

    describe("IIFE definitions, shared schemas.ts, inline MCP tools, platform base client", () => {
        const folder = providerFolder("shop-line", iifeProvider());

        it("reads the object an IIFE returns", () => {
            const definitions = folder.operations.files.flatMap((file) => file.definitions);
            expect(definitions.map((d) => [d.id, d.form])).toEqual([
                ["getOrder", "iife"],
                ["listOrders", "iife"]
            ]);
            expect(definitions[1].inputSchema).toEqual({
                name: "ListOrdersSchema",
                file: "schemas.ts"
            });
            expect(registeredIds(folder)).toEqual(["listOrders", "getOrder"]);
        });

        it("learns IIFEs, the shared schemas module and the inline MCP style", () => {
            expect(folder.conventions).toMatchObject({
                definitionForm: "iife",
                schemas: "shared-module",
                schemasModule: "schemas.ts",
                mcp: {
                    listing: "inline",
                    listsRegisteredOperations: true,
                    dispatch: { kind: "execute-operation" }
                },
                client: { baseClass: "GoogleBaseClient", baseModule: "../../../core/google" }
            });
            expect(folder.mcp.dispatchStripPrefix?.value).toBe("shop_line_");
            expect(folder.providerClass?.authMethod?.value).toBe("api_key");
            expect(folder.conventions.dispatch.validatesParams).toBe(false);
        });
    });

    describe("nested groups with group-prefixed ids, registered through namespace imports", () => {
        const folder = providerFolder("cloud-ops", groupedProvider());

        it("resolves `Dns.createDnsRecordOperation` through the group's index", () => {
            expect(folder.registered.map((entry) => [entry.expression, entry.id])).toEqual([
                ["Dns.createDnsRecordOperation", "dns_createRecord"],
                ["Dns.listDnsRecordsOperation", "dns_listRecords"],
                ["LoadBalancers.listLoadBalancersOperation", "loadBalancers_list"]
            ]);
            expect(folder.operations.groupIndexes).toEqual([
                "operations/dns/index.ts",
                "operations/load-balancers/index.ts"
            ]);
        });

        it("learns the group prefix convention and how a new group's prefix is written", () => {
            const { ids } = folder.conventions;
            expect(ids.nested).toBe("group-prefixed");
            expect(ids.prefixCase).toBe("camel");
            expect(groupIdPrefix(ids, ["load-balancers"])).toBe("loadBalancers");
            expect(groupIdPrefix(ids, ["secret-manager"])).toBe("secretManager");
            expect(folder.conventions.groupDepth).toBe(1);
        });

        it("reads namespace-qualified executor calls", () => {
            expect(folder.conventions.dispatch.caseCall).toMatchObject({
                callee: "Dns.executeCreateDnsRecord",
                arguments: ["client", "validatedParams as never"]
            });
        });

        it("counts a client that calls fetch itself as a client", () => {
            expect(folder.client.transport).toBe("client");
            expect(folder.client.classes).toEqual([
                expect.objectContaining({ name: "CloudOpsClient", extendsName: undefined })
            ]);
        });
    });

    describe("a database provider: a driver, no client/, no MCP tools on purpose", () => {
        const folder = providerFolder("pg-store", databaseProvider());

        it("reads `return []` as an opt-out and the driver as the transport", () => {
            expect(folder.mcp.listing).toBe("opt-out");
            expect(folder.mcp.dispatch.kind).toBe("throws");
            expect(folder.client).toEqual({ classes: [], transport: "driver", drivers: ["pg"] });
            expect(folder.conventions.dispatch.caseCall?.arguments).toEqual([
                "pool",
                "this.validateParams(operation, params)"
            ]);
        });

        it("does not count a type-only driver import as a transport", () => {
            const typeOnly = providerFolder(
                "pg-store",
                editFile(
                    databaseProvider(),
                    "PgStoreProvider.ts",
                    'import { Pool } from "pg";',
                    'import type { Pool } from "pg";'
                )
            );
            expect(typeOnly.client.transport).toBe("none");
        });

        it("counts the host's fixture module as source wherever it lives, but not as a transport", () => {
            // Test data that imports a package to build its records, on a host whose loader
            // imports __tests__/fixtures (February 2026).
            const fixtures = 'import { Pool } from "pg";\nexport const rows = [new Pool()];\n';
            const files = editFile(
                databaseProvider(),
                "PgStoreProvider.ts",
                'import { Pool } from "pg";',
                'import type { Pool } from "pg";'
            );
            const read = (extra: Record<string, string>) => {
                const sources = new ProviderSources(
                    "pg-store",
                    "backend/src/integrations/providers/pg-store",
                    new Map(Object.entries({ ...files, ...extra })),
                    { fixtureModule: "__tests__/fixtures.ts" }
                );
                return analyzeProviderFolder(sources);
            };
            const withModule = read({
                "__tests__/fixtures.ts": fixtures,
                "__tests__/a.test.ts": ""
            });
            expect(withModule.sources.typeScriptFiles()).toContain("__tests__/fixtures.ts");
            expect(withModule.sources.typeScriptFiles()).not.toContain("__tests__/a.test.ts");
            expect(withModule.client.transport).toBe("none");
            // A fixtures.ts the loader does not import is the provider's own code.
            expect(read({ "fixtures.ts": fixtures }).client.drivers).toEqual(["pg"]);
        });

        it("reads a provider calling fetch without a client", () => {
            const search = providerFolder("search-box", fetchProvider());
            expect(search.client.transport).toBe("fetch");
            expect(search.mcp.listing).toBe("opt-out");
            expect(registeredIds(search)).toEqual(["query", "listTables"]);
        });
    });

    describe("several operations per file, two-level groups, an unimplemented tool executor", () => {
        const folder = providerFolder("help-hub", multiOperationProvider());

        it("reads every definition of a file and the nested group", () => {
            expect(
                folder.operations.files.map((file) => [
                    file.file,
                    file.definitions.map((d) => d.id)
                ])
            ).toEqual([
                ["operations/engagements/notes/createNote.ts", ["createNote"]],
                ["operations/tickets.ts", ["createTicket", "getTicket"]]
            ]);
            expect(folder.conventions).toMatchObject({
                severalOperationsPerFile: true,
                groupDepth: 2,
                ids: { nested: "file-name" }
            });
        });

        it("gives a fall-through case the next case's executor call", () => {
            const cases = folder.providerClass!.dispatch.cases;
            expect(cases.map((entry) => [entry.id, entry.call?.callee])).toEqual([
                ["createTicket", "executeCreateTicket"],
                ["getTicket", "executeCreateTicket"],
                ["createNote", "executeCreateNote"]
            ]);
        });

        it("reads a tool executor that only throws", () => {
            expect(folder.mcp.listing).toBe("adapter");
            expect(folder.mcp.dispatch).toEqual({
                kind: "throws",
                position: {
                    line: lineOf(
                        multiOperationProvider()["mcp/HelpHubMCPAdapter.ts"],
                        "not yet implemented"
                    ),
                    column: 9
                }
            });
        });
    });

    it("parses each file once, reusing files parsed elsewhere (the type-check program's)", () => {
        const files = groupedProvider();
        const requests = new Map<string, number>();
        const sources = new ProviderSources(
            "cloud-ops",
            "backend/src/integrations/providers/cloud-ops",
            new Map(Object.entries(files)),
            {
                parsedElsewhere: (workspacePath) => {
                    requests.set(workspacePath, (requests.get(workspacePath) ?? 0) + 1);
                    const relative = workspacePath.replace(
                        "backend/src/integrations/providers/cloud-ops/",
                        ""
                    );
                    return parseTypeScript(files[relative], relative);
                }
            }
        );
        const folder = analyzeProviderFolder(sources);
        void [folder.registered, folder.mcp, folder.client, folder.conventions];
        expect([...requests.values()].every((count) => count === 1)).toBe(true);
        expect(requests.size).toBe(Object.keys(files).length);
        expect(sources.parse("CloudOpsProvider.ts").kind).toBe(ts.SyntaxKind.SourceFile);
    });
});
