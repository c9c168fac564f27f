/** Options of the integration-provider generator, as Nx passes them (see schema.json). */
export interface IntegrationProviderGeneratorSchema {
    /** Provider id (positional); may come from the spec instead. */
    name?: string;
    spec?: string;
    displayName?: string;
    description?: string;
    category?: string;
    docsUrl?: string;
    logoDomain?: string;
    baseUrl?: string;
    authType?: "oauth2" | "api_key";
    authUrl?: string;
    tokenUrl?: string;
    /** Lists may arrive as one comma-separated string when the generator is called from code. */
    scopes?: string[] | string;
    pkce?: boolean;
    refreshable?: boolean;
    userInfoUrl?: string;
    oauthKey?: string;
    headerName?: string;
    headerTemplate?: string;
    in?: "header" | "query";
    queryParam?: string;
    tokensPerMinute?: number;
    burstSize?: number;
    /** `opId` or `opId:read|write`. */
    operations?: string[] | string;
    signatureType?: "hmac_sha256" | "hmac_sha1" | "bearer_token" | "timestamp_signature" | "none";
    signatureHeader?: string;
    eventHeader?: string;
    timestampHeader?: string;
    timestampMaxAge?: number;
    triggers?: string[] | string;
    classPrefix?: string;
    /** OpenAPI 3.x / Swagger 2.0 document (JSON or YAML) the spec starts from. */
    openapi?: string;
    /** OpenAPI tags of the document whose operations to import (`--tags` on the command line too). */
    openapiTags?: string[] | string;
    /** OpenAPI operationIds to import. */
    openapiOperations?: string[] | string;
    /** Write the derived spec to this file and generate nothing. */
    writeSpec?: string;
    update?: boolean;
    force?: boolean;
    skipRegister?: boolean;
    skipFormat?: boolean;
    formatDryRun?: boolean;
}
