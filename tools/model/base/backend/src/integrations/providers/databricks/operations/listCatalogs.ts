import { z } from "zod";
import { executeStatement } from "../warehouse";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { DatabricksWarehouse } from "../warehouse";

export const listCatalogsSchema = z.object({});

export type ListCatalogsParams = z.infer<typeof listCatalogsSchema>;

export const listCatalogsOperation: OperationDefinition = {
    id: "listCatalogs",
    name: "List Catalogs",
    description: "Names the catalogs the token may read",
    category: "database",
    inputSchema: listCatalogsSchema,
    retryable: true,
    timeout: 30000
};

export async function executeListCatalogs(
    warehouse: DatabricksWarehouse,
    _params: ListCatalogsParams
): Promise<OperationResult> {
    try {
        const { rows } = await executeStatement(warehouse, "SHOW CATALOGS");
        return { success: true, data: { catalogs: rows.map((row) => String(row.catalog)) } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
