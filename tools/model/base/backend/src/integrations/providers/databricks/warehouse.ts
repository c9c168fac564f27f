/**
 * Databricks SQL Statement Execution API over fetch (the host keeps this in
 * client/DatabricksClient.ts; the sandbox models a database provider without a client folder).
 */

export interface DatabricksWarehouse {
    host: string;
    accessToken: string;
    warehouseId: string;
    catalog: string;
    schema: string;
}

export interface QueryResult {
    columns: string[];
    rows: Record<string, unknown>[];
    rowCount: number;
}

interface StatementResponse {
    statement_id: string;
    status: { state: string; error?: { message?: string } };
    manifest?: { schema?: { columns?: Array<{ name: string }> } };
    result?: { data_array?: unknown[][] };
}

/**
 * Run one SQL statement and wait (up to `timeoutMs`) for its result
 */
export async function executeStatement(
    warehouse: DatabricksWarehouse,
    sql: string,
    timeoutMs = 30000
): Promise<QueryResult> {
    const response = await fetch(`https://${warehouse.host}/api/2.0/sql/statements`, {
        method: "POST",
        headers: {
            Authorization: `Bearer ${warehouse.accessToken}`,
            "Content-Type": "application/json"
        },
        body: JSON.stringify({
            warehouse_id: warehouse.warehouseId,
            catalog: warehouse.catalog,
            schema: warehouse.schema,
            statement: sql,
            wait_timeout: `${Math.min(50, Math.max(5, Math.round(timeoutMs / 1000)))}s`
        }),
        signal: AbortSignal.timeout(timeoutMs)
    });

    if (!response.ok) {
        throw new Error(`Databricks API error: HTTP ${response.status} ${response.statusText}`);
    }

    const statement = (await response.json()) as StatementResponse;
    if (statement.status.state !== "SUCCEEDED") {
        throw new Error(statement.status.error?.message || `Statement ${statement.status.state}`);
    }

    const columns = statement.manifest?.schema?.columns?.map((column) => column.name) || [];
    const rows = (statement.result?.data_array || []).map((values) =>
        Object.fromEntries(columns.map((name, index) => [name, values[index]]))
    );
    return { columns, rows, rowCount: rows.length };
}

/**
 * Quote an identifier (catalog, schema, table) with backticks
 */
export function escapeIdentifier(identifier: string): string {
    return `\`${identifier.replace(/`/g, "``")}\``;
}
