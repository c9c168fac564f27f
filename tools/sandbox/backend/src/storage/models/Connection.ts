import type { ConnectionMethod } from "../../integrations/core/types";

export interface OAuth2TokenData {
    access_token: string;
    refresh_token?: string;
    token_type?: string;
    expires_in?: number;
    scope?: string;
}

export interface ApiKeyData {
    api_key: string;
    api_secret?: string;
}

export type ConnectionData = OAuth2TokenData | ApiKeyData;

export interface ConnectionMetadata {
    /** Pre-auth answers (e.g. a subdomain) and account details captured at connect time. */
    [key: string]: unknown;
}

export interface Connection {
    id: string;
    workspaceId: string;
    provider: string;
    connectionMethod: ConnectionMethod;
    name: string;
    status: "active" | "expired" | "revoked" | "error";
    metadata: ConnectionMetadata;
    createdAt: Date;
    updatedAt: Date;
}

export interface ConnectionWithData extends Connection {
    data: ConnectionData;
}
