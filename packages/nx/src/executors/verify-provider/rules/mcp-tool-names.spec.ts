import { check, replace } from "../__fixtures__/sandbox";
import { mcpToolNames } from "./mcp-tool-names";

describe(mcpToolNames.id, () => {
    it("passes on <provider_id>_<opId> names", () => {
        expect(check(mcpToolNames, "google-sheets")).toEqual([]);
        expect(check(mcpToolNames, "slack")).toEqual([]);
    });

    it("fails on names MCP clients reject", () => {
        const diagnostics = check(mcpToolNames, "slack", {
            files: {
                "mcp/SlackMCPAdapter.ts": replace("`slack_${op.id}`", "`slack.${op.id}`")
            }
        });
        expect(diagnostics.map((d) => d.message)).toEqual(
            expect.arrayContaining([expect.stringContaining('"slack.sendMessage" does not match')])
        );
        expect(diagnostics.every((d) => d.file.endsWith("mcp/SlackMCPAdapter.ts"))).toBe(true);
    });

    it("fails when listing and dispatch use different prefixes", () => {
        expect(
            check(mcpToolNames, "sendgrid", {
                files: {
                    "mcp/SendGridMCPAdapter.ts": replace(
                        'replace("sendgrid_", "")',
                        'replace("sg_", "")'
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining('strips "sg_"')
            })
        ]);
    });
});
