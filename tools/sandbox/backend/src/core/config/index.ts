/**
 * Application configuration, read once from the environment.
 *
 * Only environment variable NAMES live here: values come from the deployment's secret store
 * (see infra/pulumi/Pulumi.production.yaml) or a local .env file.
 */
export const config = {
    env: process.env.NODE_ENV || "development",

    server: {
        port: parseInt(process.env.PORT || "3001", 10),
        host: process.env.HOST || "0.0.0.0",
        apiUrl: process.env.API_URL || "http://localhost:3001",
        appUrl: process.env.APP_URL || "http://localhost:3000"
    },

    database: {
        url: process.env.DATABASE_URL || "",
        poolSize: parseInt(process.env.DATABASE_POOL_SIZE || "10", 10)
    },

    redis: {
        url: process.env.REDIS_URL || "redis://localhost:6379"
    },

    jwt: {
        secret: process.env.JWT_SECRET || "",
        expiresIn: process.env.JWT_EXPIRES_IN || "7d"
    },

    encryption: {
        key: process.env.ENCRYPTION_KEY || ""
    },

    llm: {
        openaiApiKey: process.env.OPENAI_API_KEY || "",
        anthropicApiKey: process.env.ANTHROPIC_API_KEY || ""
    },

    oauth: {
        // Slack
        slack: {
            clientId: process.env.SLACK_CLIENT_ID || "",
            clientSecret: process.env.SLACK_CLIENT_SECRET || ""
        },

        // Google (shared by Google Sheets, Google Drive, Gmail, Google Calendar)
        google: {
            clientId: process.env.GOOGLE_CLIENT_ID || "",
            clientSecret: process.env.GOOGLE_CLIENT_SECRET || ""
        },

        // Microsoft (shared by Microsoft Teams, Outlook, OneDrive)
        microsoft: {
            clientId: process.env.MICROSOFT_CLIENT_ID || "",
            clientSecret: process.env.MICROSOFT_CLIENT_SECRET || ""
        },

        // Meta (shared by Facebook, Instagram, WhatsApp)
        meta: {
            appId: process.env.META_APP_ID || "",
            appSecret: process.env.META_APP_SECRET || ""
        },

        // ADP
        adp: {
            clientId: process.env.ADP_CLIENT_ID || "",
            clientSecret: process.env.ADP_CLIENT_SECRET || ""
        }
    }
};

/**
 * OAuth callback URL for a provider. Provider families that share one OAuth app also share one
 * callback; every other provider gets `/oauth/<provider-id>/callback`.
 */
export function getOAuthRedirectUri(provider: string): string {
    const baseUrl = config.server.apiUrl;

    const callbackPaths: Record<string, string> = {
        // Google services all use the same callback
        google: "/oauth/google/callback",
        "google-sheets": "/oauth/google/callback",
        "google-drive": "/oauth/google/callback",
        "google-calendar": "/oauth/google/callback",
        gmail: "/oauth/google/callback",

        // Microsoft services all use the same callback
        microsoft: "/oauth/microsoft/callback",
        "microsoft-teams": "/oauth/microsoft/callback",
        "microsoft-outlook": "/oauth/microsoft/callback",
        "microsoft-onedrive": "/oauth/microsoft/callback",

        // Meta services all use the same callback
        facebook: "/oauth/meta/callback",
        instagram: "/oauth/meta/callback",
        whatsapp: "/oauth/meta/callback",

        // Other providers have their own callbacks
        slack: "/oauth/slack/callback",
        adp: "/oauth/adp/callback"
    };

    const path = Object.hasOwn(callbackPaths, provider)
        ? callbackPaths[provider]
        : `/oauth/${provider}/callback`;
    return `${baseUrl}${path}`;
}

/**
 * Client credentials for a provider's OAuth app. Provider families map to the family's config key.
 */
export function getOAuthCredentials(provider: string): { clientId: string; clientSecret: string } {
    const providerMap: Record<string, keyof typeof config.oauth> = {
        // Google services all use the same OAuth app
        google: "google",
        "google-sheets": "google",
        "google-drive": "google",
        "google-calendar": "google",
        gmail: "google",

        // Microsoft services all use the same OAuth app
        microsoft: "microsoft",
        "microsoft-teams": "microsoft",
        "microsoft-outlook": "microsoft",
        "microsoft-onedrive": "microsoft",

        // Meta services all use the same OAuth app
        facebook: "meta",
        instagram: "meta",
        whatsapp: "meta",

        // Other providers have their own OAuth apps
        slack: "slack",
        adp: "adp"
    };

    const configKey = Object.hasOwn(providerMap, provider) ? providerMap[provider] : undefined;
    if (!configKey) {
        throw new Error(`Unknown OAuth provider: ${provider}`);
    }

    const credentials = config.oauth[configKey];
    if ("appId" in credentials) {
        return { clientId: credentials.appId, clientSecret: credentials.appSecret };
    }
    return { clientId: credentials.clientId, clientSecret: credentials.clientSecret };
}
