import { mcpToolName } from "../../../model/names";
import { inProvider } from "../rule";
import type { Finding, Rule, RuleContext } from "../rule";

/** The MCP tool name the provider gives an operation. */
export function toolNameFor(context: RuleContext, operationId: string): string {
    const template = context.provider.mcp.toolNameTemplate?.value;
    return template
        ? `${template.prefix}${operationId}${template.suffix}`
        : mcpToolName(context.provider.sources.id, operationId);
}

export const mcpReachable: Rule = {
    id: "operations/mcp-reachable",
    severity: "error",
    description:
        "Every MCP tool the provider lists reaches its operation (error: the tool call fails), and every registered operation is listed as a tool (warning) — unless `getMCPTools()` returns `[]` on purpose.",
    check(context) {
        const { mcp, providerClass, providerFile, registered } = context.provider;
        if (!providerClass || !providerFile || mcp.listing === "opt-out") return [];
        if (mcp.listing === "none") {
            const prefix = providerClass.className?.value.replace(/Provider$/, "") ?? "<Prefix>";
            return [
                inProvider(
                    context,
                    providerFile,
                    providerClass.className?.position,
                    `${providerClass.className?.value ?? "The provider"} lists no MCP tools (BaseProvider requires getMCPTools()): build them from this.operations in getMCPTools(), add mcp/${prefix}MCPAdapter.ts with getTools(), or return [] to offer none.`
                )
            ];
        }
        if (mcp.dispatch.kind === "throws" && registered.length > 0) {
            return [
                inProvider(
                    context,
                    mcp.dispatchFile,
                    mcp.dispatch.position,
                    `getMCPTools() lists ${mcp.listsRegisteredOperations ? `all ${registered.length}` : "its"} operations as MCP tools, but the tool executor ends in this \`throw\` without running any of them, so every tool call fails: give it a case per operation calling its execute function, or forward to the provider's executeOperation.`
                )
            ];
        }
        const findings: Finding[] = [];
        const explicit = new Set(mcp.explicitToolNames.map((name) => name.value));
        const dispatch = mcp.dispatch.kind === "switch" ? mcp.dispatch : undefined;
        const cases = dispatch && new Set(dispatch.cases.map((label) => label.value));
        for (const operation of registered) {
            if (operation.id === undefined) continue;
            const toolName = toolNameFor(context, operation.id);
            const listed = mcp.listsRegisteredOperations || explicit.has(toolName);
            if (!listed) {
                findings.push(
                    inProvider(
                        context,
                        mcp.file,
                        mcp.position,
                        `Operation "${operation.id}" is not listed as an MCP tool, so agents cannot call it: add a "${toolName}" tool, or build the list from this.operations.`,
                        "warning"
                    )
                );
            } else if (cases && !cases.has(operation.id) && !cases.has(toolName)) {
                findings.push(
                    inProvider(
                        context,
                        mcp.dispatchFile,
                        dispatch?.newCasePosition,
                        `The MCP tool "${toolName}" is listed but the tool executor in ${mcp.dispatchFile} has no case for "${operation.id}", so calling it fails: add \`case "${operation.id}":\` calling its execute function.`
                    )
                );
            }
        }
        return findings;
    }
};
