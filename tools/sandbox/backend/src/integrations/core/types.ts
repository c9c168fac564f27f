import type { z } from "zod";
import type { ConnectionWithData } from "../../storage/models/Connection";

export type ConnectionMethod = "oauth2" | "api_key";

export type JSONSchema = Record<string, unknown>;

export interface RateLimitConfig {
    tokensPerMinute: number;
    burstSize?: number;
}

export interface ProviderCapabilities {
    rateLimit?: RateLimitConfig;
    supportsWebhooks?: boolean;
    supportsPolling?: boolean;
    maxRequestSize?: number;
}

export interface OAuthConfig {
    authUrl: string;
    tokenUrl: string;
    scopes: string[];
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    refreshable?: boolean;
    pkceEnabled?: boolean;
    authParams?: Record<string, string>;
}

export interface APIKeyConfig {
    headerName: string;
    headerTemplate: string;
}

export type AuthConfig = OAuthConfig | APIKeyConfig;

export type OperationActionType = "read" | "write";

export interface OperationDefinition {
    id: string;
    name: string;
    description: string;
    category: string;
    actionType?: OperationActionType;
    inputSchema: z.ZodTypeAny;
    inputSchemaJSON: JSONSchema;
    retryable: boolean;
    timeout?: number;
}

export type OperationErrorType =
    | "validation"
    | "permission"
    | "not_found"
    | "rate_limit"
    | "server_error"
    | "network";

export interface OperationError {
    type: OperationErrorType;
    message: string;
    retryable: boolean;
    code?: string;
}

export interface OperationResult {
    success: boolean;
    data?: unknown;
    error?: OperationError;
}

export interface ExecutionContext {
    workspaceId?: string;
    userId?: string;
    executionId?: string;
    nodeId?: string;
    mode: "workflow" | "agent";
}

export interface MCPTool {
    name: string;
    description: string;
    inputSchema: JSONSchema;
}

export type WebhookSignatureType =
    | "hmac_sha256"
    | "hmac_sha1"
    | "bearer_token"
    | "timestamp_signature"
    | "none";

export interface WebhookConfig {
    setupType: "automatic" | "manual";
    signatureType: WebhookSignatureType;
    signatureHeader?: string;
    eventHeader?: string;
    timestampHeader?: string;
    /** Maximum accepted age of a signed timestamp, in seconds (timestamp_signature). */
    timestampToleranceSeconds?: number;
}

export interface TriggerDefinition {
    id: string;
    name: string;
    description: string;
    configFields?: Array<{
        name: string;
        label: string;
        type: "text" | "select" | "number" | "boolean";
        required: boolean;
        description?: string;
    }>;
    tags?: string[];
}

export interface WebhookRequestData {
    headers: Record<string, string | string[] | undefined>;
    body: unknown;
    rawBody?: Buffer;
}

export interface WebhookVerificationResult {
    valid: boolean;
    error?: string;
}

export interface IProvider {
    readonly name: string;
    readonly displayName: string;
    readonly authMethod: ConnectionMethod;
    readonly capabilities: ProviderCapabilities;
    getAuthConfig(): AuthConfig;
    getOperations(): OperationDefinition[];
    executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        context: ExecutionContext
    ): Promise<OperationResult>;
    getMCPTools(): MCPTool[];
    executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown>;
}

export interface ProviderRegistryEntry {
    name: string;
    displayName: string;
    authMethod: ConnectionMethod;
    category: string;
    loader: () => Promise<IProvider>;
}
