import { BaseProvider } from "../../core/BaseProvider";
import { SendGridClient } from "./client/SendGridClient";
import {
    executeListTemplates,
    executeScheduleEmail,
    executeSendEmail,
    listTemplatesOperation,
    scheduleEmailOperation,
    sendEmailOperation
} from "./operations";
import type { ConnectionWithData, ApiKeyData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ConnectionMethod,
    ExecutionContext,
    MCPTool,
    OperationResult,
    APIKeyConfig,
    ProviderCapabilities
} from "../../core/types";

/**
 * SendGrid: API-key auth, no `mcp/` folder (tools are built inline from the registered
 * operations), client extends the shared BaseAPIClient.
 */
export class SendGridProvider extends BaseProvider {
    readonly name = "sendgrid";
    readonly displayName = "SendGrid";
    readonly authMethod: ConnectionMethod = "api_key";
    readonly capabilities: ProviderCapabilities = {
        rateLimit: {
            tokensPerMinute: 600
        }
    };

    private clientPool: Map<string, SendGridClient> = new Map();

    constructor() {
        super();

        // Register operations
        this.registerOperation(sendEmailOperation);
        this.registerOperation(scheduleEmailOperation);
        this.registerOperation(listTemplatesOperation);
    }

    getAuthConfig(): AuthConfig {
        const config: APIKeyConfig = {
            headerName: "Authorization",
            headerTemplate: "Bearer {{api_key}}"
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
            case "sendEmail":
                return await executeSendEmail(client, validatedParams as never);
            case "scheduleEmail":
                return await executeScheduleEmail(client, validatedParams as never);
            case "listTemplates":
                return await executeListTemplates(client, validatedParams as never);
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
        return Array.from(this.operations.values()).map((op) => ({
            name: `sendgrid_${op.id}`,
            description: op.description,
            inputSchema: op.inputSchemaJSON
        }));
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        const operationId = toolName.replace("sendgrid_", "");
        const result = await this.executeOperation(operationId, params, connection, {
            mode: "agent"
        });

        if (result.success) {
            return result.data;
        }
        throw new Error(result.error?.message || "MCP tool execution failed");
    }

    private getOrCreateClient(connection: ConnectionWithData): SendGridClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const data = connection.data as ApiKeyData;
        const client = new SendGridClient({
            apiKey: data.api_key
        });

        this.clientPool.set(poolKey, client);
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
