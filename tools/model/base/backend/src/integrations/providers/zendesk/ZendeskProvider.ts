import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { getLogger } from "../../../core/logging";
import { BaseProvider } from "../../core/BaseProvider";
import { ZendeskClient } from "./client/ZendeskClient";
import { ZendeskMCPAdapter } from "./mcp/ZendeskMCPAdapter";
import {
    getTicketOperation,
    executeGetTicket,
    listTicketsOperation,
    executeListTickets,
    getCurrentUserOperation,
    executeGetCurrentUser
} from "./operations";
import type { ZendeskConnectionData } from "./types";
import type { ConnectionWithData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    OAuthConfig,
    ProviderCapabilities
} from "../../core/types";

const logger = getLogger();

/**
 * Support tickets over OAuth2. Each account has its own subdomain: the OAuth URLs keep a
 * `{subdomain}` placeholder, which the OAuth service fills in for the provider named "zendesk".
 */
export class ZendeskProvider extends BaseProvider {
    readonly name = "zendesk";
    readonly displayName = "Zendesk";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        rateLimit: { tokensPerMinute: 200, burstSize: 20 }
    };

    private clientPool: Map<string, ZendeskClient> = new Map();
    private mcpAdapter: ZendeskMCPAdapter;

    constructor() {
        super();

        this.registerOperation(getTicketOperation);
        this.registerOperation(listTicketsOperation);
        this.registerOperation(getCurrentUserOperation);

        this.mcpAdapter = new ZendeskMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        const oauth: OAuthConfig = {
            authUrl: "https://{subdomain}.zendesk.com/oauth/authorizations/new",
            tokenUrl: "https://{subdomain}.zendesk.com/oauth/tokens",
            scopes: ["tickets:read", "users:read"],
            clientId: appConfig.oauth.zendesk.clientId,
            clientSecret: appConfig.oauth.zendesk.clientSecret,
            redirectUri: getOAuthRedirectUri("zendesk"),
            refreshable: true
        };
        return oauth;
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        return this.mcpAdapter.executeTool(toolName, params, this.getOrCreateClient(connection));
    }

    getMCPTools(): MCPTool[] {
        return this.mcpAdapter.getTools();
    }

    async executeOperation(
        operation: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = this.getOrCreateClient(connection);

        switch (operation) {
            case "getTicket":
                return executeGetTicket(client, params as Parameters<typeof executeGetTicket>[1]);
            case "listTickets":
                return executeListTickets(
                    client,
                    params as Parameters<typeof executeListTickets>[1]
                );
            case "getCurrentUser":
                return executeGetCurrentUser(
                    client,
                    params as Parameters<typeof executeGetCurrentUser>[1]
                );
            default:
                return {
                    success: false,
                    error: { type: "validation", message: `No ${operation}`, retryable: false }
                };
        }
    }

    /** The subdomain comes with the tokens, or from the metadata of older connections. */
    private getOrCreateClient(connection: ConnectionWithData): ZendeskClient {
        const cached = this.clientPool.get(connection.id);
        if (cached) return cached;

        const data = connection.data as ZendeskConnectionData;
        const legacy = connection.metadata as { subdomain?: unknown } | undefined;
        const subdomain = data.subdomain || legacy?.subdomain;
        if (!data.access_token || typeof subdomain !== "string" || !subdomain) {
            throw new Error("This Zendesk connection lacks a token or a subdomain");
        }
        const client = new ZendeskClient({
            subdomain,
            accessToken: data.access_token,
            connectionId: connection.id
        });
        this.clientPool.set(connection.id, client);
        logger.info({ component: "ZendeskProvider", subdomain }, "Zendesk client created");
        return client;
    }

    clearClientCache(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
