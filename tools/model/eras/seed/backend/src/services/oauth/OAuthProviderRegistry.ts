import { config, getOAuthRedirectUri } from "../../core/config";
import { createServiceLogger } from "../../core/logging";

const logger = createServiceLogger("OAuthProviderRegistry");

export interface OAuthProvider {
    name: string;
    displayName: string;
    authUrl: string;
    tokenUrl: string;
    scopes: string[];
    clientId: string;
    clientSecret: string;
    redirectUri: string;

    authParams?: Record<string, string>;
    tokenParams?: Record<string, string>;
    getUserInfo?: (accessToken: string, subdomain?: string) => Promise<unknown>;
    revokeUrl?: string;
    refreshable?: boolean;
    pkceEnabled?: boolean;
}

/** Who the token belongs to, from a JSON "who am I" endpoint; empty when it cannot be read. */
async function whoAmI(url: string, accessToken: string): Promise<Record<string, unknown>> {
    try {
        const answer = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
        return answer.ok ? ((await answer.json()) as Record<string, unknown>) : {};
    } catch (err) {
        logger.warn({ err, url }, "user lookup failed");
        return {};
    }
}

/** The only providers an OAuth connection can be made for. */
export const OAUTH_PROVIDERS: Record<string, OAuthProvider> = {
    slack: {
        name: "slack",
        displayName: "Slack",
        authUrl: "https://slack.com/oauth/v2/authorize",
        tokenUrl: "https://slack.com/api/oauth.v2.access",
        scopes: [
            "chat:write",
            "channels:read",
            "channels:history",
            "files:write",
            "users:read",
            "users:read.email"
        ],
        clientId: config.oauth.slack.clientId,
        clientSecret: config.oauth.slack.clientSecret,
        redirectUri: getOAuthRedirectUri("slack"),
        getUserInfo: async (accessToken: string) => {
            const me = await whoAmI("https://slack.com/api/auth.test", accessToken);
            return { workspace: me.team, userId: me.user_id, user: me.user };
        },
        revokeUrl: "https://slack.com/api/auth.revoke",
        refreshable: true
    },

    "google-sheets": {
        name: "google-sheets",
        displayName: "Google Sheets",
        authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
        tokenUrl: "https://oauth2.googleapis.com/token",
        scopes: ["https://www.googleapis.com/auth/spreadsheets"],
        authParams: {
            access_type: "offline",
            prompt: "consent"
        },
        clientId: config.oauth.google.clientId,
        clientSecret: config.oauth.google.clientSecret,
        redirectUri: getOAuthRedirectUri("google"),
        getUserInfo: async (accessToken: string) =>
            whoAmI("https://www.googleapis.com/oauth2/v2/userinfo", accessToken),
        revokeUrl: "https://oauth2.googleapis.com/revoke",
        refreshable: true
    }
};

export function getOAuthProvider(provider: string): OAuthProvider {
    const entry = OAUTH_PROVIDERS[provider];
    if (!entry) throw new Error(`"${provider}" is not an OAuth provider`);
    if (!isProviderConfigured(provider)) {
        throw new Error(`"${provider}" has no OAuth client credentials in this environment`);
    }
    return entry;
}

export function listOAuthProviders() {
    return Object.entries(OAUTH_PROVIDERS).map(([name, entry]) => ({
        name,
        displayName: entry.displayName,
        scopes: entry.scopes,
        configured: isProviderConfigured(name)
    }));
}

export function isProviderConfigured(provider: string): boolean {
    const entry = OAUTH_PROVIDERS[provider];
    return Boolean(entry?.clientId) && Boolean(entry?.clientSecret);
}
