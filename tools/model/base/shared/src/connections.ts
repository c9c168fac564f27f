import type { JsonValue } from "./types";

export type ConnectionMethod = "api_key" | "oauth2" | "oauth1" | "basic_auth" | "custom";
export type ConnectionStatus = "active" | "invalid" | "expired" | "revoked";

export type ConnectionProvider = "openai" | "anthropic" | "google" | "slack" | "github" | string;

export interface OAuth2TokenData {
    access_token: string;
    refresh_token?: string;
    token_type: string;
    expires_in?: number;
    scope?: string;
}

export interface OAuth1TokenData {
    oauth_token: string;
    oauth_token_secret: string;
    user_id?: string;
}

export interface ApiKeyData {
    api_key: string;
    api_secret?: string;
}

export interface BasicAuthData {
    username: string;
    password: string;
}

export interface CustomHeaderData {
    headers: Record<string, string>;
}

export interface TelnyxConnectionData {
    api_key: string;
    api_secret?: string;
    public_key?: string;
    sip_connection_id?: string;
    messaging_profile_id?: string;
}

export interface DatabaseConnectionData {
    connection_string?: string;

    host?: string;
    port?: number;
    database?: string;
    username?: string;
    password?: string;

    ssl_enabled?: boolean;
    ssl_cert?: string;
    ssl_key?: string;
    ssl_ca?: string;

    connection_timeout?: number;
    pool_size?: number;
    max_connections?: number;

    options?: Record<string, unknown>;
}

export type ConnectionData =
    | ApiKeyData
    | OAuth2TokenData
    | OAuth1TokenData
    | BasicAuthData
    | CustomHeaderData
    | TelnyxConnectionData
    | DatabaseConnectionData;

export interface ConnectionMetadata {
    scopes?: string[];
    expires_at?: number;
    account_info?: {
        email?: string;
        username?: string;
        workspace?: string;
        [key: string]: JsonValue | undefined;
    };
    provider_config?: Record<string, JsonValue>;
    /** Operations answer from the provider's fixtures instead of its API. */
    isTestConnection?: boolean;
}

export interface ConnectionCapabilities {
    permissions?: string[];
    operations?: string[];
    rate_limit?: {
        requests_per_second?: number;
        requests_per_day?: number;
    };
    [key: string]: JsonValue | undefined;
}

export interface ConnectionSummary {
    id: string;
    name: string;
    connection_method: ConnectionMethod;
    provider: ConnectionProvider;
    status: ConnectionStatus;
    metadata: ConnectionMetadata;
    capabilities: ConnectionCapabilities;
    last_used_at: Date | null;
    created_at: Date;
    updated_at: Date;
}

const hasAll = (data: ConnectionData, ...keys: string[]): boolean =>
    keys.every((key) => key in data);

export function isOAuth2TokenData(data: ConnectionData): data is OAuth2TokenData {
    return hasAll(data, "access_token", "token_type");
}

export function isOAuth1TokenData(data: ConnectionData): data is OAuth1TokenData {
    return hasAll(data, "oauth_token", "oauth_token_secret");
}

/** An API key, unless an OAuth access token sits beside it. */
export function isApiKeyData(data: ConnectionData): data is ApiKeyData {
    return hasAll(data, "api_key") && !hasAll(data, "access_token");
}

/** Username and password; with a `server_url` it is another kind of connection. */
export function isBasicAuthData(data: ConnectionData): data is BasicAuthData {
    return hasAll(data, "username", "password") && !hasAll(data, "server_url");
}

/** An API key plus a SIP connection or a messaging profile. */
export function isTelnyxConnectionData(data: ConnectionData): data is TelnyxConnectionData {
    const telnyxIds = ["sip_connection_id", "messaging_profile_id"];
    return hasAll(data, "api_key") && telnyxIds.some((key) => key in data);
}

/** A connection string, or a database name with a host or a username. */
export function isDatabaseConnectionData(data: ConnectionData): data is DatabaseConnectionData {
    if (hasAll(data, "connection_string")) return true;
    return hasAll(data, "database") && (hasAll(data, "host") || hasAll(data, "username"));
}
