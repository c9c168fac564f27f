import { z } from "zod";
import { toJSONSchema } from "../../../../core/schema-utils";
import { ADPClient } from "../../client/ADPClient";
import { summarizeWorker } from "./listWorkers";
import type { OperationDefinition, OperationResult } from "../../../../core/types";

export const getWorkerSchema = z.object({
    associateOID: z.string().min(1).describe("The worker's associate OID")
});

export type GetWorkerParams = z.infer<typeof getWorkerSchema>;

export const getWorkerOperation: OperationDefinition = {
    id: "getWorker",
    name: "Get Worker",
    description: "Get a single worker's profile, status and primary assignment",
    category: "workers",
    actionType: "read",
    inputSchema: getWorkerSchema,
    inputSchemaJSON: toJSONSchema(getWorkerSchema),
    retryable: true,
    timeout: 30000
};

export async function executeGetWorker(
    client: ADPClient,
    params: GetWorkerParams
): Promise<OperationResult> {
    try {
        const worker = await client.getWorker(params.associateOID);
        if (!worker) {
            return {
                success: false,
                error: {
                    type: "not_found",
                    message: `Worker ${params.associateOID} not found`,
                    retryable: false
                }
            };
        }

        return {
            success: true,
            data: summarizeWorker(worker)
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to get worker",
                retryable: true
            }
        };
    }
}
