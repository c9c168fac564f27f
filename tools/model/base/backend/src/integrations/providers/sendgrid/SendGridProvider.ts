/**
 * SendGrid Integration Provider
 *
 * Transactional email delivery platform with API Key authentication.
 *
 * Rate limit: 600 requests/minute
 */

import { BaseProvider } from "../../core/BaseProvider";
import { SendGridClient } from "./client/SendGridClient";
import { SendGridMCPAdapter } from "./mcp/SendGridMCPAdapter";
import {
    sendEmailOperation,
    executeSendEmail,
    getContactsOperation,
    executeGetContacts,
    getTemplatesOperation,
    executeGetTemplates
} from "./operations";
import type { ConnectionWithData, ApiKeyData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    ProviderCapabilities
} from "../../core/types";

export class SendGridProvider extends BaseProvider {
    readonly name = "sendgrid";
    readonly displayName = "SendGrid";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        rateLimit: {
            tokensPerMinute: 600,
            burstSize: 100
        }
    };

    private clientPool: Map<string, SendGridClient> = new Map();
    private mcpAdapter: SendGridMCPAdapter;

    constructor() {
        super();

        // Email Operations
        this.registerOperation(sendEmailOperation);

        // Contact Operations
        this.registerOperation(getContactsOperation);

        // Template Operations
        this.registerOperation(getTemplatesOperation);

        // Initialize MCP adapter
        this.mcpAdapter = new SendGridMCPAdapter(this.operations);
    }

    /**
     * Get API Key configuration
     */
    getAuthConfig(): AuthConfig {
        return {
            headerName: "Authorization",
            headerTemplate: "Bearer {{api_key}}"
        };
    }

    /**
     * Execute an operation
     */
    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = this.getOrCreateClient(connection);

        switch (operationId) {
            // Email Operations
            case "sendEmail":
                return executeSendEmail(client, params as never);

            // Contact Operations
            case "getContacts":
                return executeGetContacts(client, params as never);

            // Template Operations
            case "getTemplates":
                return executeGetTemplates(client, params as never);

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

        if (result.success) {
            return result.data;
        } else {
            throw new Error(result.error?.message || "MCP tool execution failed");
        }
    }

    /**
     * Get or create a client for a connection (with caching)
     */
    private getOrCreateClient(connection: ConnectionWithData): SendGridClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const data = connection.data as ApiKeyData;

        if (!data.api_key) {
            throw new Error("SendGrid API key is required");
        }

        const client = new SendGridClient({
            apiKey: data.api_key,
            connectionId: connection.id
        });

        this.clientPool.set(poolKey, client);
        return client;
    }
}
