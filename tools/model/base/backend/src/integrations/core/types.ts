import type { JSONSchema } from "../../core/utils/zod-to-json-schema";
import type { ConnectionWithData, ConnectionMethod } from "../../storage/models/Connection";
import type { z } from "zod";

export type { JSONSchema };

export type ExecutionContext =
    | { mode: "workflow"; workflowId: string; nodeId: string }
    | { mode: "agent"; conversationId: string; toolCallId: string };

export interface OperationResult {
    success: boolean;
    data?: unknown;
    error?: OperationError;
}

export interface OperationError {
    type: "validation" | "permission" | "not_found" | "rate_limit" | "server_error";
    message: string;
    code?: string;
    retryable: boolean;
    details?: Record<string, unknown>;
}

export type OperationActionType = "read" | "write";

// Ids naming a change ("sendMessage", "createRecord"): the host's router treats those as writes.
const WRITE_VERB =
    /send|create|post|update|delete|add|remove|insert|write|reply|upload|append|set|put|patch|edit|archive|publish|run|execute|start|stop|cancel/;

/** The action type of an operation that declares none, told from its id. */
export function inferActionType(operationId: string): OperationActionType {
    return WRITE_VERB.test(operationId.toLowerCase()) ? "write" : "read";
}

export interface OperationExample {
    name: string;
    description?: string;
    input: Record<string, unknown>;
    output: Record<string, unknown>;
    tags?: string[];
}

export interface OperationDefinition {
    id: string;
    name: string;
    description: string;
    category: string;
    actionType?: OperationActionType;
    inputSchema: z.ZodSchema;
    outputSchema?: z.ZodSchema;
    examples?: OperationExample[];
    rateLimit?: RateLimitConfig;
    timeout?: number;
    retryable: boolean;
}

export interface MCPTool {
    name: string;
    description: string;
    inputSchema: JSONSchema;
    executeRef?: string;
}

export interface RateLimitConfig {
    tokensPerMinute: number;
    burstSize?: number;
}

export interface RetryConfig {
    maxRetries: number;
    retryableStatuses: number[];
    retryableErrors?: string[];
    backoffStrategy: "exponential" | "linear" | "constant";
    initialDelay?: number;
    maxDelay?: number;
}

export interface ProviderCapabilities {
    supportsWebhooks?: boolean;
    supportsPolling?: boolean;
    supportsStreaming?: boolean;
    maxRequestSize?: number;
    rateLimit?: RateLimitConfig;
    prefersMCP?: boolean;
}

export type WebhookSetupType = "automatic" | "manual" | "polling";

export type WebhookSignatureType =
    | "hmac_sha256"
    | "hmac_sha1"
    | "timestamp_signature"
    | "bearer_token"
    | "ed25519"
    | "none";

export interface TriggerConfigField {
    name: string;
    label: string;
    type: "text" | "select" | "multiselect" | "boolean" | "number" | "json";
    required: boolean;
    description?: string;
    placeholder?: string;
    options?: Array<{ value: string; label: string }>;
    defaultValue?: string | boolean | number;
    dynamicOptions?: {
        operation: string;
        labelField: string;
        valueField: string;
    };
}

export interface TriggerDefinition {
    id: string;
    name: string;
    description: string;
    payloadSchema?: JSONSchema;
    requiredScopes?: string[];
    configFields?: TriggerConfigField[];
    tags?: string[];
}

export interface WebhookConfig {
    setupType: WebhookSetupType;
    signatureType: WebhookSignatureType;
    signatureHeader?: string;
    eventHeader?: string;
    timestampHeader?: string;
    timestampMaxAge?: number;
}

export interface WebhookRequestData {
    headers: Record<string, string | string[] | undefined>;
    body: string | Buffer;
    rawBody?: Buffer;
}

export interface WebhookVerificationResult {
    valid: boolean;
    error?: string;
}

export interface OAuthConfig {
    authUrl: string;
    tokenUrl: string;
    scopes: string[];
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    refreshable?: boolean;
}

export interface APIKeyConfig {
    headerName: string;
    headerTemplate: string;
}

export type AuthConfig = OAuthConfig | APIKeyConfig;

export interface RequestConfig {
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    url: string;
    headers?: Record<string, string>;
    params?: Record<string, unknown>;
    data?: unknown;
    timeout?: number;
}

export interface IProvider {
    readonly name: string;
    readonly displayName: string;
    readonly authMethod: ConnectionMethod;
    readonly capabilities: ProviderCapabilities;

    getAuthConfig(): AuthConfig;
    refreshCredentials?(connection: ConnectionWithData): Promise<unknown>;

    executeOperation(
        operation: string,
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

    getOperations(): OperationDefinition[];
    getOperationSchema(operation: string): z.ZodSchema | null;

    getTriggers?(): TriggerDefinition[];
    getWebhookConfig?(): WebhookConfig | null;

    verifyWebhookSignature?(secret: string, request: WebhookRequestData): WebhookVerificationResult;
    extractEventType?(request: WebhookRequestData): string | undefined;
}

export interface ProviderRegistryEntry {
    name: string;
    displayName: string;
    authMethod: ConnectionMethod;
    category?: string;
    loader: () => Promise<IProvider>;
}
