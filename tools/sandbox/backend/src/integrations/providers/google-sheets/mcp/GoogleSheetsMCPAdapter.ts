import type { MCPTool, OperationDefinition, OperationResult } from "../../../core/types";
import type { GoogleSheetsClient } from "../client/GoogleSheetsClient";
import { executeAppendValues, executeCreateSpreadsheet, executeGetValues } from "../operations";

export class GoogleSheetsMCPAdapter {
    private operations: Map<string, OperationDefinition>;

    constructor(operations: Map<string, OperationDefinition>) {
        this.operations = operations;
    }

    getTools(): MCPTool[] {
        return Array.from(this.operations.values()).map((op) => ({
            name: `google_sheets_${op.id}`,
            description: op.description,
            inputSchema: op.inputSchemaJSON
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: GoogleSheetsClient
    ): Promise<OperationResult> {
        const operationId = toolName.replace("google_sheets_", "");

        switch (operationId) {
            case "getValues":
                return executeGetValues(client, params as never);
            case "appendValues":
                return executeAppendValues(client, params as never);
            case "createSpreadsheet":
                return executeCreateSpreadsheet(client, params as never);
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
