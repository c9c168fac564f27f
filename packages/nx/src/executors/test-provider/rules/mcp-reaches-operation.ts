import { runOutcome, runsOf } from "../rule";
import type { RuntimeRule } from "../rule";
import type { Finding } from "../../verify-provider/rule";
import type { ObservedRun } from "../probe/observations";

function requestLines(run: ObservedRun | undefined): string {
    return (run?.requests ?? []).map((request) => `${request.method} ${request.url}`).join(", ");
}

export const mcpReachesOperation: RuntimeRule = {
    id: "runtime/mcp-reaches-operation",
    severity: "error",
    description:
        "Every tool of getMCPTools(), run through executeMCPTool with its operation's fixture input, names a registered operation and sends the same requests as the operation.",
    check(context) {
        const { observed, provider } = context;
        const position = provider.mcp.position;
        const file = provider.mcp.file && provider.sources.workspacePath(provider.mcp.file);
        if (observed.mcpError !== undefined) {
            return [
                {
                    file,
                    position,
                    message: `getMCPTools() threw ${observed.mcpError}: agents get no tools from this provider. Fix the listing.`
                }
            ];
        }
        const unnamed = (observed.mcpTools ?? []).filter((tool) => tool.operationId === undefined);
        const findings: Finding[] = unnamed.map((tool) => ({
            file,
            position,
            message: `MCP tool "${tool.name}" names no registered operation (tools are named <provider>_<operationId>): an agent calling it reaches nothing. Rename it after its operation.`
        }));
        const operationRuns = new Map(
            runsOf(context, "fixture").map((run) => [run.operationId, run])
        );
        for (const run of runsOf(context, "mcp")) {
            const direct = operationRuns.get(run.operationId);
            if (requestLines(run) === requestLines(direct)) continue;
            findings.push({
                file,
                position,
                operationId: run.operationId,
                message: `MCP tool "${run.toolName}" did not do what operation "${run.operationId}" does with the same input: the tool ${run.requests.length ? `sent ${requestLines(run)}` : `sent nothing (it ${runOutcome(run)})`}, the operation ${direct?.requests.length ? `sent ${requestLines(direct)}` : "sent nothing"}. Make executeMCPTool dispatch the tool to its operation's executor.`
            });
        }
        return findings;
    }
};
