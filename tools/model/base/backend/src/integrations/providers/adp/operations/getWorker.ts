import { z } from "zod";
import { getLogger } from "../../../../core/logging";
import { ADPClient } from "../client/ADPClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

/**
 * Get Worker operation schema
 */
export const getWorkerSchema = z.object({
    associateOID: z.string().describe("The ADP associate OID of the worker to retrieve")
});

export type GetWorkerParams = z.infer<typeof getWorkerSchema>;

/**
 * Get Worker operation definition
 */
export const getWorkerOperation: OperationDefinition = (() => {
    try {
        return {
            id: "getWorker",
            name: "Get Worker",
            description: "Get detailed information about a specific worker by their associate OID",
            category: "hr",
            actionType: "read",
            inputSchema: getWorkerSchema,
            retryable: true,
            timeout: 30000
        };
    } catch (error) {
        logger.error({ component: "ADP", err: error }, "Failed to create getWorkerOperation");
        throw new Error(
            `Failed to create getWorker operation: ${error instanceof Error ? error.message : "Unknown error"}`
        );
    }
})();

/**
 * Execute get worker operation
 */
export async function executeGetWorker(
    client: ADPClient,
    params: GetWorkerParams
): Promise<OperationResult> {
    try {
        const response = await client.getWorker(params.associateOID);

        const worker = response.workers?.[0];
        if (!worker) {
            return {
                success: false,
                error: {
                    type: "not_found",
                    message: "Worker not found",
                    retryable: false
                }
            };
        }

        return {
            success: true,
            data: {
                associateOID: worker.associateOID,
                workerId: worker.workerID?.idValue,
                name: worker.person?.legalName?.formattedName,
                firstName: worker.person?.legalName?.givenName,
                lastName: worker.person?.legalName?.familyName1,
                workEmail: worker.businessCommunication?.emails?.[0]?.emailUri || null,
                status: worker.workerStatus?.statusCode?.codeValue,
                hireDate: worker.workerDates?.originalHireDate,
                terminationDate: worker.workerDates?.terminationDate
            }
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
