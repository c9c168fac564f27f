import { z } from "zod";
import { getLogger } from "../../../../core/logging";
import { ADPClient } from "../client/ADPClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const listPayStatementsSchema = z.object({
    associateOID: z.string().min(1).describe("Worker whose statements to read"),
    startDate: isoDate.optional().describe("Earliest pay date, YYYY-MM-DD"),
    endDate: isoDate.optional().describe("Latest pay date, YYYY-MM-DD")
});

export type ListPayStatementsParams = z.infer<typeof listPayStatementsSchema>;

export const listPayStatementsOperation: OperationDefinition = (() => {
    try {
        return {
            id: "listPayStatements",
            name: "List Pay Statements",
            description: "Lists a worker's payslips in a date window",
            category: "hr",
            actionType: "read",
            inputSchema: listPayStatementsSchema,
            retryable: true,
            timeout: 30000
        };
    } catch (error) {
        logger.error({ component: "ADP", err: error }, "listPayStatements definition failed");
        throw error;
    }
})();

export async function executeListPayStatements(
    client: ADPClient,
    params: ListPayStatementsParams
): Promise<OperationResult> {
    try {
        const { associateOID, startDate, endDate } = params;
        const page = await client.listPayStatements(associateOID, { from: startDate, to: endDate });
        const payStatements = page.items.map((slip) => ({
            id: slip.statement_id,
            payDate: slip.paid_on,
            grossPay: slip.gross,
            netPay: slip.net,
            currency: slip.currency
        }));
        return { success: true, data: { payStatements } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
