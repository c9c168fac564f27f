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

/** Email delivery with an API key; operations receive their params unvalidated, as in the host. */
export class SendGridProvider extends BaseProvider {
    readonly name = "sendgrid";
    readonly displayName = "SendGrid";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: true,
        rateLimit: { tokensPerMinute: 300, burstSize: 30 }
    };

    private clientPool: Map<string, SendGridClient> = new Map();
    private mcpAdapter: SendGridMCPAdapter;

    constructor() {
        super();

        this.registerOperation(sendEmailOperation);
        this.registerOperation(getContactsOperation);
        this.registerOperation(getTemplatesOperation);

        this.mcpAdapter = new SendGridMCPAdapter(this.operations);
    }

    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = this.getOrCreateClient(connection);

        switch (operationId) {
            case "sendEmail":
                return executeSendEmail(client, params as never);
            case "getContacts":
                return executeGetContacts(client, params as never);
            case "getTemplates":
                return executeGetTemplates(client, params as never);
            default:
                return {
                    success: false,
                    error: { type: "validation", message: `No ${operationId}`, retryable: false }
                };
        }
    }

    getAuthConfig(): AuthConfig {
        return {
            headerName: "Authorization",
            headerTemplate: "Bearer {{api_key}}"
        };
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        const client = this.getOrCreateClient(connection);
        const result = await this.mcpAdapter.executeTool(toolName, params, client);
        if (!result.success) throw new Error(result.error?.message ?? `${toolName} failed`);
        return result.data;
    }

    getMCPTools(): MCPTool[] {
        return this.mcpAdapter.getTools();
    }

    private getOrCreateClient(connection: ConnectionWithData): SendGridClient {
        const cached = this.clientPool.get(connection.id);
        if (cached) return cached;
        const { api_key } = connection.data as ApiKeyData;
        if (!api_key) throw new Error("This SendGrid connection has no API key");
        const client = new SendGridClient({ apiKey: api_key, connectionId: connection.id });
        this.clientPool.set(connection.id, client);
        return client;
    }
}
