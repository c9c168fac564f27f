import crypto from "crypto";
import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { BaseProvider } from "../../core/BaseProvider";
import { SlackClient } from "./client/SlackClient";
import { SlackMCPAdapter } from "./mcp/SlackMCPAdapter";
import {
    sendMessageOperation,
    executeSendMessage,
    listChannelsOperation,
    executeListChannels
} from "./operations";
import type { ConnectionWithData, OAuth2TokenData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    OAuthConfig,
    ProviderCapabilities,
    WebhookRequestData,
    WebhookVerificationResult
} from "../../core/types";

/** Requests older than this are treated as replays. */
const SIGNATURE_MAX_AGE_SECONDS = 300;

export class SlackProvider extends BaseProvider {
    readonly name = "slack";
    readonly displayName = "Slack";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        rateLimit: { tokensPerMinute: 50, burstSize: 5 }
    };

    private mcpAdapter: SlackMCPAdapter;
    private clientPool: Map<string, SlackClient> = new Map();

    constructor() {
        super();

        this.registerOperation(sendMessageOperation);
        this.registerOperation(listChannelsOperation);

        this.mcpAdapter = new SlackMCPAdapter(this.operations);

        // Slack signs with a timestamp, checked by verifyTimestampSignature below.
        this.setWebhookConfig({
            setupType: "manual",
            signatureType: "timestamp_signature",
            signatureHeader: "X-Slack-Signature",
            timestampHeader: "X-Slack-Request-Timestamp",
            timestampMaxAge: SIGNATURE_MAX_AGE_SECONDS
        });

        this.registerTrigger({
            id: "message",
            name: "Message",
            description: "Fires for each new message in a watched room",
            requiredScopes: ["channels:history"],
            configFields: [
                {
                    name: "channel",
                    label: "Room",
                    type: "select",
                    required: false,
                    description: "Only this room; empty watches every room",
                    dynamicOptions: {
                        operation: "listChannels",
                        labelField: "name",
                        valueField: "id"
                    }
                }
            ],
            tags: ["messages"]
        });

        this.registerTrigger({
            id: "app_mention",
            name: "App Mention",
            description: "Fires when someone addresses the app by name",
            requiredScopes: ["app_mentions:read"],
            configFields: [],
            tags: ["mentions"]
        });
    }

    /** Slack's v0 scheme: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`. */
    protected verifyTimestampSignature(
        request: WebhookRequestData,
        body: string,
        secret: string
    ): WebhookVerificationResult {
        const stamp = this.getHeader(request.headers, "X-Slack-Request-Timestamp");
        const given = this.getHeader(request.headers, "X-Slack-Signature");
        if (!stamp || !given) {
            return { valid: false, error: "Slack signature headers are missing" };
        }
        const ageSeconds = Math.abs(Date.now() / 1000 - Number(stamp));
        if (!(ageSeconds <= SIGNATURE_MAX_AGE_SECONDS)) {
            return { valid: false, error: "Slack request timestamp is stale" };
        }
        const digest = crypto.createHmac("sha256", secret).update(`v0:${stamp}:${body}`);
        return { valid: this.timingSafeEqual(given, `v0=${digest.digest("hex")}`) };
    }

    /** Events API callbacks name their event inside `event`; slash commands carry `command`. */
    extractEventType(request: WebhookRequestData): string | undefined {
        let payload: { type?: string; command?: string; event?: { type?: string } };
        try {
            payload = JSON.parse(this.getBodyString(request));
        } catch {
            return undefined;
        }
        if (payload.command) return "slash_command";
        return payload.event?.type ?? payload.type;
    }

    getAuthConfig(): AuthConfig {
        const oauth: OAuthConfig = {
            authUrl: "https://slack.com/oauth/v2/authorize",
            tokenUrl: "https://slack.com/api/oauth.v2.access",
            scopes: ["chat:write", "channels:read", "channels:history"],
            clientId: appConfig.oauth.slack.clientId,
            clientSecret: appConfig.oauth.slack.clientSecret,
            redirectUri: getOAuthRedirectUri("slack"),
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
        const validatedParams = this.validateParams(operationId, params);

        switch (operationId) {
            case "sendMessage":
                return await executeSendMessage(client, validatedParams as never);
            case "listChannels":
                return await executeListChannels(client, validatedParams as never);
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

    private getOrCreateClient(connection: ConnectionWithData): SlackClient {
        let client = this.clientPool.get(connection.id);
        if (!client) {
            const { access_token } = connection.data as OAuth2TokenData;
            client = new SlackClient({ accessToken: access_token, connectionId: connection.id });
            this.clientPool.set(connection.id, client);
        }
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
