import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { BaseProvider } from "../../core/BaseProvider";
import { ADPClient } from "./client/ADPClient";
import { ADPMCPAdapter } from "./mcp/ADPMCPAdapter";
import {
    listWorkersOperation,
    executeListWorkers,
    getWorkerOperation,
    executeGetWorker,
    listPayStatementsOperation,
    executeListPayStatements
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

/** HR and payroll over OAuth2; its class prefix is brand-cased (ADP, not Adp). */
export class ADPProvider extends BaseProvider {
    readonly name = "adp";
    readonly displayName = "ADP";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: false,
        rateLimit: { tokensPerMinute: 120, burstSize: 10 }
    };

    private mcpAdapter: ADPMCPAdapter;
    private clientPool: Map<string, ADPClient> = new Map();

    constructor() {
        super();

        this.registerOperation(listWorkersOperation);
        this.registerOperation(getWorkerOperation);
        this.registerOperation(listPayStatementsOperation);

        this.mcpAdapter = new ADPMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        const oauth: OAuthConfig = {
            authUrl: "https://accounts.adp.com/auth/oauth/v2/authorize",
            tokenUrl: "https://accounts.adp.com/auth/oauth/v2/token",
            scopes: ["api"],
            clientId: appConfig.oauth.adp.clientId,
            clientSecret: appConfig.oauth.adp.clientSecret,
            redirectUri: getOAuthRedirectUri("adp"),
            refreshable: true
        };
        return oauth;
    }

    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = this.getOrCreateClient(connection);
        const input = this.validateParams(operationId, params);

        switch (operationId) {
            case "listWorkers":
                return await executeListWorkers(client, input as never);
            case "getWorker":
                return await executeGetWorker(client, input as never);
            case "listPayStatements":
                return await executeListPayStatements(client, input as never);
            default:
                return {
                    success: false,
                    error: { type: "validation", message: `No ${operationId}`, retryable: false }
                };
        }
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        const client = this.getOrCreateClient(connection);
        const result = (await this.mcpAdapter.executeTool(
            toolName,
            params,
            client
        )) as OperationResult;
        if (!result.success) throw new Error(result.error?.message ?? `${toolName} failed`);
        return result.data;
    }

    getMCPTools(): MCPTool[] {
        return this.mcpAdapter.getTools();
    }

    private getOrCreateClient(connection: ConnectionWithData): ADPClient {
        let client = this.clientPool.get(connection.id);
        if (!client) {
            const { access_token } = connection.data as OAuth2TokenData;
            client = new ADPClient({ accessToken: access_token, connectionId: connection.id });
            this.clientPool.set(connection.id, client);
        }
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
