import type {
    ConnectionMethod,
    ConnectionStatus,
    OAuth2TokenData,
    ApiKeyData,
    BasicAuthData,
    CustomHeaderData,
    TelnyxConnectionData,
    DatabaseConnectionData,
    ConnectionData,
    ConnectionMetadata,
    ConnectionCapabilities
} from "@flowmaestro/shared";
import {
    isOAuth2TokenData,
    isApiKeyData,
    isBasicAuthData,
    isTelnyxConnectionData,
    isDatabaseConnectionData
} from "@flowmaestro/shared";

export type {
    ConnectionMethod,
    ConnectionStatus,
    OAuth2TokenData,
    ApiKeyData,
    BasicAuthData,
    CustomHeaderData,
    TelnyxConnectionData,
    DatabaseConnectionData,
    ConnectionData,
    ConnectionMetadata,
    ConnectionCapabilities
};

export {
    isOAuth2TokenData,
    isApiKeyData,
    isBasicAuthData,
    isTelnyxConnectionData,
    isDatabaseConnectionData
};

export interface ConnectionModel {
    id: string;
    user_id: string;
    workspace_id: string;
    name: string;
    connection_method: ConnectionMethod;
    provider: string;
    encrypted_data: string;
    metadata: ConnectionMetadata;
    status: ConnectionStatus;
    capabilities: ConnectionCapabilities;
    last_used_at: Date | null;
    created_at: Date;
    updated_at: Date;
}

export interface ConnectionWithData extends Omit<ConnectionModel, "encrypted_data"> {
    data: ConnectionData;
}
