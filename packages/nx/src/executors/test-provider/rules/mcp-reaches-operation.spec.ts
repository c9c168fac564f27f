import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { mcpReachesOperation } from "./mcp-reaches-operation";

const sent = [request("GET", "https://api.sendgrid.com/v3/templates?generations=dynamic")];
const operationRun = observedRun({ operationId: "getTemplates", requests: sent });
const tools = [{ name: "sendgrid_getTemplates", operationId: "getTemplates" }];

describe(mcpReachesOperation.id, () => {
    it("passes a tool that sends what its operation sends", () => {
        const toolRun = observedRun({
            operationId: "getTemplates",
            mode: "mcp",
            toolName: "sendgrid_getTemplates",
            result: undefined,
            requests: sent
        });
        expect(
            checkRuntime(mcpReachesOperation, "sendgrid", {
                mcpTools: tools,
                runs: [operationRun, toolRun]
            })
        ).toEqual([]);
    });

    it("reports a tool named after no operation, and a tool that does not reach its operation, at the MCP listing", () => {
        const toolRun = observedRun({
            operationId: "getTemplates",
            mode: "mcp",
            toolName: "sendgrid_getTemplates",
            result: undefined,
            thrown: "Error: Unknown tool"
        });
        const found = checkRuntime(mcpReachesOperation, "sendgrid", {
            mcpTools: [...tools, { name: "sendgrid_archive" }],
            runs: [operationRun, toolRun]
        });
        expect(found).toEqual([
            expect.objectContaining({
                message: expect.stringContaining(
                    'MCP tool "sendgrid_archive" names no registered operation'
                )
            }),
            expect.objectContaining({
                file: providerFile("sendgrid", "mcp/SendGridMCPAdapter.ts"),
                operationId: "getTemplates",
                message: expect.stringContaining(
                    "the tool sent nothing (it threw Error: Unknown tool), the operation sent GET"
                )
            })
        ]);
    });

    it("reports a getMCPTools() that throws", () => {
        expect(
            checkRuntime(mcpReachesOperation, "sendgrid", { mcpError: "TypeError: boom" })
        ).toEqual([
            expect.objectContaining({
                message: expect.stringContaining("getMCPTools() threw TypeError: boom")
            })
        ]);
    });
});
