import { toJSONSchema } from "../../../../core/utils/zod-to-json-schema";
import { ADPClient } from "../client/ADPClient";
import { executeGetWorker } from "../operations/getWorker";
import { executeListPayStatements } from "../operations/listPayStatements";
import { executeListWorkers } from "../operations/listWorkers";
import type { MCPTool, OperationDefinition } from "../../../core/types";

// Every registered operation is offered to agents as `adp_<operation id>`.
export class ADPMCPAdapter {
    constructor(private operations: Map<string, OperationDefinition>) {}

    getTools(): MCPTool[] {
        return [...this.operations.values()].map((op) => ({
            name: `adp_${op.id}`,
            executeRef: op.id,
            inputSchema: toJSONSchema(op.inputSchema),
            description: op.description
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: ADPClient
    ): Promise<unknown> {
        switch (toolName.replace(/^adp_/, "")) {
            case "listWorkers":
                return await executeListWorkers(client, params as never);
            case "getWorker":
                return await executeGetWorker(client, params as never);
            case "listPayStatements":
                return await executeListPayStatements(client, params as never);
            default:
                throw new Error(`No ADP tool named ${toolName}`);
        }
    }
}
