/**
 * Centralized Provider Definitions
 * Shared between frontend and backend
 */

import type { ConnectionMethod } from "./connections";

/**
 * OAuth pre-auth field configuration
 * Used to collect provider-specific settings before initiating OAuth flow
 */
export interface OAuthField {
    /** Field name (used as key in settings object) */
    name: string;
    /** Display label */
    label: string;
    /** Placeholder text */
    placeholder?: string;
    /** Help text shown below the field */
    helpText?: string;
    /** Whether the field is required */
    required: boolean;
    /** Field type */
    type: "text" | "select";
    /** Options for select fields */
    options?: { value: string; label: string }[];
    /** Validation pattern (regex) */
    pattern?: string;
    /** Pattern validation error message */
    patternError?: string;
}

/**
 * API Key field configuration
 * Used to customize the API key form for providers that need additional fields
 */
export interface ApiKeySettings {
    /** Custom label for the primary API key field (default: "API Key") */
    keyLabel?: string;
    /** Custom placeholder for the API key field */
    keyPlaceholder?: string;
    /** Whether the provider requires an api_secret field (e.g., Trello token) */
    requiresSecret?: boolean;
    /** Custom label for the api_secret field (default: "API Token") */
    secretLabel?: string;
    /** Custom placeholder for the secret field */
    secretPlaceholder?: string;
    /** Help text or instructions for users */
    helpText?: string;
    /** URL where users can get their credentials */
    helpUrl?: string;
}

export interface Provider {
    provider: string;
    displayName: string;
    description: string;
    logoUrl: string;
    category: string;
    methods: ConnectionMethod[];
    comingSoon?: boolean;
    /** Fields to collect before initiating OAuth flow (e.g., subdomain for Zendesk) */
    oauthSettings?: OAuthField[];
    /** API key form customization (labels, secret field, help text) */
    apiKeySettings?: ApiKeySettings;
}

// Brandfetch Logo API client ID (the host's own value is not copied here)
const BRANDFETCH_CLIENT_ID = "sandbox";

/**
 * Get a provider logo URL from Brandfetch CDN.
 */
export const getProviderLogoUrl = (domain: string): string =>
    `https://cdn.brandfetch.io/${domain}?c=${BRANDFETCH_CLIENT_ID}`;

// Alias for internal use
const getBrandLogo = getProviderLogoUrl;

/**
 * Domain mapping for provider IDs to their logo domains.
 * Used when you have a provider ID and need to get its logo.
 */
export const PROVIDER_LOGO_DOMAINS: Record<string, string> = {
    slack: "slack.com",
    discord: "discord.com",
    "google-sheets": "google.com",
    "google-drive": "google.com",
    zendesk: "zendesk.com",
    "microsoft-teams": "teams.microsoft.com",
    openai: "openai.com",
    intercom: "intercom.com",
    mailchimp: "mailchimp.com",
    sendgrid: "sendgrid.com",
    circleci: "circleci.com"
};

/**
 * Get logo URL for a provider by its ID.
 * Falls back to {providerId}.com if not in the domain map.
 */
export function getProviderLogo(providerId: string): string {
    const domain = PROVIDER_LOGO_DOMAINS[providerId] || `${providerId}.com`;
    return getProviderLogoUrl(domain);
}

/**
 * All Providers - Available and Coming Soon
 * Centralized list of all integrations
 */
export const ALL_PROVIDERS: Provider[] = [
    // AI & ML
    {
        provider: "openai",
        displayName: "OpenAI",
        description: "GPT models and AI capabilities",
        logoUrl: getBrandLogo("openai.com"),
        category: "AI & ML",
        methods: ["api_key"]
    },

    // Communication
    {
        provider: "slack",
        displayName: "Slack",
        description: "Send messages and manage channels",
        logoUrl: getBrandLogo("slack.com"),
        category: "Communication",
        methods: ["oauth2"]
    },
    {
        provider: "discord",
        displayName: "Discord",
        description:
            "Send messages to channels, manage webhooks, and automate Discord interactions",
        logoUrl: getBrandLogo("discord.com"),
        category: "Communication",
        methods: ["oauth2"]
    },
    {
        provider: "microsoft-teams",
        displayName: "Microsoft Teams",
        description: "Team collaboration and messaging",
        logoUrl: getBrandLogo("teams.microsoft.com"),
        category: "Communication",
        methods: ["oauth2"]
    },

    // Marketing & Email
    {
        provider: "mailchimp",
        displayName: "Mailchimp",
        description: "Manage email campaigns, audiences, members, and templates",
        logoUrl: getBrandLogo("mailchimp.com"),
        category: "Marketing",
        methods: ["oauth2"],
        comingSoon: false
    },
    {
        provider: "sendgrid",
        displayName: "SendGrid",
        description: "Send transactional emails, manage contacts and lists",
        logoUrl: getBrandLogo("sendgrid.com"),
        category: "Marketing",
        methods: ["api_key"],
        comingSoon: false
    },

    // HR & Recruiting
    {
        provider: "workday",
        displayName: "Workday",
        description: "Enterprise HR and finance",
        logoUrl: getBrandLogo("workday.com"),
        category: "HR",
        methods: ["oauth2"],
        oauthSettings: [
            {
                name: "tenant",
                label: "Workday Tenant",
                placeholder: "your-company",
                helpText:
                    "Enter your Workday tenant ID (found in your Workday URL, e.g., 'acme' from acme.workday.com)",
                required: true,
                type: "text",
                pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*[a-zA-Z0-9]$",
                patternError: "Tenant must start and end with a letter or number"
            }
        ]
    },
    {
        provider: "adp",
        displayName: "ADP",
        description: "Payroll and HR management",
        logoUrl: getBrandLogo("adp.com"),
        category: "HR",
        methods: ["oauth2"]
    },

    // Customer Support
    {
        provider: "zendesk",
        displayName: "Zendesk",
        description: "Customer support ticketing",
        logoUrl: getBrandLogo("zendesk.com"),
        category: "Customer Support",
        methods: ["oauth2"],
        oauthSettings: [
            {
                name: "subdomain",
                label: "Zendesk Subdomain",
                placeholder: "your-company",
                helpText: "Enter your Zendesk subdomain (e.g., 'acme' from acme.zendesk.com)",
                required: true,
                type: "text",
                pattern: "^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$|^[a-zA-Z0-9]$",
                patternError:
                    "Subdomain must start and end with a letter or number, and can contain hyphens"
            }
        ]
    },
    {
        provider: "intercom",
        displayName: "Intercom",
        description: "Customer messaging and engagement platform",
        logoUrl: getBrandLogo("intercom.com"),
        category: "Customer Support",
        methods: ["oauth2"]
    },

    // Collaboration (Additional Productivity)
    {
        provider: "google-drive",
        displayName: "Google Drive",
        description: "Cloud file storage and sharing",
        logoUrl: getBrandLogo("drive.google.com"),
        category: "File Storage",
        methods: ["oauth2"]
    },
    {
        provider: "google-sheets",
        displayName: "Google Sheets",
        description: "Cloud spreadsheet application",
        logoUrl: getBrandLogo("sheets.google.com"),
        category: "Productivity",
        methods: ["oauth2"]
    },

    // Developer Tools (Additional)
    {
        provider: "circleci",
        displayName: "CircleCI",
        description:
            "Continuous integration platform for managing pipelines, workflows, and build jobs",
        logoUrl: getBrandLogo("circleci.com"),
        category: "Developer Tools",
        methods: ["api_key"],
        apiKeySettings: {
            keyLabel: "Personal API Token",
            keyPlaceholder: "Enter your CircleCI Personal API Token",
            helpText: "Create a Personal API Token in CircleCI User Settings",
            helpUrl: "https://circleci.com/docs/managing-api-tokens/"
        }
    },
    {
        provider: "cloudflare",
        displayName: "Cloudflare",
        description:
            "Manage DNS records, Workers, KV storage, and zones - CDN and edge computing platform",
        logoUrl: getBrandLogo("cloudflare.com"),
        category: "Developer Tools",
        methods: ["api_key"],
        apiKeySettings: {
            keyLabel: "API Token",
            keyPlaceholder: "Enter your Cloudflare API Token",
            helpText: "Create an API Token with appropriate permissions in Cloudflare dashboard",
            helpUrl: "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"
        },
        oauthSettings: [
            {
                name: "accountId",
                label: "Account ID",
                type: "text",
                required: true,
                placeholder: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                helpText: "Find your Account ID on the Cloudflare dashboard Overview page",
                pattern: "^[a-f0-9]{32}$",
                patternError: "Account ID must be a 32-character hex string"
            }
        ]
    },

    // Databases & Data
    {
        provider: "mongodb",
        displayName: "MongoDB",
        description: "NoSQL database platform",
        logoUrl: getBrandLogo("mongodb.com"),
        category: "Databases",
        methods: ["api_key"]
    },
    {
        provider: "databricks",
        displayName: "Databricks",
        description: "Data and AI platform",
        logoUrl: getBrandLogo("databricks.com"),
        category: "Databases",
        methods: ["api_key"]
    },

    // Payment Processing (Additional)
    {
        provider: "klarna",
        displayName: "Klarna",
        description: "Buy now pay later platform",
        logoUrl: getBrandLogo("klarna.com"),
        category: "Payment Processing",
        methods: ["api_key"],
        comingSoon: true
    }
];

// ============================================================================
// Helper Functions - Use these instead of hardcoding provider lists
// ============================================================================

/**
 * Get providers that support a specific connection method.
 * Excludes "coming soon" providers by default.
 */
export function getProvidersByMethod(
    method: ConnectionMethod,
    options: { includeComingSoon?: boolean } = {}
): string[] {
    return ALL_PROVIDERS.filter(
        (p) => p.methods.includes(method) && (options.includeComingSoon || !p.comingSoon)
    ).map((p) => p.provider);
}

/**
 * Get full provider definition by ID.
 */
export function getProviderById(providerId: string): Provider | undefined {
    return ALL_PROVIDERS.find((p) => p.provider === providerId);
}

/**
 * Check if a provider is available (not coming soon).
 */
export function isProviderAvailable(providerId: string): boolean {
    const provider = ALL_PROVIDERS.find((p) => p.provider === providerId);
    return provider ? !provider.comingSoon : false;
}
