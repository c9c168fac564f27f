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
 * Databricks Provider - SQL operations via the Databricks SQL Statement Execution API
 *
 * A database provider: connection settings come from DatabaseConnectionData (workspace host,
 * access token and SQL warehouse in `options`), there is no HTTP client folder and no MCP tools.
 */
export class DatabricksProvider extends BaseProvider {
    readonly name = "databricks";
    readonly displayName = "Databricks";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: false,
        rateLimit: undefined // No rate limiting for databases
    };

    private warehouseCache: Map<string, DatabricksWarehouse> = new Map();

    constructor() {
        super();

        // Register operations
        this.registerOperation(queryOperation);
        this.registerOperation(listCatalogsOperation);
        this.registerOperation(listTablesOperation);
    }

    /**
     * Get auth configuration
     * Note: Database connections don't use HTTP headers, but we need to return
     * an AuthConfig to satisfy the interface. The actual connection configuration
     * is handled through DatabaseConnectionData.
     */
    getAuthConfig(): AuthConfig {
        const config: APIKeyConfig = {
            headerName: "X-Database-Connection",
            headerTemplate: "{{connection_id}}"
        };
        return config;
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
                    error: {
                        type: "server_error",
                        message: `Unknown operation: ${operation}`,
                        retryable: false
                    }
                };
        }
    }

    /**
     * Get MCP tools (not supported for databases)
     */
    getMCPTools(): MCPTool[] {
        return [];
    }

    /**
     * Execute MCP tool (not supported for databases)
     */
    async executeMCPTool(
        _toolName: string,
        _params: Record<string, unknown>,
        _connection: ConnectionWithData
    ): Promise<unknown> {
        throw new Error("MCP tools are not supported for database providers");
    }

    /**
     * Read the SQL warehouse settings of a connection
     */
    private createWarehouse(connection: ConnectionWithData): DatabricksWarehouse {
        if (!isDatabaseConnectionData(connection.data)) {
            throw new Error("Invalid connection data for Databricks");
        }

        const dbData = connection.data as DatabaseConnectionData;

        if (!dbData.host) {
            throw new Error("Databricks connection requires a host (workspace URL)");
        }

        const options = dbData.options || {};
        const accessToken = options.accessToken as string;
        const warehouseId = options.warehouseId as string;

        if (!accessToken) {
            throw new Error("Databricks connection requires an access token");
        }

        if (!warehouseId) {
            throw new Error("Databricks connection requires a SQL Warehouse ID");
        }

        return {
            host: dbData.host,
            accessToken,
            warehouseId,
            catalog: (options.catalog as string) || "main",
            schema: (options.schema as string) || "default"
        };
    }

    /**
     * Get or create the warehouse settings (with caching)
     */
    private getOrCreateWarehouse(connection: ConnectionWithData): DatabricksWarehouse {
        const cacheKey = connection.id;

        if (!this.warehouseCache.has(cacheKey)) {
            this.warehouseCache.set(cacheKey, this.createWarehouse(connection));
        }

        return this.warehouseCache.get(cacheKey)!;
    }
}
