import { toJSONSchema } from "../../../../core/utils/zod-to-json-schema";
import {
    // Ticket Operations
    executeGetTicket,
    executeListTickets,
    // User Operations
    executeGetCurrentUser
} from "../operations";
import type { MCPTool, OperationDefinition } from "../../../core/types";
import type { ZendeskClient } from "../client/ZendeskClient";

/**
 * Zendesk MCP Adapter
 *
 * Converts Zendesk operations into MCP tools for AI agents
 */
export class ZendeskMCPAdapter {
    private operations: Map<string, OperationDefinition>;

    constructor(operations: Map<string, OperationDefinition>) {
        this.operations = operations;
    }

    /**
     * Get MCP tools from registered operations
     */
    getTools(): MCPTool[] {
        const tools: MCPTool[] = [];

        for (const [id, operation] of this.operations.entries()) {
            tools.push({
                name: `zendesk_${id}`,
                description: operation.description,
                inputSchema: toJSONSchema(operation.inputSchema)
            });
        }

        return tools;
    }

    /**
     * Execute MCP tool
     */
    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: ZendeskClient
    ): Promise<unknown> {
        // Remove "zendesk_" prefix to get operation ID
        const operationId = toolName.replace("zendesk_", "");

        const operation = this.operations.get(operationId);
        if (!operation) {
            throw new Error(`Unknown MCP tool: ${toolName}`);
        }

        // Validate parameters using the operation's schema
        const validatedParams = operation.inputSchema.parse(params);

        // Route to appropriate operation executor
        switch (operationId) {
            // Ticket Operations
            case "getTicket":
                return executeGetTicket(client, validatedParams as never);
            case "listTickets":
                return executeListTickets(client, validatedParams as never);

            // User Operations
            case "getCurrentUser":
                return executeGetCurrentUser(client, validatedParams as never);

            default:
                throw new Error(`Unknown Zendesk operation: ${operationId}`);
        }
    }
}
