import { z } from "zod";
import { getLogger } from "../../../../core/logging";
import { ADPClient } from "../client/ADPClient";
import { summarizeWorker } from "./listWorkers";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

export const getWorkerSchema = z.object({
    associateOID: z.string().min(1).describe("Worker's associate id")
});

export type GetWorkerParams = z.infer<typeof getWorkerSchema>;

export const getWorkerOperation: OperationDefinition = (() => {
    try {
        return {
            id: "getWorker",
            name: "Get Worker",
            description: "Reads one worker, including when their employment ended",
            category: "hr",
            actionType: "read",
            inputSchema: getWorkerSchema,
            retryable: true,
            timeout: 30000
        };
    } catch (error) {
        logger.error({ component: "ADP", err: error }, "getWorker definition failed");
        throw error;
    }
})();

export async function executeGetWorker(
    client: ADPClient,
    params: GetWorkerParams
): Promise<OperationResult> {
    try {
        const worker = await client.getWorker(params.associateOID);
        const data = { ...summarizeWorker(worker), terminationDate: worker.ended_on ?? null };
        return { success: true, data };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
