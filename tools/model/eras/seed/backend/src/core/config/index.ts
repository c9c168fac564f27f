/**
 * Settings from the environment. Only variable names are written here; values come from the
 * secret store that infra/pulumi/Pulumi.production.yaml declares, or from a local .env.
 */
export const config = {
    env: process.env.NODE_ENV || "development",
    logLevel: process.env.LOG_LEVEL || "info",

    server: {
        port: parseInt(process.env.BACKEND_PORT || "3001"),
        host: process.env.BACKEND_HOST || "0.0.0.0"
    },

    apiUrl: process.env.API_URL || "http://localhost:3001",
    appUrl: process.env.APP_URL || "http://localhost:3000",

    database: {
        host: process.env.POSTGRES_HOST || "localhost",
        port: parseInt(process.env.POSTGRES_PORT || "5432"),
        database: process.env.POSTGRES_DB || "flowmaestro",
        user: process.env.POSTGRES_USER || "flowmaestro",
        password: process.env.POSTGRES_PASSWORD || ""
    },

    jwt: {
        secret: process.env.JWT_SECRET || "",
        expiresIn: process.env.JWT_EXPIRES_IN || "7d"
    },

    encryption: {
        key: process.env.ENCRYPTION_KEY || ""
    },

    /** One OAuth app per key; a family of providers (google, microsoft, meta) shares one. */
    oauth: {
        google: {
            clientId: process.env.GOOGLE_CLIENT_ID || "",
            clientSecret: process.env.GOOGLE_CLIENT_SECRET || "",
            redirectUri:
                process.env.GOOGLE_OAUTH_REDIRECT_URI ||
                `${process.env.API_URL || "http://localhost:3001"}/oauth/google/callback`
        },

        slack: {
            clientId: process.env.SLACK_CLIENT_ID || "",
            clientSecret: process.env.SLACK_CLIENT_SECRET || ""
        },

        microsoft: {
            clientId: process.env.MICROSOFT_CLIENT_ID || "",
            clientSecret: process.env.MICROSOFT_CLIENT_SECRET || ""
        },

        meta: {
            appId: process.env.META_APP_ID || "",
            appSecret: process.env.META_APP_SECRET || "",
            whatsappConfigId: process.env.META_WHATSAPP_CONFIG_ID || "",
            webhookVerifyToken: process.env.META_WEBHOOK_VERIFY_TOKEN || ""
        }
    }
};

/** The callback URL the provider's OAuth app is registered with. */
export function getOAuthRedirectUri(provider: string): string {
    const callbackPaths: Record<string, string> = {
        google: "/oauth/google/callback",
        "google-sheets": "/oauth/google/callback",
        "google-calendar": "/oauth/google/callback",
        "google-drive": "/oauth/google/callback",
        gmail: "/oauth/google/callback",

        microsoft: "/oauth/microsoft/callback",
        "microsoft-onedrive": "/oauth/microsoft/callback",
        "microsoft-teams": "/oauth/microsoft/callback",

        whatsapp: "/oauth/meta/callback",
        instagram: "/oauth/meta/callback",
        facebook: "/oauth/meta/callback",

        slack: "/oauth/slack/callback"
    };

    return config.apiUrl + (callbackPaths[provider] ?? `/oauth/${provider}/callback`);
}

/** The client id and secret of the app the provider signs in with (Meta names them appId/appSecret). */
export function getOAuthCredentials(provider: string): { clientId: string; clientSecret: string } {
    const providerMap: Record<string, keyof typeof config.oauth> = {
        google: "google",
        "google-sheets": "google",
        "google-calendar": "google",
        "google-drive": "google",
        gmail: "google",

        microsoft: "microsoft",
        "microsoft-onedrive": "microsoft",
        "microsoft-teams": "microsoft",

        whatsapp: "meta",
        instagram: "meta",
        facebook: "meta",

        slack: "slack"
    };

    const key = providerMap[provider];
    if (key === undefined) throw new Error(`no OAuth app is configured for "${provider}"`);
    const app: { clientId?: string; clientSecret?: string; appId?: string; appSecret?: string } =
        config.oauth[key];
    return {
        clientId: app.clientId ?? app.appId ?? "",
        clientSecret: app.clientSecret ?? app.appSecret ?? ""
    };
}
