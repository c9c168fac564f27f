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
 * Zones and DNS with an API token. Operations sit in group folders, imported as namespaces, and
 * their ids carry the group (`zones_getZone`). The account id is a pre-auth field that arrives in
 * `connection.metadata.provider_config`.
 */
export class CloudflareProvider extends BaseProvider {
    readonly name = "cloudflare";
    readonly displayName = "Cloudflare";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: false,
        rateLimit: { tokensPerMinute: 200 }
    };

    private clientPool: Map<string, CloudflareClient> = new Map();

    constructor() {
        super();

        this.registerOperation(Zones.listZonesOperation);
        this.registerOperation(Zones.getZoneOperation);

        this.registerOperation(DNS.listDnsRecordsOperation);
        this.registerOperation(DNS.getDnsRecordOperation);
    }

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
        const client = this.getOrCreateClient(connection);
        const input = this.validateParams(operationId, params);

        switch (operationId) {
            case "zones_listZones":
                return await Zones.executeListZones(client, input as never);
            case "zones_getZone":
                return await Zones.executeGetZone(client, input as never);
            case "dns_listRecords":
                return await DNS.executeListDnsRecords(client, input as never);
            case "dns_getRecord":
                return await DNS.executeGetDnsRecord(client, input as never);
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
        const operationId = toolName.replace("cloudflare_", "");
        const result = await this.executeOperation(operationId, params, connection, context);
        if (!result.success) throw new Error(result.error?.message ?? `${toolName} failed`);
        return result.data;
    }

    getMCPTools(): MCPTool[] {
        return this.getOperations().map(({ id, description, inputSchema }) => ({
            name: `cloudflare_${id}`,
            description,
            inputSchema: toJSONSchema(inputSchema)
        }));
    }

    private getOrCreateClient(connection: ConnectionWithData): CloudflareClient {
        const cached = this.clientPool.get(connection.id);
        if (cached) return cached;

        const { api_key } = connection.data as ApiKeyData;
        const accountId = connection.metadata.provider_config?.accountId;
        if (!api_key || typeof accountId !== "string") {
            throw new Error("A Cloudflare connection needs an API token and an account id");
        }
        const client = new CloudflareClient({ apiToken: api_key, accountId });
        this.clientPool.set(connection.id, client);
        return client;
    }

    clearClient(connectionId: string): void {
        this.clientPool.delete(connectionId);
    }
}
