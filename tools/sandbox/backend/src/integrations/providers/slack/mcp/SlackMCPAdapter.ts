import type { MCPTool, OperationDefinition, OperationResult } from "../../../core/types";
import type { SlackClient } from "../client/SlackClient";
import { executeGetUser, executeListChannels, executeSendMessage } from "../operations";

export class SlackMCPAdapter {
    private operations: Map<string, OperationDefinition>;

    constructor(operations: Map<string, OperationDefinition>) {
        this.operations = operations;
    }

    getTools(): MCPTool[] {
        return Array.from(this.operations.values()).map((op) => ({
            name: `slack_${op.id}`,
            description: op.description,
            inputSchema: op.inputSchemaJSON
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: SlackClient
    ): Promise<OperationResult> {
        const operationId = toolName.replace("slack_", "");

        switch (operationId) {
            case "sendMessage":
                return executeSendMessage(client, params as never);
            case "listChannels":
                return executeListChannels(client, params as never);
            case "getUser":
                return executeGetUser(client, params as never);
            default:
                return {
                    success: false,
                    error: {
                        type: "validation",
                        message: `Unknown tool: ${toolName}`,
                        retryable: false
                    }
                };
        }
    }
}
