/**
 * Centralized Configuration
 *
 * All environment variables should be accessed through this config object. Only environment
 * variable NAMES live here: values come from the deployment's secret store (see
 * infra/pulumi/Pulumi.production.yaml) or a local .env file.
 *
 * IMPORTANT: Do NOT access process.env directly elsewhere in the codebase.
 */
export const config = {
    // ==========================================================================
    // Environment
    // ==========================================================================
    env: process.env.NODE_ENV || "development",
    logLevel: process.env.LOG_LEVEL || "info",

    // ==========================================================================
    // Server Configuration
    // ==========================================================================
    server: {
        port: parseInt(process.env.BACKEND_PORT || "3001"),
        host: process.env.BACKEND_HOST || "0.0.0.0"
    },

    // ==========================================================================
    // Service URLs
    // ==========================================================================
    apiUrl: process.env.API_URL || "http://localhost:3001",
    appUrl: process.env.APP_URL || "http://localhost:3000",

    // ==========================================================================
    // Database Configuration (PostgreSQL)
    // ==========================================================================
    database: {
        host: process.env.POSTGRES_HOST || "localhost",
        port: parseInt(process.env.POSTGRES_PORT || "5432"),
        database: process.env.POSTGRES_DB || "flowmaestro",
        user: process.env.POSTGRES_USER || "flowmaestro",
        password: process.env.POSTGRES_PASSWORD || ""
    },

    // ==========================================================================
    // JWT Configuration
    // ==========================================================================
    jwt: {
        secret: process.env.JWT_SECRET || "",
        expiresIn: process.env.JWT_EXPIRES_IN || "7d"
    },

    // ==========================================================================
    // Encryption Configuration
    // ==========================================================================
    encryption: {
        key: process.env.ENCRYPTION_KEY || ""
    },

    // ==========================================================================
    // OAuth Integration Providers
    // ==========================================================================
    oauth: {
        // Google (Google Workspace, Sheets, Calendar, Drive, Gmail)
        google: {
            clientId: process.env.GOOGLE_CLIENT_ID || "",
            clientSecret: process.env.GOOGLE_CLIENT_SECRET || "",
            redirectUri:
                process.env.GOOGLE_OAUTH_REDIRECT_URI ||
                `${process.env.API_URL || "http://localhost:3001"}/oauth/google/callback`
        },

        // Slack
        slack: {
            clientId: process.env.SLACK_CLIENT_ID || "",
            clientSecret: process.env.SLACK_CLIENT_SECRET || ""
        },

        // Microsoft (OneDrive, Excel, Word, Teams)
        microsoft: {
            clientId: process.env.MICROSOFT_CLIENT_ID || "",
            clientSecret: process.env.MICROSOFT_CLIENT_SECRET || ""
        },

        // Meta (WhatsApp, Instagram, Facebook, Facebook Ads)
        meta: {
            appId: process.env.META_APP_ID || "",
            appSecret: process.env.META_APP_SECRET || "",
            whatsappConfigId: process.env.META_WHATSAPP_CONFIG_ID || "",
            webhookVerifyToken: process.env.META_WEBHOOK_VERIFY_TOKEN || ""
        },

        // Zendesk
        zendesk: {
            clientId: process.env.ZENDESK_CLIENT_ID || "",
            clientSecret: process.env.ZENDESK_CLIENT_SECRET || ""
        },

        // ADP
        adp: {
            clientId: process.env.ADP_CLIENT_ID || "",
            clientSecret: process.env.ADP_CLIENT_SECRET || ""
        }
    }
};

// ==========================================================================
// Helper Functions
// ==========================================================================

/**
 * Get OAuth redirect URI for a provider
 */
export function getOAuthRedirectUri(provider: string): string {
    // Map provider names to their callback paths
    const callbackPaths: Record<string, string> = {
        // Google services all use the same callback
        google: "/oauth/google/callback",
        "google-sheets": "/oauth/google/callback",
        "google-calendar": "/oauth/google/callback",
        "google-drive": "/oauth/google/callback",
        gmail: "/oauth/google/callback",

        // Microsoft services all use the same callback
        microsoft: "/oauth/microsoft/callback",
        "microsoft-onedrive": "/oauth/microsoft/callback",
        "microsoft-teams": "/oauth/microsoft/callback",
        "microsoft-outlook": "/oauth/microsoft/callback",

        // Meta services all use the same callback
        whatsapp: "/oauth/meta/callback",
        instagram: "/oauth/meta/callback",
        facebook: "/oauth/meta/callback",

        // Other providers have their own callbacks
        slack: "/oauth/slack/callback",
        zendesk: "/oauth/zendesk/callback",
        adp: "/oauth/adp/callback"
    };

    const callbackPath = callbackPaths[provider] || `/oauth/${provider}/callback`;
    return `${config.apiUrl}${callbackPath}`;
}

/**
 * Get OAuth credentials for a provider
 */
export function getOAuthCredentials(provider: string): { clientId: string; clientSecret: string } {
    // Map provider names to their OAuth config keys
    const providerMap: Record<string, keyof typeof config.oauth> = {
        // Google services
        google: "google",
        "google-sheets": "google",
        "google-calendar": "google",
        "google-drive": "google",
        gmail: "google",

        // Microsoft services
        microsoft: "microsoft",
        "microsoft-onedrive": "microsoft",
        "microsoft-teams": "microsoft",
        "microsoft-outlook": "microsoft",

        // Meta services - special handling
        whatsapp: "meta",
        instagram: "meta",
        facebook: "meta",

        // Direct mappings
        slack: "slack",
        zendesk: "zendesk",
        adp: "adp"
    };

    const configKey = providerMap[provider];
    if (!configKey) {
        throw new Error(`Unknown OAuth provider: ${provider}`);
    }

    const providerConfig = config.oauth[configKey];

    // Meta uses appId/appSecret instead of clientId/clientSecret
    if (configKey === "meta") {
        const metaConfig = providerConfig as typeof config.oauth.meta;
        return {
            clientId: metaConfig.appId,
            clientSecret: metaConfig.appSecret
        };
    }

    return {
        clientId: (providerConfig as { clientId: string; clientSecret: string }).clientId,
        clientSecret: (providerConfig as { clientId: string; clientSecret: string }).clientSecret
    };
}
