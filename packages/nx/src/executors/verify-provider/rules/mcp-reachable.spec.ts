import { check, replace } from "../__fixtures__/sandbox";
import { mcpReachable } from "./mcp-reachable";

describe(mcpReachable.id, () => {
    it("accepts adapters, inline getMCPTools() and generic dispatch through executeOperation", () => {
        for (const id of ["slack", "sendgrid", "zendesk", "google-sheets", "cloudflare"]) {
            expect(check(mcpReachable, id)).toEqual([]);
        }
    });

    it("accepts a provider whose getMCPTools() returns [] on purpose (database providers)", () => {
        expect(check(mcpReachable, "databricks")).toEqual([]);
    });

    it("fails when the adapter's executor has no case for an operation", () => {
        expect(
            check(mcpReachable, "slack", {
                files: {
                    "mcp/SlackMCPAdapter.ts": replace('case "listChannels":', 'case "listChannel":')
                }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/slack/mcp/SlackMCPAdapter.ts",
                message: expect.stringContaining('no case for "listChannels"')
            })
        ]);
    });

    it("fails when an explicit tool list misses an operation", () => {
        const inline = `return [{ name: "databricks_query", description: "Query", inputSchema: { type: "object" } }];`;
        const diagnostics = check(mcpReachable, "databricks", {
            files: { "DatabricksProvider.ts": replace("return [];", inline) }
        });
        expect(diagnostics.map((d) => d.message)).toEqual([
            expect.stringContaining('"listCatalogs" is not listed'),
            expect.stringContaining('"listTables" is not listed')
        ]);
    });
});
