import { toJSONSchema } from "../../../../core/utils/zod-to-json-schema";
import { executeGetTicket, executeListTickets, executeGetCurrentUser } from "../operations";
import type { MCPTool, OperationDefinition } from "../../../core/types";
import type { ZendeskClient } from "../client/ZendeskClient";

// Tools are `zendesk_<operation id>`; the executor parses arguments with the operation's schema.
export class ZendeskMCPAdapter {
    private operations: Map<string, OperationDefinition>;

    constructor(operations: Map<string, OperationDefinition>) {
        this.operations = operations;
    }

    getTools(): MCPTool[] {
        const tools: MCPTool[] = [];
        for (const [id, operation] of this.operations) {
            tools.push({
                name: `zendesk_${id}`,
                inputSchema: toJSONSchema(operation.inputSchema),
                description: operation.description
            });
        }
        return tools;
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: ZendeskClient
    ): Promise<unknown> {
        const operationId = toolName.replace("zendesk_", "");
        const operation = this.operations.get(operationId);
        if (!operation) throw new Error(`No Zendesk tool named ${toolName}`);
        const validatedParams = operation.inputSchema.parse(params);

        switch (operationId) {
            case "getTicket":
                return executeGetTicket(client, validatedParams as never);
            case "listTickets":
                return executeListTickets(client, validatedParams as never);
            case "getCurrentUser":
                return executeGetCurrentUser(client, validatedParams as never);
            default:
                throw new Error(`Zendesk has no operation ${operationId}`);
        }
    }
}
