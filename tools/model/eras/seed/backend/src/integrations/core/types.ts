import type { ConnectionWithData, ConnectionMethod } from "../../storage/models/Connection";
import type { z } from "zod";

/**
 * Execution context - tells us whether this is a workflow or agent execution
 */
export type ExecutionContext =
    | { mode: "workflow"; workflowId: string; nodeId: string }
    | { mode: "agent"; conversationId: string; toolCallId: string };

/**
 * Result of an operation execution
 */
export interface OperationResult {
    success: boolean;
    data?: unknown;
    error?: OperationError;
}

/**
 * Standardized error format
 */
export interface OperationError {
    type: "validation" | "permission" | "not_found" | "rate_limit" | "server_error";
    message: string;
    code?: string;
    retryable: boolean;
    details?: Record<string, unknown>;
}

/**
 * Action type for filtering operations by node type
 * - "read": Fetch/list/get data (shown in Integration nodes)
 * - "write": Send/create/update/delete data (shown in Action nodes)
 */
export type OperationActionType = "read" | "write";

/**
 * Operation definition with metadata and schemas
 */
export interface OperationDefinition {
    id: string;
    name: string;
    description: string;
    category: string;
    actionType?: OperationActionType;
    inputSchema: z.ZodSchema; // Zod for TypeScript
    inputSchemaJSON: JSONSchema; // JSON Schema for MCP
    outputSchema?: z.ZodSchema;
    rateLimit?: RateLimitConfig;
    timeout?: number;
    retryable: boolean;
}

/**
 * JSON Schema (for MCP and frontend)
 */
export interface JSONSchema {
    type: string;
    properties?: Record<string, unknown>;
    required?: string[];
    description?: string;
    [key: string]: unknown;
}

/**
 * MCP Tool definition
 */
export interface MCPTool {
    name: string;
    description: string;
    inputSchema: JSONSchema;
    executeRef?: string;
}

/**
 * Rate limiting configuration
 */
export interface RateLimitConfig {
    tokensPerMinute: number;
    burstSize?: number;
}

/**
 * Retry configuration
 */
export interface RetryConfig {
    maxRetries: number;
    retryableStatuses: number[];
    retryableErrors?: string[];
    backoffStrategy: "exponential" | "linear" | "constant";
    initialDelay?: number;
    maxDelay?: number;
}

/**
 * Provider capabilities
 */
export interface ProviderCapabilities {
    supportsWebhooks?: boolean;
    supportsPolling?: boolean;
    supportsStreaming?: boolean;
    maxRequestSize?: number;
    rateLimit?: RateLimitConfig;
    prefersMCP?: boolean;
}

// ============================================================================
// TRIGGER TYPES
// ============================================================================

/**
 * How the webhook is set up with the external provider
 */
export type WebhookSetupType = "automatic" | "manual" | "polling";

/**
 * Signature verification method for incoming webhooks
 */
export type WebhookSignatureType =
    | "hmac_sha256"
    | "hmac_sha1"
    | "timestamp_signature"
    | "bearer_token"
    | "ed25519"
    | "none";

/**
 * Configuration field for trigger event configuration UI
 */
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

/**
 * A specific event that can trigger a workflow from a provider
 */
export interface TriggerDefinition {
    id: string;
    name: string;
    description: string;
    payloadSchema?: JSONSchema;
    requiredScopes?: string[];
    configFields?: TriggerConfigField[];
    tags?: string[];
}

/**
 * Webhook configuration for a provider
 */
export interface WebhookConfig {
    setupType: WebhookSetupType;
    signatureType: WebhookSignatureType;
    signatureHeader?: string;
    eventHeader?: string;
    timestampHeader?: string;
    /** Maximum age of timestamp before rejecting (in seconds) */
    timestampMaxAge?: number;
}

/**
 * Incoming webhook request data for verification
 */
export interface WebhookRequestData {
    headers: Record<string, string | string[] | undefined>;
    body: string | Buffer;
    rawBody?: Buffer;
}

/**
 * Result of webhook signature verification
 */
export interface WebhookVerificationResult {
    valid: boolean;
    error?: string;
}

/**
 * OAuth configuration
 */
export interface OAuthConfig {
    authUrl: string;
    tokenUrl: string;
    scopes: string[];
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    refreshable?: boolean;
}

/**
 * API Key configuration
 */
export interface APIKeyConfig {
    headerName: string;
    headerTemplate: string; // e.g., "Bearer {{api_key}}"
}

/**
 * Auth configuration (union type)
 */
export type AuthConfig = OAuthConfig | APIKeyConfig;

/**
 * HTTP request configuration
 */
export interface RequestConfig {
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    url: string;
    headers?: Record<string, string>;
    params?: Record<string, unknown>;
    data?: unknown;
    timeout?: number;
}

/**
 * Base provider interface
 */
export interface IProvider {
    readonly name: string;
    readonly displayName: string;
    readonly authMethod: ConnectionMethod;
    readonly capabilities: ProviderCapabilities;

    // Authentication
    getAuthConfig(): AuthConfig;
    refreshCredentials?(connection: ConnectionWithData): Promise<unknown>;

    // Direct API execution (workflows)
    executeOperation(
        operation: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        context: ExecutionContext
    ): Promise<OperationResult>;

    // MCP tool interface (agents)
    getMCPTools(): MCPTool[];
    executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown>;

    // Discovery
    getOperations(): OperationDefinition[];
    getOperationSchema(operation: string): z.ZodSchema | null;

    // Triggers (optional - only for providers that support webhooks)
    getTriggers?(): TriggerDefinition[];
    getWebhookConfig?(): WebhookConfig | null;

    // Webhook verification (optional - only for providers that support webhooks)
    verifyWebhookSignature?(secret: string, request: WebhookRequestData): WebhookVerificationResult;
    extractEventType?(request: WebhookRequestData): string | undefined;
}

/**
 * Provider registry entry
 */
export interface ProviderRegistryEntry {
    name: string;
    displayName: string;
    authMethod: ConnectionMethod;
    category?: string;
    loader: () => Promise<IProvider>;
}
