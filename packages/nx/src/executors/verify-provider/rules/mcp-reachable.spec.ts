import {
    databaseProvider,
    editFile,
    groupedProvider,
    iifeProvider,
    lineOf,
    multiOperationProvider,
    plainProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder, replace } from "../__fixtures__/sandbox";
import { mcpReachable } from "./mcp-reachable";

describe(mcpReachable.id, () => {
    it("accepts an adapter with a switch and inline tools run through executeOperation", () => {
        expect(check(mcpReachable, "slack")).toEqual([]);
        expect(check(mcpReachable, "sendgrid")).toEqual([]);
        expect(checkFolder(mcpReachable, providerFolder("task-board", plainProvider()))).toEqual(
            []
        );
        expect(checkFolder(mcpReachable, providerFolder("shop-line", iifeProvider()))).toEqual([]);
        expect(checkFolder(mcpReachable, providerFolder("cloud-ops", groupedProvider()))).toEqual(
            []
        );
    });

    it("accepts getMCPTools() returning [] on purpose (no tools, nothing to reach)", () => {
        expect(checkFolder(mcpReachable, providerFolder("pg-store", databaseProvider()))).toEqual(
            []
        );
    });

    it("fails once, at the throw, when the tool executor runs no operation", () => {
        const files = multiOperationProvider();
        expect(checkFolder(mcpReachable, providerFolder("help-hub", files))).toEqual([
            expect.objectContaining({
                severity: "error",
                file: "backend/src/integrations/providers/help-hub/mcp/HelpHubMCPAdapter.ts",
                line: lineOf(files["mcp/HelpHubMCPAdapter.ts"], "not yet implemented"),
                message: expect.stringContaining("lists all 3 operations as MCP tools")
            })
        ]);
    });

    it("fails at the adapter's default clause when a listed tool has no case", () => {
        const files = editFile(
            plainProvider(),
            "mcp/TaskBoardMCPAdapter.ts",
            'case "createTask":',
            'case "addTask":'
        );
        expect(checkFolder(mcpReachable, providerFolder("task-board", files))).toEqual([
            expect.objectContaining({
                severity: "error",
                file: "backend/src/integrations/providers/task-board/mcp/TaskBoardMCPAdapter.ts",
                line: lineOf(files["mcp/TaskBoardMCPAdapter.ts"], "default:"),
                message: expect.stringContaining('no case for "createTask"')
            })
        ]);
    });

    it("warns when an explicit tool list leaves an operation out", () => {
        const inline = `return [{ name: "sendgrid_sendEmail", description: "Send", inputSchema: {} }];`;
        const diagnostics = check(mcpReachable, "sendgrid", {
            files: {
                "SendGridProvider.ts": replace(
                    /return Array\.from\(this\.operations[\s\S]*?\}\)\);/,
                    inline
                )
            }
        });
        expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
            ["warning", expect.stringContaining('"scheduleEmail" is not listed')],
            ["warning", expect.stringContaining('"listTemplates" is not listed')]
        ]);
    });
});
