import { toJSONSchema } from "../../../core/utils/zod-to-json-schema";
import { BaseProvider } from "../../core/BaseProvider";
import { CloudflareClient } from "./client/CloudflareClient";
import * as DNS from "./operations/dns";
import * as Zones from "./operations/zones";
import type { ConnectionWithData, ApiKeyData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    ProviderCapabilities
} from "../../core/types";

/**
 * Cloudflare Provider - unified access to zones and DNS
 *
 * Configure with an API Token (the api key) and the 32-character Account ID, a pre-auth field
 * stored in connection.metadata.provider_config.
 *
 * Rate limit: 1200 requests per 5 minutes (240/minute)
 */
export class CloudflareProvider extends BaseProvider {
    readonly name = "cloudflare";
    readonly displayName = "Cloudflare";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: false,
        maxRequestSize: 100 * 1024 * 1024, // 100MB for Workers
        rateLimit: {
            tokensPerMinute: 240
        }
    };

    private clientPool: Map<string, CloudflareClient> = new Map();

    constructor() {
        super();

        // Register Zone operations (2 operations)
        this.registerOperation(Zones.listZonesOperation);
        this.registerOperation(Zones.getZoneOperation);

        // Register DNS operations (2 operations)
        this.registerOperation(DNS.listDnsRecordsOperation);
        this.registerOperation(DNS.getDnsRecordOperation);
    }

    /**
     * Get API Key configuration
     */
    getAuthConfig(): AuthConfig {
        return {
            headerName: "Authorization",
            headerTemplate: "Bearer {token}"
        };
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
            // Zone operations
            case "zones_listZones":
                return await Zones.executeListZones(client, validatedParams as never);
            case "zones_getZone":
                return await Zones.executeGetZone(client, validatedParams as never);

            // DNS operations
            case "dns_listRecords":
                return await DNS.executeListDnsRecords(client, validatedParams as never);
            case "dns_getRecord":
                return await DNS.executeGetDnsRecord(client, validatedParams as never);

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
        return this.getOperations().map((op) => ({
            name: `cloudflare_${op.id}`,
            description: op.description,
            inputSchema: toJSONSchema(op.inputSchema)
        }));
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        // Remove cloudflare_ prefix to get operation ID
        const operationId = toolName.replace("cloudflare_", "");

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

    /**
     * Get or create Cloudflare client (with connection pooling)
     */
    private getOrCreateClient(connection: ConnectionWithData): CloudflareClient {
        const poolKey = connection.id;

        if (this.clientPool.has(poolKey)) {
            return this.clientPool.get(poolKey)!;
        }

        const data = connection.data as ApiKeyData;
        const providerConfig = connection.metadata.provider_config as
            | { accountId?: string }
            | undefined;

        if (!data.api_key) {
            throw new Error(
                "Cloudflare API token is required. Please reconnect with valid credentials."
            );
        }

        if (!providerConfig?.accountId) {
            throw new Error(
                "Cloudflare Account ID is required. Please reconnect and enter your Account ID."
            );
        }

        const client = new CloudflareClient({
            apiToken: data.api_key,
            accountId: providerConfig.accountId
        });

        this.clientPool.set(poolKey, client);

        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
