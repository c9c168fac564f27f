import { config, getOAuthRedirectUri } from "../../core/config";
import { createServiceLogger } from "../../core/logging";

const logger = createServiceLogger("OAuthProviderRegistry");

/**
 * OAuth Provider Configuration
 * Defines the structure for OAuth 2.0 provider configuration
 */
export interface OAuthProvider {
    name: string;
    displayName: string;
    authUrl: string;
    tokenUrl: string;
    scopes: string[];
    clientId: string;
    clientSecret: string;
    redirectUri: string;

    // Optional customizations
    authParams?: Record<string, string>;
    tokenParams?: Record<string, string>;
    getUserInfo?: (accessToken: string, subdomain?: string) => Promise<unknown>;
    revokeUrl?: string;
    refreshable?: boolean;
    pkceEnabled?: boolean; // Enable PKCE (Proof Key for Code Exchange)
    tokenAuthMethod?: "basic" | "body"; // How to send credentials during token exchange (default: "body")
}

/**
 * Central Registry of OAuth Providers
 *
 * The OAuth service looks providers up only here: an oauth2 integration missing from this object
 * can never complete the OAuth flow.
 */
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
            try {
                const response = await fetch("https://slack.com/api/auth.test", {
                    method: "POST",
                    headers: {
                        Authorization: `Bearer ${accessToken}`,
                        "Content-Type": "application/x-www-form-urlencoded"
                    }
                });

                const data = (await response.json()) as {
                    ok?: boolean;
                    error?: string;
                    team?: string;
                    team_id?: string;
                    user?: string;
                    user_id?: string;
                    email?: string;
                };

                if (!data.ok) {
                    throw new Error(data.error || "Failed to get Slack user info");
                }

                return {
                    workspace: data.team,
                    workspaceId: data.team_id,
                    user: data.user,
                    userId: data.user_id,
                    email: data.email || `${data.user}@slack`
                };
            } catch (error) {
                logger.error({ err: error }, "Failed to get Slack user info");
                return {
                    user: "Slack User",
                    email: "unknown@slack"
                };
            }
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
        getUserInfo: async (accessToken: string) => {
            try {
                const response = await fetch("https://www.googleapis.com/oauth2/v2/userinfo", {
                    headers: {
                        Authorization: `Bearer ${accessToken}`
                    }
                });

                const data = (await response.json()) as {
                    email?: string;
                    name?: string;
                    id?: string;
                };

                return {
                    email: data.email,
                    name: data.name,
                    userId: data.id
                };
            } catch (error) {
                logger.error({ err: error }, "Failed to get Google Sheets user info");
                return {
                    email: "unknown@google",
                    name: "Google User"
                };
            }
        },
        revokeUrl: "https://oauth2.googleapis.com/revoke",
        refreshable: true
    },

    // ==========================================================================
    // Zendesk Support
    // NOTE: Zendesk requires subdomain in OAuth URLs. The {subdomain} placeholder
    // is replaced at runtime based on user-provided subdomain.
    // ==========================================================================

    zendesk: {
        name: "zendesk",
        displayName: "Zendesk",
        // Template URLs - {subdomain} must be replaced at runtime
        authUrl: "https://{subdomain}.zendesk.com/oauth/authorizations/new",
        tokenUrl: "https://{subdomain}.zendesk.com/oauth/tokens",
        scopes: ["read", "write", "tickets:read", "tickets:write", "users:read"],
        clientId: config.oauth.zendesk.clientId,
        clientSecret: config.oauth.zendesk.clientSecret,
        redirectUri: getOAuthRedirectUri("zendesk"),
        // PKCE required for Public OAuth clients in Zendesk
        pkceEnabled: true,
        getUserInfo: async (accessToken: string, subdomain?: string) => {
            try {
                if (!subdomain) {
                    throw new Error("Zendesk subdomain is required");
                }

                const response = await fetch(
                    `https://${subdomain}.zendesk.com/api/v2/users/me.json`,
                    {
                        headers: {
                            Authorization: `Bearer ${accessToken}`
                        }
                    }
                );

                if (!response.ok) {
                    throw new Error(`HTTP ${response.status}: ${response.statusText}`);
                }

                const data = (await response.json()) as {
                    user?: { id?: number; name?: string; email?: string };
                };

                return {
                    userId: data.user?.id?.toString() || "unknown",
                    name: data.user?.name || "Zendesk User",
                    email: data.user?.email || "unknown@zendesk",
                    subdomain
                };
            } catch (error) {
                logger.error({ err: error }, "Failed to get Zendesk user info");
                return {
                    userId: "unknown",
                    name: "Zendesk User",
                    email: "unknown@zendesk",
                    subdomain
                };
            }
        },
        refreshable: true
    },

    // ==========================================================================
    // ADP - HR and Payroll
    // Uses OAuth 2.0 with standard flow
    // ==========================================================================

    adp: {
        name: "adp",
        displayName: "ADP",
        authUrl: "https://accounts.adp.com/auth/oauth/v2/authorize",
        tokenUrl: "https://accounts.adp.com/auth/oauth/v2/token",
        scopes: ["api"],
        clientId: config.oauth.adp.clientId,
        clientSecret: config.oauth.adp.clientSecret,
        redirectUri: getOAuthRedirectUri("adp"),
        refreshable: true,
        pkceEnabled: false
    }
};

/**
 * Get OAuth provider configuration by name
 * @throws Error if provider not found or not configured
 */
export function getOAuthProvider(provider: string): OAuthProvider {
    const config = OAUTH_PROVIDERS[provider];

    if (!config) {
        throw new Error(`Unknown OAuth provider: ${provider}`);
    }

    if (!config.clientId || !config.clientSecret) {
        throw new Error(
            `OAuth provider ${provider} is not configured. ` +
                `Please set ${provider.toUpperCase()}_CLIENT_ID and ${provider.toUpperCase()}_CLIENT_SECRET environment variables.`
        );
    }

    return config;
}

/**
 * List all available OAuth providers
 */
export function listOAuthProviders() {
    return Object.values(OAUTH_PROVIDERS).map((provider) => ({
        name: provider.name,
        displayName: provider.displayName,
        scopes: provider.scopes,
        configured: !!(provider.clientId && provider.clientSecret)
    }));
}

/**
 * Check if a provider is configured (has client ID and secret)
 */
export function isProviderConfigured(provider: string): boolean {
    const config = OAUTH_PROVIDERS[provider];
    if (!config) return false;
    return !!(config.clientId && config.clientSecret);
}
