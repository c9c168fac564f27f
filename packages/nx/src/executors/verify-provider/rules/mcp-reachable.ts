import { mcpToolName } from "../../../model/names";
import { resolveRegisteredOperations } from "../../../provider-source/operations";
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
        "Every registered operation is listed as an MCP tool and dispatched by the MCP tool executor.",
    check(context) {
        const { mcp, providerClass, providerFile, operations } = context.provider;
        if (!providerClass || !providerFile) return [];
        if (mcp.source === "none") {
            return [
                inProvider(
                    context,
                    providerFile,
                    providerClass.className?.position,
                    `No MCP tools: add mcp/${providerClass.className?.value.replace(/Provider$/, "") ?? "<Prefix>"}MCPAdapter.ts with getTools(), or build the tools in getMCPTools() from this.operations.`
                )
            ];
        }
        // A provider whose getMCPTools() returns [] exposes no tools on purpose (database providers).
        if (mcp.listsNoTools) return [];
        const findings: Finding[] = [];
        const explicit = new Set(mcp.explicitToolNames.map((name) => name.value));
        const cases = mcp.dispatchCases && new Set(mcp.dispatchCases.map((label) => label.value));
        for (const operation of resolveRegisteredOperations(
            providerClass.registeredOperations,
            operations
        )) {
            if (operation.id === undefined) continue;
            const toolName = toolNameFor(context, operation.id);
            if (!mcp.listsRegisteredOperations && !explicit.has(toolName)) {
                findings.push(
                    inProvider(
                        context,
                        mcp.file,
                        mcp.position,
                        `Operation "${operation.id}" is not listed as an MCP tool: add a "${toolName}" tool, or build the list from this.operations.`
                    )
                );
            }
            if (cases && !cases.has(operation.id) && !cases.has(toolName)) {
                findings.push(
                    inProvider(
                        context,
                        mcp.file,
                        mcp.position,
                        `The MCP tool executor in ${mcp.file} has no case for "${operation.id}": add \`case "${operation.id}":\` calling its execute function.`
                    )
                );
            }
        }
        return findings;
    }
};
