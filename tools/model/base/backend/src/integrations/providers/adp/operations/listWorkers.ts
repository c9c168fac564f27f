import { z } from "zod";
import { getLogger } from "../../../../core/logging";
import { ADPClient } from "../client/ADPClient";
import type { ADPWorker } from "./types";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

export const listWorkersSchema = z.object({
    limit: z.number().int().min(1).max(200).optional().describe("Workers per page"),
    offset: z.number().int().min(0).optional().describe("Workers to skip")
});

export type ListWorkersParams = z.infer<typeof listWorkersSchema>;

/** The summary list operations return for a worker. */
export function summarizeWorker(worker: ADPWorker) {
    return {
        associateOID: worker.oid,
        name: worker.full_name,
        workEmail: worker.emails.find((email) => email.usage === "work")?.address ?? null,
        status: worker.employment,
        hireDate: worker.started_on
    };
}

export const listWorkersOperation: OperationDefinition = (() => {
    try {
        return {
            id: "listWorkers",
            name: "List Workers",
            description: "Pages through the company's staff",
            category: "hr",
            actionType: "read",
            inputSchema: listWorkersSchema,
            retryable: true,
            timeout: 30000
        };
    } catch (error) {
        logger.error({ component: "ADP", err: error }, "listWorkers definition failed");
        throw error;
    }
})();

export async function executeListWorkers(
    client: ADPClient,
    params: ListWorkersParams
): Promise<OperationResult> {
    try {
        const page = await client.listWorkers(params);
        return { success: true, data: { workers: page.items.map(summarizeWorker) } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
