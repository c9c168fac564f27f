/**
 * Connection types shared by the backend API and the frontend.
 */

export type ConnectionMethod = "oauth2" | "api_key";

export type ConnectionStatus = "active" | "expired" | "revoked" | "error";

/** A connection as listed to users: never includes tokens or keys. */
export interface ConnectionSummary {
    id: string;
    workspaceId: string;
    provider: string;
    connectionMethod: ConnectionMethod;
    name: string;
    status: ConnectionStatus;
    metadata: Record<string, unknown>;
    createdAt: string;
    updatedAt: string;
    lastUsedAt?: string;
}

export interface CreateApiKeyConnectionInput {
    provider: string;
    name: string;
    connectionMethod: "api_key";
    apiKey: string;
    apiSecret?: string;
    metadata?: Record<string, unknown>;
}

export interface StartOAuthConnectionInput {
    provider: string;
    name?: string;
    /** Answers to the provider's pre-auth fields (`oauthSettings`), e.g. a subdomain. */
    settings?: Record<string, string>;
}

export interface OAuthAuthorizationResponse {
    authUrl: string;
    state: string;
}

export interface ConnectionTestResult {
    success: boolean;
    message?: string;
    accountInfo?: {
        userId?: string;
        email?: string;
        name?: string;
    };
}
