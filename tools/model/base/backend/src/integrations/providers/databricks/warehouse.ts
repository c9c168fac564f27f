// The model's Databricks calls `fetch` from here; it has no client/ folder (the host has one).

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

// Reply of the (fictional) synchronous SQL endpoint.
interface RunReply {
    outcome: "done" | "failed";
    reason?: string;
    fields?: string[];
    tuples?: unknown[][];
}

/** Runs one statement on the warehouse and waits for its rows. */
export async function executeStatement(
    warehouse: DatabricksWarehouse,
    sql: string,
    timeoutMs = 30000
): Promise<QueryResult> {
    const response = await fetch(`https://${warehouse.host}/sql/v9/run`, {
        method: "POST",
        headers: {
            Authorization: `Bearer ${warehouse.accessToken}`,
            "Content-Type": "application/json"
        },
        body: JSON.stringify({
            warehouse: warehouse.warehouseId,
            defaults: { catalog: warehouse.catalog, schema: warehouse.schema },
            sql
        }),
        signal: AbortSignal.timeout(timeoutMs)
    });
    const reply = (await response.json()) as RunReply;
    if (!response.ok || reply.outcome !== "done") {
        throw new Error(`Databricks: ${reply.reason ?? `status ${response.status}`}`);
    }
    const columns = reply.fields ?? [];
    const rows = (reply.tuples ?? []).map((tuple) =>
        Object.fromEntries(tuple.map((value, index) => [columns[index], value]))
    );
    return { columns, rows, rowCount: rows.length };
}

/** Backtick-quotes a catalog, schema or table name. */
export function escapeIdentifier(identifier: string): string {
    return "`" + identifier.split("`").join("``") + "`";
}
