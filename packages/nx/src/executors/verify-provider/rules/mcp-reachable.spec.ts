import {
    databaseProvider,
    groupedProvider,
    iifeProvider,
    multiOperationProvider,
    plainProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import {
    check,
    checkFolder,
    replace,
    sandboxLine,
    SANDBOX_PROVIDERS
} from "../__fixtures__/sandbox";
import { mcpReachable } from "./mcp-reachable";

const PROVIDERS_DIR = "backend/src/integrations/providers";

describe(mcpReachable.id, () => {
    it("accepts adapters with a switch, inline tools run through executeOperation, and opt-outs", () => {
        // slack, sendgrid, zendesk: adapters; google-sheets, cloudflare: inline getMCPTools();
        // databricks: getMCPTools() returns [] on purpose.
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(mcpReachable, id)).toEqual([]);
        }
        expect(checkFolder(mcpReachable, providerFolder("task-board", plainProvider()))).toEqual(
            []
        );
        expect(checkFolder(mcpReachable, providerFolder("shop-line", iifeProvider()))).toEqual([]);
        expect(checkFolder(mcpReachable, providerFolder("cloud-ops", groupedProvider()))).toEqual(
            []
        );
    });

    it("accepts getMCPTools() returning [] on purpose (no tools, nothing to reach)", () => {
        expect(check(mcpReachable, "databricks")).toEqual([]);
        expect(checkFolder(mcpReachable, providerFolder("pg-store", databaseProvider()))).toEqual(
            []
        );
    });

    it("fails once, at the throw, when the tool executor runs no operation (the real Zendesk adapter)", () => {
        // FlowMaestro's own zendesk (and close, hubspot, pipedrive, zoho-crm) adapters end so.
        const file = `${PROVIDERS_DIR}/zendesk/mcp/ZendeskMCPAdapter.ts`;
        const edit = replace(
            /switch \(operationId\) \{\n[\s\S]*?\n {8}\}\n/,
            "throw new Error(\n" +
                "            `MCP tool execution not yet implemented for ${toolName}. Use direct operation execution instead.`\n" +
                "        );\n"
        );
        expect(
            check(mcpReachable, "zendesk", { files: { "mcp/ZendeskMCPAdapter.ts": edit } })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                file,
                line: sandboxLine(file, /throw new Error\($/, edit),
                message: expect.stringContaining(
                    "getMCPTools() lists all 3 operations as MCP tools, but the tool executor ends in this `throw` without running any of them"
                )
            })
        ]);
        const files = multiOperationProvider();
        expect(checkFolder(mcpReachable, providerFolder("help-hub", files))).toEqual([
            expect.objectContaining({
                severity: "error",
                file: `${PROVIDERS_DIR}/help-hub/mcp/HelpHubMCPAdapter.ts`
            })
        ]);
    });

    it("fails at the adapter's default clause when a listed tool has no case", () => {
        const file = `${PROVIDERS_DIR}/slack/mcp/SlackMCPAdapter.ts`;
        const edit = replace('case "listChannels":', 'case "listChannel":');
        expect(check(mcpReachable, "slack", { files: { "mcp/SlackMCPAdapter.ts": edit } })).toEqual(
            [
                expect.objectContaining({
                    severity: "error",
                    file,
                    line: sandboxLine(file, "default:"),
                    message: expect.stringContaining(
                        'The MCP tool "slack_listChannels" is listed but the tool executor in mcp/SlackMCPAdapter.ts has no case for "listChannels"'
                    )
                })
            ]
        );
    });

    it("warns at getMCPTools() when an explicit tool list leaves an operation out", () => {
        const file = `${PROVIDERS_DIR}/google-sheets/GoogleSheetsProvider.ts`;
        const inline = `return [
            {
                name: "google_sheets_getValues",
                description: "Read values",
                inputSchema: toJSONSchema(getValuesOperation.inputSchema)
            }
        ];`;
        const diagnostics = check(mcpReachable, "google-sheets", {
            files: {
                "GoogleSheetsProvider.ts": replace(
                    /return this\.getOperations\(\)\.map[\s\S]*?\}\)\);/,
                    inline
                )
            }
        });
        expect(diagnostics.map((d) => [d.severity, d.file, d.line, d.message])).toEqual([
            [
                "warning",
                file,
                sandboxLine(file, "getMCPTools(): MCPTool[]"),
                expect.stringContaining('"createSpreadsheet" is not listed as an MCP tool')
            ],
            [
                "warning",
                file,
                sandboxLine(file, "getMCPTools(): MCPTool[]"),
                expect.stringContaining('add a "google_sheets_appendValues" tool')
            ]
        ]);
    });
});
