import { check, replace } from "../__fixtures__/sandbox";
import { mcpReachable } from "./mcp-reachable";

describe(mcpReachable.id, () => {
    it("accepts an adapter and inline getMCPTools()", () => {
        expect(check(mcpReachable, "slack")).toEqual([]);
        expect(check(mcpReachable, "sendgrid")).toEqual([]);
    });

    it("fails when the adapter's executor has no case for an operation", () => {
        expect(
            check(mcpReachable, "slack", {
                files: { "mcp/SlackMCPAdapter.ts": replace('case "getUser":', 'case "getUsers":') }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/slack/mcp/SlackMCPAdapter.ts",
                message: expect.stringContaining('no case for "getUser"')
            })
        ]);
    });

    it("fails when an explicit tool list misses an operation", () => {
        const inline = `return [{ name: "sendgrid_sendEmail", description: "Send", inputSchema: {} }];`;
        const diagnostics = check(mcpReachable, "sendgrid", {
            files: {
                "SendGridProvider.ts": replace(
                    /return Array\.from\(this\.operations[\s\S]*?\}\)\);/,
                    inline
                )
            }
        });
        expect(diagnostics.map((d) => d.message)).toEqual([
            expect.stringContaining('"scheduleEmail" is not listed'),
            expect.stringContaining('"listTemplates" is not listed')
        ]);
    });
});
