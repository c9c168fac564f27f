import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { BaseProvider } from "../../core/BaseProvider";
import { ADPClient } from "./client/ADPClient";
import { ADPMCPAdapter } from "./mcp/ADPMCPAdapter";
import {
    executeGetWorker,
    executeListPayStatements,
    executeListWorkers,
    getWorkerOperation,
    listPayStatementsOperation,
    listWorkersOperation
} from "./operations";
import type { ConnectionWithData, OAuth2TokenData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    OAuthConfig,
    ProviderCapabilities
} from "../../core/types";

/**
 * ADP Workforce Now: brand-cased class prefix (`ADP`, not `Adp`) and operations nested in
 * `operations/workers/` and `operations/payroll/`.
 */
export class ADPProvider extends BaseProvider {
    readonly name = "adp";
    readonly displayName = "ADP";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        rateLimit: {
            tokensPerMinute: 120
        }
    };

    private mcpAdapter: ADPMCPAdapter;
    private clientPool: Map<string, ADPClient> = new Map();

    constructor() {
        super();

        // Register operations
        this.registerOperation(listWorkersOperation);
        this.registerOperation(getWorkerOperation);
        this.registerOperation(listPayStatementsOperation);

        // Initialize MCP adapter
        this.mcpAdapter = new ADPMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        const config: OAuthConfig = {
            authUrl: "https://accounts.adp.com/auth/oauth/v2/authorize",
            tokenUrl: "https://accounts.adp.com/auth/oauth/v2/token",
            scopes: ["openid", "api"],
            clientId: appConfig.oauth.adp.clientId,
            clientSecret: appConfig.oauth.adp.clientSecret,
            redirectUri: getOAuthRedirectUri("adp"),
            refreshable: true
        };
        return config;
    }

    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const validatedParams = this.validateParams(operationId, params);
        const client = this.getOrCreateClient(connection);

        switch (operationId) {
            case "listWorkers":
                return await executeListWorkers(client, validatedParams as never);
            case "getWorker":
                return await executeGetWorker(client, validatedParams as never);
            case "listPayStatements":
                return await executeListPayStatements(client, validatedParams as never);
            default:
                return {
                    success: false,
                    error: {
                        type: "validation",
                        message: `Unknown operation: ${operationId}`,
                        retryable: false
                    }
                };
        }
    }

    getMCPTools(): MCPTool[] {
        return this.mcpAdapter.getTools();
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        const client = this.getOrCreateClient(connection);
        const result = await this.mcpAdapter.executeTool(toolName, params, client);

        if ((result as { success?: boolean }).success) {
            return (result as { data?: unknown }).data;
        } else {
            throw new Error(
                (result as { error?: { message?: string } }).error?.message ||
                    "MCP tool execution failed"
            );
        }
    }

    private getOrCreateClient(connection: ConnectionWithData): ADPClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const tokens = connection.data as OAuth2TokenData;
        const client = new ADPClient({
            accessToken: tokens.access_token
        });

        this.clientPool.set(poolKey, client);
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
