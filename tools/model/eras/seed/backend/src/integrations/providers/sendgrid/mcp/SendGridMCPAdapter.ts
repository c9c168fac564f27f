import { executeSendEmail, executeGetContacts, executeGetTemplates } from "../operations";
import type { MCPTool, OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient } from "../client/SendGridClient";

// Tools are `sendgrid_<operation id>`; arguments are checked against the operation's schema first.
export class SendGridMCPAdapter {
    private operations: Map<string, OperationDefinition>;

    constructor(operations: Map<string, OperationDefinition>) {
        this.operations = operations;
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: SendGridClient
    ): Promise<OperationResult> {
        const operationId = toolName.replace("sendgrid_", "");
        const checked = this.operations.get(operationId)?.inputSchema.safeParse(params);
        if (!checked?.success) {
            const message = checked ? checked.error.message : `No tool ${toolName}`;
            return { success: false, error: { type: "validation", message, retryable: false } };
        }

        switch (operationId) {
            case "sendEmail":
                return executeSendEmail(client, params as never);
            case "getContacts":
                return executeGetContacts(client, params as never);
            case "getTemplates":
                return executeGetTemplates(client, params as never);
            default:
                return {
                    success: false,
                    error: { type: "validation", message: `No ${operationId}`, retryable: false }
                };
        }
    }

    getTools(): MCPTool[] {
        const tools: MCPTool[] = [];
        for (const [id, operation] of this.operations) {
            tools.push({
                name: `sendgrid_${id}`,
                inputSchema: operation.inputSchemaJSON,
                description: operation.description
            });
        }
        return tools;
    }
}
