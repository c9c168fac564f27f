/**
 * Excerpts of the five host files in the shapes host-file-formats.md describes (LF, final newline,
 * Prettier style): both registry layouts, a wrapped import, banners, grouped maps, "(Additional)"
 * sections, a coming-soon tail and a secrets block with llm entries after the oauth ones.
 */

export const REGISTRY_TS = `import { providerRegistry } from "./core/ProviderRegistry";
import type { ProviderRegistryEntry } from "./core/types";

// Register Slack provider
const slackEntry: ProviderRegistryEntry = {
    name: "slack",
    displayName: "Slack",
    authMethod: "oauth2",
    category: "communication",
    loader: async () => {
        const { SlackProvider } = await import("./providers/slack/SlackProvider");
        return new SlackProvider();
    }
};

// Register SendGrid provider
const sendgridEntry: ProviderRegistryEntry = {
    name: "sendgrid",
    displayName: "SendGrid",
    authMethod: "api_key",
    category: "marketing",
    loader: async () => {
        const { SendGridProvider } = await import("./providers/sendgrid/SendGridProvider");
        return new SendGridProvider();
    }
};

providerRegistry.register(slackEntry);
providerRegistry.register(sendgridEntry);

// Register Google Sheets provider
const googleSheetsEntry: ProviderRegistryEntry = {
    name: "google-sheets",
    displayName: "Google Sheets",
    authMethod: "oauth2",
    category: "productivity",
    loader: async () => {
        const { GoogleSheetsProvider } = await import(
            "./providers/google-sheets/GoogleSheetsProvider"
        );
        return new GoogleSheetsProvider();
    }
};

providerRegistry.register(googleSheetsEntry);

// Export for use in application
export { providerRegistry };
`;

export const OAUTH_REGISTRY_TS = `import { config, getOAuthRedirectUri } from "../../core/config";
import type { OAuthProvider } from "./types";

export const OAUTH_PROVIDERS: Record<string, OAuthProvider> = {
    slack: {
        name: "slack",
        displayName: "Slack",
        authUrl: "https://slack.com/oauth/v2/authorize",
        tokenUrl: "https://slack.com/api/oauth.v2.access",
        scopes: ["chat:write", "channels:read"],
        clientId: config.oauth.slack.clientId,
        clientSecret: config.oauth.slack.clientSecret,
        redirectUri: getOAuthRedirectUri("slack"),
        refreshable: false,
        pkceEnabled: false
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
        clientId: config.oauth.google.clientId,
        clientSecret: config.oauth.google.clientSecret,
        redirectUri: getOAuthRedirectUri("google-sheets"),
        refreshable: true,
        pkceEnabled: true
    }
};

export function getOAuthProvider(name: string): OAuthProvider | undefined {
    return OAUTH_PROVIDERS[name];
}
`;

export const CONFIG_TS = `export const config = {
    env: process.env.NODE_ENV || "development",

    oauth: {
        // Slack
        slack: {
            clientId: process.env.SLACK_CLIENT_ID || "",
            clientSecret: process.env.SLACK_CLIENT_SECRET || ""
        },

        // Google (shared by Google Sheets, Google Drive)
        google: {
            clientId: process.env.GOOGLE_CLIENT_ID || "",
            clientSecret: process.env.GOOGLE_CLIENT_SECRET || ""
        },

        // Meta (shared by Facebook, Instagram)
        meta: {
            appId: process.env.META_APP_ID || "",
            appSecret: process.env.META_APP_SECRET || ""
        }
    }
};

export function getOAuthRedirectUri(provider: string): string {
    const callbackPaths: Record<string, string> = {
        // one callback for the whole Google family
        google: "/oauth/google/callback",
        "google-sheets": "/oauth/google/callback",
        "google-drive": "/oauth/google/callback",

        // Other providers have their own callbacks
        slack: "/oauth/slack/callback"
    };

    const path = callbackPaths[provider] || \`/oauth/\${provider}/callback\`;
    return \`\${config.env}\${path}\`;
}

export function getOAuthCredentials(provider: string): { clientId: string; clientSecret: string } {
    const providerMap: Record<string, keyof typeof config.oauth> = {
        // Google services all use the same OAuth app
        "google-sheets": "google",
        "google-drive": "google",

        // Meta services all use the same OAuth app
        facebook: "meta",
        instagram: "meta",

        // Other providers have their own OAuth apps
        slack: "slack"
    };
    const credentials = config.oauth[providerMap[provider]];
    return "appId" in credentials
        ? { clientId: credentials.appId, clientSecret: credentials.appSecret }
        : credentials;
}
`;

export const SHARED_PROVIDERS_TS = `export function getBrandLogo(domain: string): string {
    return \`https://logo.example/\${domain}\`;
}

export const PROVIDER_LOGO_DOMAINS: Record<string, string> = {
    slack: "slack.com",
    "google-sheets": "google.com"
};

export const ALL_PROVIDERS: Provider[] = [
    // Communication
    {
        provider: "slack",
        displayName: "Slack",
        description: "Send messages to Slack channels",
        logoUrl: getBrandLogo("slack.com"),
        category: "Communication",
        methods: ["oauth2"]
    },

    // Productivity
    {
        provider: "google-sheets",
        displayName: "Google Sheets",
        description: "Read and write spreadsheets",
        logoUrl: getBrandLogo("google.com"),
        category: "Productivity",
        methods: ["oauth2"]
    },

    // Communication (Additional)
    {
        provider: "discord",
        displayName: "Discord",
        description: "Post to Discord channels",
        logoUrl: getBrandLogo("discord.com"),
        category: "Communication",
        methods: ["oauth2"]
    },
    {
        provider: "rocket-chat",
        displayName: "Rocket.Chat",
        description: "Self-hosted team chat",
        logoUrl: getBrandLogo("rocket.chat"),
        category: "Communication",
        methods: ["api_key"],
        comingSoon: true
    },

    // Coming Soon
    {
        provider: "zoom",
        displayName: "Zoom",
        description: "Schedule meetings",
        logoUrl: getBrandLogo("zoom.us"),
        category: "Communication",
        methods: ["oauth2"],
        comingSoon: true
    }
];

interface Provider {
    provider: string;
    displayName: string;
    description: string;
    logoUrl: string;
    category: string;
    methods: string[];
    comingSoon?: boolean;
    oauthSettings?: unknown[];
}
`;

export const PULUMI_YAML = `config:
  gcp:project: flowmaestro-prod
  flowmaestro-infrastructure:domain: flowmaestro.example
  flowmaestro-infrastructure:dbPassword:
    secure: AAABAxxxxxxxx
  # The value is a JSON array read with JSON.parse at deploy time: no comments, no trailing comma.
  flowmaestro-infrastructure:secrets: |
    [
      {"name":"database-url","envVar":"DATABASE_URL","category":"service","deployments":["api","worker"],"required":true,"description":"PostgreSQL connection string"},
      {"name":"slack-client-id","envVar":"SLACK_CLIENT_ID","category":"oauth","deployments":["api"],"required":false,"description":"Slack OAuth client ID"},
      {"name":"slack-client-secret","envVar":"SLACK_CLIENT_SECRET","category":"oauth","deployments":["api"],"required":false,"description":"Slack OAuth client secret"},
      {"name":"openai-api-key","envVar":"OPENAI_API_KEY","category":"llm","deployments":["api","worker"],"required":false,"description":"OpenAI API key"}
    ]
`;

/**
 * The OAuth service's URL handling, in the real service's shapes: an if/else-if on the provider
 * name for the authorization URL, a `config.name` comparison with `&&` for the token URL, plus
 * forms the real one does not use yet (a switch, a ternary, a regex, an unguarded replace).
 */
export const OAUTH_SERVICE_TS = `import { getOAuthProvider } from "./OAuthProviderRegistry";

export class OAuthService {
    generateAuthUrl(provider: string, options?: { subdomain?: string }): string {
        const tenant = options?.subdomain ?? "";
        let authUrl = getOAuthProvider(provider).authUrl;
        if (provider === "zendesk") {
            if (!tenant) throw new Error("a tenant is needed first");
            authUrl = authUrl.replace("{subdomain}", tenant);
        }
        if (provider === "shopify") authUrl = authUrl.replace("{shop}", tenant);
        switch (provider) {
            case "freshdesk":
            case "freshservice":
                authUrl = authUrl.replace(/\\{domain\\}/g, tenant);
                break;
        }
        return authUrl.replace("{region}", "eu");
    }

    private async requestToken(entry: { name: string; tokenUrl: string }, tenant = ""): Promise<string> {
        let tokenUrl = entry.tokenUrl;
        if (entry.name === "zendesk" && tenant) tokenUrl = tokenUrl.replace("{subdomain}", tenant);
        else if (entry.name === "shopify" && tenant) tokenUrl = tokenUrl.replace("{shop}", tenant);
        tokenUrl = entry.name === "okta" ? tokenUrl.replace("{org}", tenant) : tokenUrl;
        return (await fetch(tokenUrl, { method: "POST" })).text();
    }
}
`;
