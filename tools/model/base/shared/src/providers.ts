import type { ConnectionMethod } from "./connections";

export interface OAuthField {
    name: string;
    label: string;
    placeholder?: string;
    helpText?: string;
    required: boolean;
    type: "text" | "select";
    options?: { value: string; label: string }[];
    pattern?: string;
    patternError?: string;
}

export interface ApiKeySettings {
    keyLabel?: string;
    keyPlaceholder?: string;
    requiresSecret?: boolean;
    secretLabel?: string;
    secretPlaceholder?: string;
    helpText?: string;
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
    /** Asked for before the OAuth redirect, e.g. a tenant's subdomain. */
    oauthSettings?: OAuthField[];
    apiKeySettings?: ApiKeySettings;
}

/** Logos come from Brandfetch's CDN; the client id here is a placeholder. */
const LOGO_CDN = "https://cdn.brandfetch.io";
const BRANDFETCH_CLIENT_ID = "model";

export const getProviderLogoUrl = (domain: string): string =>
    `${LOGO_CDN}/${encodeURIComponent(domain)}?c=${BRANDFETCH_CLIENT_ID}`;

const getBrandLogo = getProviderLogoUrl;

/** Logo domain by provider id; an id not listed falls back to `<id>.com`. */
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

export function getProviderLogo(providerId: string): string {
    return getProviderLogoUrl(PROVIDER_LOGO_DOMAINS[providerId] ?? `${providerId}.com`);
}

/** Every provider the app shows, available or announced (`comingSoon`), grouped by category. */
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

const available = (entry: Provider): boolean => entry.comingSoon !== true;

/** Ids of the providers offering `method`; announced ones only when asked for. */
export function getProvidersByMethod(
    method: ConnectionMethod,
    options: { includeComingSoon?: boolean } = {}
): string[] {
    const ids: string[] = [];
    for (const entry of ALL_PROVIDERS) {
        if (!entry.methods.includes(method)) continue;
        if (options.includeComingSoon || available(entry)) ids.push(entry.provider);
    }
    return ids;
}

export function getProviderById(providerId: string): Provider | undefined {
    return ALL_PROVIDERS.find(({ provider }) => provider === providerId);
}

export function isProviderAvailable(providerId: string): boolean {
    const entry = getProviderById(providerId);
    return entry !== undefined && available(entry);
}
