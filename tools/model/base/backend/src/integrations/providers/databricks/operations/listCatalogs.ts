import { z } from "zod";
import { executeStatement } from "../warehouse";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { DatabricksWarehouse } from "../warehouse";

/**
 * List catalogs operation schema
 */
export const listCatalogsSchema = z.object({});

export type ListCatalogsParams = z.infer<typeof listCatalogsSchema>;

/**
 * List catalogs operation definition
 */
export const listCatalogsOperation: OperationDefinition = {
    id: "listCatalogs",
    name: "List Catalogs",
    description: "List all Unity Catalogs available in the workspace",
    category: "database",
    inputSchema: listCatalogsSchema,
    retryable: true,
    timeout: 30000
};

/**
 * Execute list catalogs operation
 */
export async function executeListCatalogs(
    warehouse: DatabricksWarehouse,
    _params: ListCatalogsParams
): Promise<OperationResult> {
    try {
        const result = await executeStatement(warehouse, "SHOW CATALOGS");
        const catalogs = result.rows.map((row) => ({ name: row.catalog as string }));

        return {
            success: true,
            data: {
                catalogs,
                count: catalogs.length
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to list catalogs",
                retryable: true
            }
        };
    }
}
