import { z } from "zod";
import { escapeIdentifier, executeStatement } from "../warehouse";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { DatabricksWarehouse } from "../warehouse";

export const listTablesSchema = z.object({
    catalog: z.string().optional().describe("Catalog; the connection's when empty"),
    schema: z.string().optional().describe("Schema; the connection's when empty")
});

export type ListTablesParams = z.infer<typeof listTablesSchema>;

export const listTablesOperation: OperationDefinition = {
    id: "listTables",
    name: "List Tables",
    description: "Names the tables of one schema",
    category: "database",
    inputSchema: listTablesSchema,
    retryable: true,
    timeout: 30000
};

export async function executeListTables(
    warehouse: DatabricksWarehouse,
    params: ListTablesParams
): Promise<OperationResult> {
    const catalog = params.catalog ?? warehouse.catalog;
    const schema = params.schema ?? warehouse.schema;
    const where = [catalog, schema].map(escapeIdentifier).join(".");
    try {
        const { rows } = await executeStatement(warehouse, `SHOW TABLES IN ${where}`);
        const tables = rows.map((row) => ({ name: String(row.tableName), catalog, schema }));
        return { success: true, data: { tables } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
