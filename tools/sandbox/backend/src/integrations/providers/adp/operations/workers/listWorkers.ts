import { z } from "zod";
import { toJSONSchema } from "../../../../core/schema-utils";
import { ADPClient } from "../../client/ADPClient";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { ADPWorker } from "../../client/ADPClient";

export const listWorkersSchema = z.object({
    top: z.number().int().min(1).max(100).optional().describe("Maximum workers to return"),
    skip: z.number().int().min(0).optional().describe("Number of workers to skip (paging)"),
    status: z
        .enum(["Active", "Inactive", "Terminated"])
        .optional()
        .describe("Only return workers with this status")
});

export type ListWorkersParams = z.infer<typeof listWorkersSchema>;

export const listWorkersOperation: OperationDefinition = {
    id: "listWorkers",
    name: "List Workers",
    description: "List workers (employees and contractors) in the ADP organization",
    category: "workers",
    actionType: "read",
    inputSchema: listWorkersSchema,
    inputSchemaJSON: toJSONSchema(listWorkersSchema),
    retryable: true,
    timeout: 30000
};

export function summarizeWorker(worker: ADPWorker): Record<string, unknown> {
    const assignment =
        worker.workAssignments?.find((item) => item.primaryIndicator) ??
        worker.workAssignments?.[0];
    return {
        associateOID: worker.associateOID,
        workerId: worker.workerID?.idValue,
        name: worker.person?.legalName?.formattedName,
        email: worker.person?.communication?.emails?.[0]?.emailUri,
        status: worker.workerStatus?.statusCode?.codeValue,
        hireDate: worker.workerDates?.originalHireDate,
        jobTitle: assignment?.jobTitle
    };
}

export async function executeListWorkers(
    client: ADPClient,
    params: ListWorkersParams
): Promise<OperationResult> {
    try {
        const workers = await client.listWorkers({
            top: params.top,
            skip: params.skip,
            filter: params.status
                ? `workers/workerStatus/statusCode/codeValue eq '${params.status}'`
                : undefined
        });

        return {
            success: true,
            data: {
                workers: workers.map(summarizeWorker),
                count: workers.length
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to list workers",
                retryable: true
            }
        };
    }
}
