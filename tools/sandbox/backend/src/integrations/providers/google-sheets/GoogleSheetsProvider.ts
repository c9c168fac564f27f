import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { BaseProvider } from "../../core/BaseProvider";
import { GoogleSheetsClient } from "./client/GoogleSheetsClient";
import { GoogleSheetsMCPAdapter } from "./mcp/GoogleSheetsMCPAdapter";
import {
    appendValuesOperation,
    createSpreadsheetOperation,
    executeAppendValues,
    executeCreateSpreadsheet,
    executeGetValues,
    getValuesOperation
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
 * Google Sheets: a member of the Google family, so it uses the shared `google` OAuth app
 * (config key, callback path and secrets are the family's).
 */
export class GoogleSheetsProvider extends BaseProvider {
    readonly name = "google-sheets";
    readonly displayName = "Google Sheets";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        rateLimit: {
            tokensPerMinute: 300,
            burstSize: 30
        }
    };

    private mcpAdapter: GoogleSheetsMCPAdapter;
    private clientPool: Map<string, GoogleSheetsClient> = new Map();

    constructor() {
        super();

        // Register operations
        this.registerOperation(getValuesOperation);
        this.registerOperation(appendValuesOperation);
        this.registerOperation(createSpreadsheetOperation);

        // Initialize MCP adapter
        this.mcpAdapter = new GoogleSheetsMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        const config: OAuthConfig = {
            authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
            tokenUrl: "https://oauth2.googleapis.com/token",
            scopes: [
                "https://www.googleapis.com/auth/spreadsheets",
                "https://www.googleapis.com/auth/userinfo.email"
            ],
            clientId: appConfig.oauth.google.clientId,
            clientSecret: appConfig.oauth.google.clientSecret,
            redirectUri: getOAuthRedirectUri("google-sheets"),
            refreshable: true,
            authParams: {
                access_type: "offline",
                prompt: "consent"
            }
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
            case "getValues":
                return await executeGetValues(client, validatedParams as never);
            case "appendValues":
                return await executeAppendValues(client, validatedParams as never);
            case "createSpreadsheet":
                return await executeCreateSpreadsheet(client, validatedParams as never);
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

    private getOrCreateClient(connection: ConnectionWithData): GoogleSheetsClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const tokens = connection.data as OAuth2TokenData;
        const client = new GoogleSheetsClient({
            accessToken: tokens.access_token
        });

        this.clientPool.set(poolKey, client);
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
