import { SlackClient } from "../client/SlackClient";
import { executeListChannels } from "../operations/listChannels";
import { executeSendMessage } from "../operations/sendMessage";
import type { MCPTool, OperationDefinition } from "../../../core/types";

// Every registered operation is offered to agents as `slack_<operation id>`.
export class SlackMCPAdapter {
    constructor(private operations: Map<string, OperationDefinition>) {}

    getTools(): MCPTool[] {
        return [...this.operations.values()].map((op) => ({
            name: `slack_${op.id}`,
            executeRef: op.id,
            inputSchema: op.inputSchemaJSON,
            description: op.description
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: SlackClient
    ): Promise<unknown> {
        switch (toolName.replace(/^slack_/, "")) {
            case "sendMessage":
                return await executeSendMessage(client, params as never);
            case "listChannels":
                return await executeListChannels(client, params as never);
            default:
                throw new Error(`No Slack tool named ${toolName}`);
        }
    }
}
