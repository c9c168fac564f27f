import { config as appConfig, getOAuthRedirectUri } from "../../../core/config";
import { getLogger } from "../../../core/logging";
import { BaseProvider } from "../../core/BaseProvider";
import { ZendeskClient } from "./client/ZendeskClient";
import { ZendeskMCPAdapter } from "./mcp/ZendeskMCPAdapter";
import {
    // Ticket Operations
    getTicketOperation,
    executeGetTicket,
    listTicketsOperation,
    executeListTickets,
    // User Operations
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
 * Zendesk Provider - customer support ticketing over OAuth2 (PKCE)
 *
 * Every Zendesk account lives on its own subdomain: the OAuth URLs carry a `{subdomain}`
 * placeholder that the OAuth service fills from the connection's pre-auth field.
 */
export class ZendeskProvider extends BaseProvider {
    readonly name = "zendesk";
    readonly displayName = "Zendesk";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        rateLimit: {
            tokensPerMinute: 400, // Conservative default
            burstSize: 50
        }
    };

    private clientPool: Map<string, ZendeskClient> = new Map();
    private mcpAdapter: ZendeskMCPAdapter;

    constructor() {
        super();

        // Register Ticket Operations
        this.registerOperation(getTicketOperation);
        this.registerOperation(listTicketsOperation);

        // Register User Operations
        this.registerOperation(getCurrentUserOperation);

        // Initialize MCP adapter
        this.mcpAdapter = new ZendeskMCPAdapter(this.operations);
    }

    /**
     * Get OAuth configuration
     *
     * Note: Zendesk requires subdomain in OAuth URLs. The authUrl and tokenUrl
     * are templates - {subdomain} must be replaced with the actual subdomain.
     */
    getAuthConfig(): AuthConfig {
        const config: OAuthConfig = {
            // Template URLs - subdomain must be injected at runtime
            authUrl: "https://{subdomain}.zendesk.com/oauth/authorizations/new",
            tokenUrl: "https://{subdomain}.zendesk.com/oauth/tokens",
            scopes: ["read", "write", "tickets:read", "tickets:write", "users:read"],
            clientId: appConfig.oauth.zendesk.clientId,
            clientSecret: appConfig.oauth.zendesk.clientSecret,
            redirectUri: getOAuthRedirectUri("zendesk"),
            refreshable: true
        };

        return config;
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
        return this.mcpAdapter.executeTool(toolName, params, client);
    }

    async executeOperation(
        operation: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = this.getOrCreateClient(connection);

        // Route to appropriate operation executor
        switch (operation) {
            // Ticket Operations
            case "getTicket":
                return executeGetTicket(client, params as Parameters<typeof executeGetTicket>[1]);
            case "listTickets":
                return executeListTickets(
                    client,
                    params as Parameters<typeof executeListTickets>[1]
                );

            // User Operations
            case "getCurrentUser":
                return executeGetCurrentUser(
                    client,
                    params as Parameters<typeof executeGetCurrentUser>[1]
                );

            default:
                return {
                    success: false,
                    error: {
                        type: "validation",
                        message: `Unknown operation: ${operation}`,
                        retryable: false
                    }
                };
        }
    }

    /**
     * Get or create HTTP client for connection
     */
    private getOrCreateClient(connection: ConnectionWithData): ZendeskClient {
        const cacheKey = connection.id;

        let client = this.clientPool.get(cacheKey);

        if (!client) {
            const connectionData = connection.data as ZendeskConnectionData;

            if (!connectionData.access_token) {
                throw new Error("No access token found in connection data");
            }

            // Get subdomain from connection metadata or data
            const subdomain =
                connectionData.subdomain ||
                (connection.metadata as Record<string, unknown>)?.subdomain;

            if (!subdomain || typeof subdomain !== "string") {
                throw new Error("No Zendesk subdomain found in connection data");
            }

            client = new ZendeskClient({
                subdomain,
                accessToken: connectionData.access_token,
                connectionId: connection.id
            });

            this.clientPool.set(cacheKey, client);
            logger.info(
                { component: "ZendeskProvider", connectionId: connection.id, subdomain },
                "Created new client for connection"
            );
        }

        return client;
    }

    clearClientCache(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
