export interface RegisterProviderGeneratorSchema {
    /** Provider id; may be omitted when `spec` gives one. */
    name?: string;
    spec?: string;
    oauthKey?: string;
    category?: string;
    description?: string;
    logoDomain?: string;
    check?: boolean;
}
