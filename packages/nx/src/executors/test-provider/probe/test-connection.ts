/**
 * The connection operations run with: the credentials the host stores for the provider's auth
 * method (the host tells them apart by which keys are present, so only that method's keys), and
 * for any other field an executor reads of `data` or `metadata` a placeholder string, so that an
 * executor reaches its HTTP call whatever it reads. Never a test connection in the host's sense
 * (`isTestConnection`), which would answer from fixtures instead.
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

/** `base` plus a placeholder for any other string key read. */
function withPlaceholders(base: Record<string, unknown>): Record<string, unknown> {
    return new Proxy(base, {
        get(target, key, receiver) {
            if (typeof key !== "string" || key in target || key.startsWith("is")) {
                return Reflect.get(target, key, receiver);
            }
            const placeholder = NESTED.test(key)
                ? withPlaceholders({})
                : `test-${key.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`;
            target[key] = placeholder;
            return placeholder;
        }
    });
}

export function testConnection(providerId: string, authMethod: unknown) {
    const now = new Date();
    const method =
        typeof authMethod === "string" && authMethod in CREDENTIALS ? authMethod : "api_key";
    return {
        id: `test-connection-${providerId}`,
        user_id: "test-user",
        workspace_id: "test-workspace",
        name: `${providerId} (test-provider)`,
        connection_method: method,
        provider: providerId,
        data: withPlaceholders({ ...CREDENTIALS[method] }),
        metadata: withPlaceholders({
            isTestConnection: false,
            expires_at: Math.floor(now.getTime() / 1000) + 3600
        }),
        status: "active",
        capabilities: {},
        last_used_at: null,
        created_at: now,
        updated_at: now
    };
}

/** What executeOperation is told about its caller. */
export const TEST_EXECUTION_CONTEXT = {
    mode: "workflow",
    workflowId: "test-provider",
    nodeId: "test-provider"
};
