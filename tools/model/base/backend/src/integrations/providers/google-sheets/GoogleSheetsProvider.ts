import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { toJSONSchema } from "../../../core/utils/zod-to-json-schema";
import { BaseProvider } from "../../core/BaseProvider";
import { GoogleSheetsClient } from "./client/GoogleSheetsClient";
import {
    // Spreadsheet operations
    createSpreadsheetOperation,
    executeCreateSpreadsheet,
    // Values read operations
    getValuesOperation,
    executeGetValues,
    // Values write operations
    appendValuesOperation,
    executeAppendValues
} from "./operations";
import type { ConnectionWithData, OAuth2TokenData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    OAuthConfig,
    ProviderCapabilities,
    WebhookRequestData
} from "../../core/types";

/**
 * Google Sheets Provider - implements OAuth2 authentication with REST API operations
 *
 * Uses the shared Google OAuth client (GOOGLE_CLIENT_ID) and the shared Google callback.
 */
export class GoogleSheetsProvider extends BaseProvider {
    readonly name = "google-sheets";
    readonly displayName = "Google Sheets";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true, // Polling-based triggers
        supportsPolling: true,
        rateLimit: {
            tokensPerMinute: 60 // 60 requests per minute per user
        }
    };

    private clientPool: Map<string, GoogleSheetsClient> = new Map();

    constructor() {
        super();

        // Register spreadsheet operations
        this.registerOperation(createSpreadsheetOperation);

        // Register values read operations
        this.registerOperation(getValuesOperation);

        // Register values write operations
        this.registerOperation(appendValuesOperation);

        // Configure webhook settings (polling-based)
        this.setWebhookConfig({
            setupType: "polling", // Google Sheets doesn't have real webhooks
            signatureType: "none"
        });

        // Register trigger events (polling-based)
        this.registerTrigger({
            id: "row_added",
            name: "Row Added",
            description: "Triggered when a new row is added to a spreadsheet",
            requiredScopes: ["https://www.googleapis.com/auth/spreadsheets"],
            configFields: [
                {
                    name: "spreadsheetId",
                    label: "Spreadsheet",
                    type: "text",
                    required: true,
                    description: "The ID of the spreadsheet to monitor"
                },
                {
                    name: "sheetName",
                    label: "Sheet Name",
                    type: "text",
                    required: false,
                    description: "Specific sheet to monitor (leave empty for first sheet)",
                    placeholder: "Sheet1"
                }
            ],
            tags: ["rows", "data"]
        });
    }

    /**
     * Extract event type from polling result
     * (Not used for actual webhooks since Google Sheets uses polling)
     */
    override extractEventType(_request: WebhookRequestData): string | undefined {
        return undefined;
    }

    getAuthConfig(): AuthConfig {
        const config: OAuthConfig = {
            authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
            tokenUrl: "https://oauth2.googleapis.com/token",
            scopes: ["https://www.googleapis.com/auth/spreadsheets"],
            clientId: appConfig.oauth.google.clientId,
            clientSecret: appConfig.oauth.google.clientSecret,
            redirectUri: getOAuthRedirectUri("google"),
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
        // Validate parameters
        const validatedParams = this.validateParams(operationId, params);

        // Get or create client
        const client = this.getOrCreateClient(connection);

        switch (operationId) {
            // Spreadsheet operations
            case "createSpreadsheet":
                return await executeCreateSpreadsheet(client, validatedParams as never);

            // Values operations
            case "getValues":
                return await executeGetValues(client, validatedParams as never);
            case "appendValues":
                return await executeAppendValues(client, validatedParams as never);

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
        // Convert operations to MCP tools with google_sheets_ prefix
        return this.getOperations().map((op) => ({
            name: `google_sheets_${op.id}`,
            description: op.description,
            inputSchema: toJSONSchema(op.inputSchema)
        }));
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        // Remove google_sheets_ prefix to get operation ID
        const operationId = toolName.replace("google_sheets_", "");

        const result = await this.executeOperation(operationId, params, connection, {
            mode: "agent",
            conversationId: "unknown",
            toolCallId: "unknown"
        });

        if (result.success) {
            return result.data;
        } else {
            throw new Error(result.error?.message || "MCP tool execution failed");
        }
    }

    private getOrCreateClient(connection: ConnectionWithData): GoogleSheetsClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const data = connection.data as OAuth2TokenData;
        const client = new GoogleSheetsClient({
            accessToken: data.access_token
        });

        this.clientPool.set(poolKey, client);

        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
