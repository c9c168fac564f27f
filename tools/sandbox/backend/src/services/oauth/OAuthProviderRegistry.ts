import { config, getOAuthRedirectUri } from "../../core/config";

/** What the OAuth service learns about the connected account right after the token exchange. */
export interface OAuthUserInfo {
    userId?: string;
    email?: string;
    name?: string;
    [key: string]: unknown;
}

export interface OAuthProvider {
    name: string;
    displayName: string;
    authUrl: string;
    tokenUrl: string;
    scopes: string[];
    authParams?: Record<string, string>;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    getUserInfo?: (
        accessToken: string,
        metadata?: Record<string, unknown>
    ) => Promise<OAuthUserInfo>;
    revokeUrl?: string;
    refreshable: boolean;
    pkceEnabled?: boolean;
    tokenAuthMethod?: "client_secret_post" | "client_secret_basic";
}

/**
 * Every OAuth provider the OAuth service can complete a flow for. An oauth2 integration missing
 * from this object can never finish connecting.
 */
export const OAUTH_PROVIDERS: Record<string, OAuthProvider> = {
    slack: {
        name: "slack",
        displayName: "Slack",
        authUrl: "https://slack.com/oauth/v2/authorize",
        tokenUrl: "https://slack.com/api/oauth.v2.access",
        scopes: ["chat:write", "channels:read", "groups:read", "users:read", "users:read.email"],
        clientId: config.oauth.slack.clientId,
        clientSecret: config.oauth.slack.clientSecret,
        redirectUri: getOAuthRedirectUri("slack"),
        getUserInfo: async (accessToken) => {
            const response = await fetch("https://slack.com/api/auth.test", {
                method: "POST",
                headers: { Authorization: `Bearer ${accessToken}` }
            });
            const data = (await response.json()) as {
                ok: boolean;
                error?: string;
                user_id?: string;
                user?: string;
                team?: string;
                team_id?: string;
            };
            if (!data.ok) {
                throw new Error(`Slack auth.test failed: ${data.error ?? "unknown_error"}`);
            }
            return {
                userId: data.user_id,
                name: data.user,
                team: data.team,
                teamId: data.team_id
            };
        },
        revokeUrl: "https://slack.com/api/auth.revoke",
        refreshable: false,
        pkceEnabled: false
    },

    // ============================================================================
    // HR & Payroll
    // ============================================================================
    adp: {
        name: "adp",
        displayName: "ADP",
        authUrl: "https://accounts.adp.com/auth/oauth/v2/authorize",
        tokenUrl: "https://accounts.adp.com/auth/oauth/v2/token",
        scopes: ["openid", "api"],
        clientId: config.oauth.adp.clientId,
        clientSecret: config.oauth.adp.clientSecret,
        redirectUri: getOAuthRedirectUri("adp"),
        refreshable: true,
        pkceEnabled: false,
        tokenAuthMethod: "client_secret_basic"
    },

    // ============================================================================
    // Google Services (shared Google OAuth app)
    // ============================================================================
    "google-sheets": {
        name: "google-sheets",
        displayName: "Google Sheets",
        authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
        tokenUrl: "https://oauth2.googleapis.com/token",
        scopes: [
            "https://www.googleapis.com/auth/spreadsheets",
            "https://www.googleapis.com/auth/userinfo.email"
        ],
        authParams: {
            access_type: "offline",
            prompt: "consent"
        },
        clientId: config.oauth.google.clientId,
        clientSecret: config.oauth.google.clientSecret,
        redirectUri: getOAuthRedirectUri("google-sheets"),
        revokeUrl: "https://oauth2.googleapis.com/revoke",
        refreshable: true,
        pkceEnabled: true
    }
};

export function getOAuthProvider(name: string): OAuthProvider {
    const provider = Object.hasOwn(OAUTH_PROVIDERS, name) ? OAUTH_PROVIDERS[name] : undefined;
    if (!provider) {
        throw new Error(`OAuth provider not found: ${name}`);
    }
    return provider;
}

export function isOAuthProvider(name: string): boolean {
    return Object.hasOwn(OAUTH_PROVIDERS, name);
}

export function listOAuthProviders(): OAuthProvider[] {
    return Object.values(OAUTH_PROVIDERS);
}
