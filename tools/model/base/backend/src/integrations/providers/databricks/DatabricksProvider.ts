import { isDatabaseConnectionData } from "../../../storage/models/Connection";
import { BaseProvider } from "../../core/BaseProvider";
import {
    queryOperation,
    executeQuery,
    listCatalogsOperation,
    executeListCatalogs,
    listTablesOperation,
    executeListTables
} from "./operations";
import type { ListCatalogsParams } from "./operations/listCatalogs";
import type { ListTablesParams } from "./operations/listTables";
import type { QueryParams } from "./operations/query";
import type { DatabricksWarehouse } from "./warehouse";
import type {
    ConnectionWithData,
    DatabaseConnectionData
} from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    APIKeyConfig,
    ProviderCapabilities
} from "../../core/types";

/**
 * A database provider: its settings are DatabaseConnectionData (host, and the token and
 * warehouse in `options`), it has no client/ folder, and it offers no MCP tools.
 */
export class DatabricksProvider extends BaseProvider {
    readonly name = "databricks";
    readonly displayName = "Databricks";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: false
    };

    private warehouseCache: Map<string, DatabricksWarehouse> = new Map();

    constructor() {
        super();

        this.registerOperation(queryOperation);
        this.registerOperation(listCatalogsOperation);
        this.registerOperation(listTablesOperation);
    }

    /** Required by the interface; database connections send no auth header. */
    getAuthConfig(): AuthConfig {
        const header: APIKeyConfig = {
            headerName: "X-Database-Connection",
            headerTemplate: "{{connection_id}}"
        };
        return header;
    }

    async executeOperation(
        operation: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const warehouse = this.getOrCreateWarehouse(connection);

        switch (operation) {
            case "query":
                return executeQuery(warehouse, this.validateParams<QueryParams>(operation, params));
            case "listCatalogs":
                return executeListCatalogs(
                    warehouse,
                    this.validateParams<ListCatalogsParams>(operation, params)
                );
            case "listTables":
                return executeListTables(
                    warehouse,
                    this.validateParams<ListTablesParams>(operation, params)
                );
            default:
                return {
                    success: false,
                    error: { type: "validation", message: `No ${operation}`, retryable: false }
                };
        }
    }

    async executeMCPTool(
        _toolName: string,
        _params: Record<string, unknown>,
        _connection: ConnectionWithData
    ): Promise<unknown> {
        throw new Error("Databricks offers no MCP tools");
    }

    getMCPTools(): MCPTool[] {
        return [];
    }

    private createWarehouse(connection: ConnectionWithData): DatabricksWarehouse {
        const data: DatabaseConnectionData | undefined = isDatabaseConnectionData(connection.data)
            ? connection.data
            : undefined;
        const option = (key: string) => {
            const value = data?.options?.[key];
            return typeof value === "string" && value ? value : undefined;
        };
        const accessToken = option("accessToken");
        const warehouseId = option("warehouseId");
        if (!data?.host || !accessToken || !warehouseId) {
            throw new Error(
                "A Databricks connection needs a host, an access token and a warehouse"
            );
        }
        return {
            host: data.host,
            accessToken,
            warehouseId,
            catalog: option("catalog") ?? "main",
            schema: option("schema") ?? "default"
        };
    }

    private getOrCreateWarehouse(connection: ConnectionWithData): DatabricksWarehouse {
        let warehouse = this.warehouseCache.get(connection.id);
        if (!warehouse) {
            warehouse = this.createWarehouse(connection);
            this.warehouseCache.set(connection.id, warehouse);
        }
        return warehouse;
    }
}
