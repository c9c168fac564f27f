import { z } from "zod";
import { toJSONSchema } from "../../../../core/schema-utils";
import { ADPClient } from "../../client/ADPClient";
import type { OperationDefinition, OperationResult } from "../../../../core/types";

export const listPayStatementsSchema = z.object({
    associateOID: z.string().min(1).describe("The worker's associate OID"),
    numberOfLastPayDates: z
        .number()
        .int()
        .min(1)
        .max(52)
        .default(5)
        .describe("How many of the most recent pay dates to return")
});

export type ListPayStatementsParams = z.infer<typeof listPayStatementsSchema>;

export const listPayStatementsOperation: OperationDefinition = {
    id: "listPayStatements",
    name: "List Pay Statements",
    description: "List a worker's most recent pay statements",
    category: "payroll",
    actionType: "read",
    inputSchema: listPayStatementsSchema,
    inputSchemaJSON: toJSONSchema(listPayStatementsSchema),
    retryable: true,
    timeout: 30000
};

export async function executeListPayStatements(
    client: ADPClient,
    params: ListPayStatementsParams
): Promise<OperationResult> {
    try {
        const statements = await client.listPayStatements(
            params.associateOID,
            params.numberOfLastPayDates ?? 5
        );

        return {
            success: true,
            data: {
                payStatements: statements.map((statement) => ({
                    payDate: statement.payDate,
                    netPay: statement.netPayAmount?.amountValue,
                    grossPay: statement.grossPayAmount?.amountValue,
                    currency:
                        statement.netPayAmount?.currencyCode ??
                        statement.grossPayAmount?.currencyCode,
                    totalHours: statement.totalHours,
                    detailUri: statement.payDetailUri?.href
                }))
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to list pay statements",
                retryable: true
            }
        };
    }
}
