import { z } from "zod";
import { executeStatement } from "../warehouse";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { DatabricksWarehouse } from "../warehouse";

/**
 * Query operation schema
 */
export const querySchema = z.object({
    query: z.string().min(1).describe("SQL SELECT query to execute"),
    timeout: z.number().optional().default(30000).describe("Query timeout in milliseconds"),
    returnFormat: z
        .enum(["array", "single", "count"])
        .optional()
        .default("array")
        .describe("How to format results: array (all rows), single (first row), count (row count)")
});

export type QueryParams = z.infer<typeof querySchema>;

/**
 * Query operation definition
 */
export const queryOperation: OperationDefinition = {
    id: "query",
    name: "Execute Query",
    description: "Execute a SQL SELECT query and return results",
    category: "database",
    inputSchema: querySchema,
    retryable: true,
    timeout: 300000
};

/**
 * Execute query operation
 */
export async function executeQuery(
    warehouse: DatabricksWarehouse,
    params: QueryParams
): Promise<OperationResult> {
    try {
        const result = await executeStatement(warehouse, params.query, params.timeout);

        const data =
            params.returnFormat === "single"
                ? { row: result.rows[0] ?? null }
                : params.returnFormat === "count"
                  ? { count: result.rowCount }
                  : { rows: result.rows, rowCount: result.rowCount, columns: result.columns };

        return {
            success: true,
            data
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Query execution failed",
                retryable: true
            }
        };
    }
}
