import { MCP_TOOL_NAME_PATTERN, mcpToolName } from "../../../model/names";
import { inProvider } from "../rule";
import type { Finding, Rule } from "../rule";
import { toolNameFor } from "./mcp-reachable";

export const mcpToolNames: Rule = {
    id: "operations/mcp-tool-names",
    severity: "error",
    description: `MCP tool names match ${MCP_TOOL_NAME_PATTERN} (MCP clients reject others) and the executor strips the prefix the tools carry (errors); the prefix is \`<provider_id>_\` (warning).`,
    check(context) {
        const { mcp, registered, sources } = context.provider;
        if (mcp.listing === "none" || mcp.listing === "opt-out") return [];
        const findings: Finding[] = [];
        const names = new Map<string, Finding["position"]>();
        for (const operation of registered) {
            if (operation.id === undefined) continue;
            names.set(
                toolNameFor(context, operation.id),
                mcp.toolNameTemplate?.position ?? mcp.position
            );
        }
        for (const name of mcp.explicitToolNames) names.set(name.value, name.position);
        for (const [name, position] of names) {
            if (!MCP_TOOL_NAME_PATTERN.test(name)) {
                findings.push(
                    inProvider(
                        context,
                        mcp.file,
                        position,
                        `MCP tool name "${name}" does not match ${MCP_TOOL_NAME_PATTERN} (letters, digits, _ and -, at most 64 characters): MCP clients reject it; shorten the operation id or the prefix.`
                    )
                );
            }
        }
        const template = mcp.toolNameTemplate;
        const expectedPrefix = mcpToolName(sources.id, "");
        if (
            template &&
            mcp.dispatchStripPrefix &&
            template.value.prefix !== mcp.dispatchStripPrefix.value
        ) {
            findings.push(
                inProvider(
                    context,
                    mcp.dispatchFile,
                    mcp.dispatchStripPrefix.position,
                    `Tools are named "${template.value.prefix}<opId>" but the executor strips "${mcp.dispatchStripPrefix.value}": no tool call can reach its operation; use the same prefix in both places.`
                )
            );
        } else if (template && template.value.prefix !== expectedPrefix) {
            findings.push(
                inProvider(
                    context,
                    mcp.file,
                    template.position,
                    `Tool names use the prefix "${template.value.prefix}" instead of "${expectedPrefix}": name tools \`${expectedPrefix}<opId>\` so they are unique across providers.`,
                    "warning"
                )
            );
        }
        return findings;
    }
};
