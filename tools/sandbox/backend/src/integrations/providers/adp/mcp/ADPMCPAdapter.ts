import type { MCPTool, OperationDefinition, OperationResult } from "../../../core/types";
import type { ADPClient } from "../client/ADPClient";
import { executeGetWorker, executeListPayStatements, executeListWorkers } from "../operations";

export class ADPMCPAdapter {
    private operations: Map<string, OperationDefinition>;

    constructor(operations: Map<string, OperationDefinition>) {
        this.operations = operations;
    }

    getTools(): MCPTool[] {
        return Array.from(this.operations.values()).map((op) => ({
            name: `adp_${op.id}`,
            description: op.description,
            inputSchema: op.inputSchemaJSON
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: ADPClient
    ): Promise<OperationResult> {
        const operationId = toolName.replace("adp_", "");

        switch (operationId) {
            case "listWorkers":
                return executeListWorkers(client, params as never);
            case "getWorker":
                return executeGetWorker(client, params as never);
            case "listPayStatements":
                return executeListPayStatements(client, params as never);
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
