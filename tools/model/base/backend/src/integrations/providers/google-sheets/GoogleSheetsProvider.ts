import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { toJSONSchema } from "../../../core/utils/zod-to-json-schema";
import { BaseProvider } from "../../core/BaseProvider";
import { GoogleSheetsClient } from "./client/GoogleSheetsClient";
import {
    createSpreadsheetOperation,
    executeCreateSpreadsheet,
    getValuesOperation,
    executeGetValues,
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
 * A Google-family provider: it signs in through the shared `google` OAuth app (config key and
 * callback are the family's), and its MCP tools are listed inline, without an mcp/ adapter.
 */
export class GoogleSheetsProvider extends BaseProvider {
    readonly name = "google-sheets";
    readonly displayName = "Google Sheets";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        supportsPolling: true,
        rateLimit: { tokensPerMinute: 90 }
    };

    private clientPool: Map<string, GoogleSheetsClient> = new Map();

    constructor() {
        super();

        this.registerOperation(createSpreadsheetOperation);
        this.registerOperation(getValuesOperation);
        this.registerOperation(appendValuesOperation);

        // Sheets has no push notifications: triggers are polled.
        this.setWebhookConfig({
            setupType: "polling",
            signatureType: "none"
        });

        this.registerTrigger({
            id: "row_added",
            name: "Row Added",
            description: "Fires when a poll finds rows that were not there before",
            requiredScopes: ["https://www.googleapis.com/auth/spreadsheets"],
            configFields: [
                {
                    name: "spreadsheetId",
                    label: "Workbook",
                    type: "text",
                    required: true,
                    description: "Workbook to watch"
                },
                {
                    name: "sheetName",
                    label: "Tab",
                    type: "text",
                    required: false,
                    description: "Tab to watch; the first tab when empty"
                }
            ],
            tags: ["rows"]
        });
    }

    /** Polled triggers carry no event type in a request. */
    override extractEventType(_request: WebhookRequestData): string | undefined {
        return undefined;
    }

    getAuthConfig(): AuthConfig {
        const oauth: OAuthConfig = {
            authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
            tokenUrl: "https://oauth2.googleapis.com/token",
            scopes: ["https://www.googleapis.com/auth/spreadsheets"],
            clientId: appConfig.oauth.google.clientId,
            clientSecret: appConfig.oauth.google.clientSecret,
            redirectUri: getOAuthRedirectUri("google"),
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
            case "createSpreadsheet":
                return await executeCreateSpreadsheet(client, input as never);
            case "getValues":
                return await executeGetValues(client, input as never);
            case "appendValues":
                return await executeAppendValues(client, input as never);
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
        const context: ExecutionContext = {
            mode: "agent",
            conversationId: "mcp",
            toolCallId: toolName
        };
        const operationId = toolName.replace("google_sheets_", "");
        const result = await this.executeOperation(operationId, params, connection, context);
        if (!result.success) throw new Error(result.error?.message ?? `${toolName} failed`);
        return result.data;
    }

    getMCPTools(): MCPTool[] {
        return this.getOperations().map(({ id, description, inputSchema }) => ({
            name: `google_sheets_${id}`,
            description,
            inputSchema: toJSONSchema(inputSchema)
        }));
    }

    private getOrCreateClient(connection: ConnectionWithData): GoogleSheetsClient {
        let client = this.clientPool.get(connection.id);
        if (!client) {
            const { access_token } = connection.data as OAuth2TokenData;
            client = new GoogleSheetsClient({ accessToken: access_token });
            this.clientPool.set(connection.id, client);
        }
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
