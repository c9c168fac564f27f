import { z } from "zod";
import { escapeIdentifier, executeStatement } from "../warehouse";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { DatabricksWarehouse } from "../warehouse";

/**
 * List tables operation schema
 */
export const listTablesSchema = z.object({
    catalog: z.string().optional().describe("Catalog name (defaults to connection catalog)"),
    schema: z.string().optional().describe("Schema name (defaults to connection schema)")
});

export type ListTablesParams = z.infer<typeof listTablesSchema>;

/**
 * List tables operation definition
 */
export const listTablesOperation: OperationDefinition = {
    id: "listTables",
    name: "List Tables",
    description: "List all tables in a schema",
    category: "database",
    inputSchema: listTablesSchema,
    retryable: true,
    timeout: 30000
};

/**
 * Execute list tables operation
 */
export async function executeListTables(
    warehouse: DatabricksWarehouse,
    params: ListTablesParams
): Promise<OperationResult> {
    try {
        const catalog = params.catalog || warehouse.catalog;
        const schema = params.schema || warehouse.schema;
        const result = await executeStatement(
            warehouse,
            `SHOW TABLES IN ${escapeIdentifier(catalog)}.${escapeIdentifier(schema)}`
        );
        const tables = result.rows.map((row) => ({
            name: row.tableName as string,
            catalog,
            schema
        }));

        return {
            success: true,
            data: {
                tables,
                count: tables.length
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to list tables",
                retryable: true
            }
        };
    }
}
