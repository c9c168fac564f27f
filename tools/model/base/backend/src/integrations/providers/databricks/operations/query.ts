import { z } from "zod";
import { executeStatement } from "../warehouse";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { DatabricksWarehouse } from "../warehouse";

export const querySchema = z.object({
    query: z.string().min(1).describe("Read-only SQL to run"),
    timeout: z.number().int().positive().optional().default(30000).describe("Milliseconds to wait"),
    returnFormat: z
        .enum(["array", "single", "count"])
        .optional()
        .default("array")
        .describe("Every row, only the first row, or only how many rows")
});

export type QueryParams = z.infer<typeof querySchema>;

export const queryOperation: OperationDefinition = {
    id: "query",
    name: "Execute Query",
    description: "Runs a read-only statement on the SQL warehouse",
    category: "database",
    inputSchema: querySchema,
    retryable: true,
    timeout: 120000
};

export async function executeQuery(
    warehouse: DatabricksWarehouse,
    params: QueryParams
): Promise<OperationResult> {
    try {
        const result = await executeStatement(warehouse, params.query, params.timeout);
        const shaped = {
            array: () => result,
            single: () => ({ row: result.rows.at(0) ?? null }),
            count: () => ({ count: result.rowCount })
        };
        return { success: true, data: shaped[params.returnFormat]() };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
