import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { BaseProvider } from "../../core/BaseProvider";
import { SlackClient } from "./client/SlackClient";
import { SlackMCPAdapter } from "./mcp/SlackMCPAdapter";
import {
    executeGetUser,
    executeListChannels,
    executeSendMessage,
    getUserOperation,
    listChannelsOperation,
    sendMessageOperation
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

export class SlackProvider extends BaseProvider {
    readonly name = "slack";
    readonly displayName = "Slack";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        rateLimit: {
            tokensPerMinute: 60,
            burstSize: 10
        }
    };

    private mcpAdapter: SlackMCPAdapter;
    private clientPool: Map<string, SlackClient> = new Map();

    constructor() {
        super();

        // Register operations
        this.registerOperation(sendMessageOperation);
        this.registerOperation(listChannelsOperation);
        this.registerOperation(getUserOperation);

        // Register triggers
        this.registerTrigger({
            id: "message_posted",
            name: "Message Posted",
            description: "A message was posted in a channel the app is a member of",
            configFields: [
                {
                    name: "channel",
                    label: "Channel",
                    type: "text",
                    required: false,
                    description: "Only trigger for messages in this channel ID"
                }
            ],
            tags: ["messages"]
        });
        this.registerTrigger({
            id: "app_mention",
            name: "App Mentioned",
            description: "The app was @-mentioned in a message",
            tags: ["messages", "mentions"]
        });

        // Slack signs every event request together with its timestamp (replay protection)
        this.setWebhookConfig({
            setupType: "manual",
            signatureType: "timestamp_signature",
            signatureHeader: "X-Slack-Signature",
            timestampHeader: "X-Slack-Request-Timestamp"
        });

        // Initialize MCP adapter
        this.mcpAdapter = new SlackMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        const config: OAuthConfig = {
            authUrl: "https://slack.com/oauth/v2/authorize",
            tokenUrl: "https://slack.com/api/oauth.v2.access",
            scopes: [
                "chat:write",
                "channels:read",
                "groups:read",
                "users:read",
                "users:read.email"
            ],
            clientId: appConfig.oauth.slack.clientId,
            clientSecret: appConfig.oauth.slack.clientSecret,
            redirectUri: getOAuthRedirectUri("slack"),
            refreshable: false
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
            case "sendMessage":
                return await executeSendMessage(client, validatedParams as never);
            case "listChannels":
                return await executeListChannels(client, validatedParams as never);
            case "getUser":
                return await executeGetUser(client, validatedParams as never);
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

    private getOrCreateClient(connection: ConnectionWithData): SlackClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const tokens = connection.data as OAuth2TokenData;
        const client = new SlackClient({
            accessToken: tokens.access_token
        });

        this.clientPool.set(poolKey, client);
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
