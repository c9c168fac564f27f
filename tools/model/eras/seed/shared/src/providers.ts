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
    "microsoft-teams": "teams.microsoft.com",
    openai: "openai.com",
    mailchimp: "mailchimp.com",
    sendgrid: "sendgrid.com"
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
