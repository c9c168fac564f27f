import type { DeclaredConnection } from "./observations";

/**
 * The connection operations run with, built from what the host declares and fills: the
 * credentials it stores for the provider's auth method (it tells methods apart by which keys are
 * present, so only that method's keys), with the examples its API key form shows; the pre-auth
 * fields of the connection dialog (`oauthSettings`), wherever the host keeps them (the OAuth flow
 * returns them beside the tokens, the API key flow in `metadata.provider_config`); and what the
 * OAuth callback stores in `metadata`. Any other field an executor reads gets a placeholder so the
 * run goes on, and is noted, with whether the host declares it (a field of its connection data
 * types, such as a database's `connection_string`) or nothing would fill it. Never a test
 * connection in the host's sense (`isTestConnection`), which would answer from fixtures instead.
 */

const CREDENTIALS: Record<string, Record<string, unknown>> = {
    // Database providers declare api_key and store their settings beside it.
    api_key: {
        api_key: "test-api-key",
        api_secret: "test-api-secret",
        host: "test-host",
        database: "test-database"
    },
    oauth2: {
        access_token: "test-access-token",
        refresh_token: "test-refresh-token",
        token_type: "Bearer",
        expires_in: 3600
    },
    oauth1: { oauth_token: "test-oauth-token", oauth_token_secret: "test-oauth-token-secret" },
    basic_auth: { username: "test-username", password: "test-password" },
    custom: { headers: {} }
};

/** Keys whose value executors read as an object of further settings. */
const NESTED = /(_config|_info|Config|Info|options)$/;
/** Keys whose value executors build request URLs from. */
const URL_LIKE = /(url|uri|endpoint|host|domain|prefix)$/i;

export interface PlaceholderRead {
    /** `data.connection_string`, `metadata.provider_config.region` */
    field: string;
    declared: boolean;
}

/** A connection, and the fields its executors read that held a placeholder. */
export interface TestConnection {
    connection: Record<string, unknown>;
    /** Placeholder fields read since the last call. */
    takePlaceholderReads(): PlaceholderRead[];
}

function placeholder(key: string): string {
    const slug = key.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
    return URL_LIKE.test(key) ? `https://test-${slug}.example.com` : `test-${slug}`;
}

export function testConnection(
    providerId: string,
    authMethod: unknown,
    declared: DeclaredConnection
): TestConnection {
    const reads = new Map<string, boolean>();
    const dataFields = new Set(declared.dataFields);
    /** `base`, noting (and filling with a placeholder) any other string key read. */
    const watched = (base: Record<string, unknown>, where: string): Record<string, unknown> => {
        // Keys given a placeholder: every later read is noted too (a run after the first).
        const filled = new Set<string>();
        return new Proxy(base, {
            get(target, key, receiver) {
                if (typeof key !== "string" || key.startsWith("is")) {
                    return Reflect.get(target, key, receiver);
                }
                if (!filled.has(key) && key in target) return Reflect.get(target, key, receiver);
                const field = `${where}.${key}`;
                reads.set(field, where === "data" && dataFields.has(key));
                if (!filled.has(key)) {
                    filled.add(key);
                    target[key] = NESTED.test(key) ? watched({}, field) : placeholder(key);
                }
                return target[key];
            }
        });
    };
    const now = new Date();
    const method =
        typeof authMethod === "string" && authMethod in CREDENTIALS ? authMethod : "api_key";
    const credentials = { ...CREDENTIALS[method] };
    if (method === "api_key") {
        credentials.api_key = declared.apiKey ?? credentials.api_key;
        credentials.api_secret = declared.apiSecret ?? credentials.api_secret;
    }
    const connection = {
        id: `test-connection-${providerId}`,
        user_id: "test-user",
        workspace_id: "test-workspace",
        name: `${providerId} (test-provider)`,
        connection_method: method,
        provider: providerId,
        data: watched({ ...declared.fields, ...credentials }, "data"),
        metadata: watched(
            {
                ...declared.fields,
                provider_config: watched({ ...declared.fields }, "metadata.provider_config"),
                isTestConnection: false,
                scopes: [],
                expires_at: Math.floor(now.getTime() / 1000) + 3600,
                // What the provider's getUserInfo returns at the OAuth callback: its own shape.
                account_info: new Proxy({} as Record<string, unknown>, {
                    get: (target, key) =>
                        typeof key === "string" ? (target[key] ??= placeholder(key)) : undefined
                })
            },
            "metadata"
        ),
        status: "active",
        capabilities: {},
        last_used_at: null,
        created_at: now,
        updated_at: now
    };
    return {
        connection,
        takePlaceholderReads() {
            const taken = [...reads].map(([field, isDeclared]) => ({
                field,
                declared: isDeclared
            }));
            reads.clear();
            return taken;
        }
    };
}

/** What executeOperation is told about its caller. */
export const TEST_EXECUTION_CONTEXT = {
    mode: "workflow",
    workflowId: "test-provider",
    nodeId: "test-provider"
};
