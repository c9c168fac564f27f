import type { ConnectionMethod } from "./connections";

/** A field the user fills in before the OAuth redirect (e.g. a subdomain). */
export interface OAuthSettingField {
    name: string;
    label: string;
    placeholder?: string;
    helpText?: string;
    required: boolean;
    type: "text" | "select";
    options?: Array<{ value: string; label: string }>;
    pattern?: string;
    patternError?: string;
}

/** Extra fields shown next to the API key input (labels, secondary secrets, ...). */
export interface ApiKeySettings {
    keyLabel?: string;
    keyPlaceholder?: string;
    helpText?: string;
    helpUrl?: string;
    requiresSecret?: boolean;
    secretLabel?: string;
}

export interface Provider {
    provider: string;
    displayName: string;
    description: string;
    logoUrl: string;
    category: string;
    methods: ConnectionMethod[];
    comingSoon?: boolean;
    oauthSettings?: OAuthSettingField[];
    apiKeySettings?: ApiKeySettings;
}

/** Logo URL for a brand's domain. */
export function getBrandLogo(domain: string): string {
    return `https://www.google.com/s2/favicons?domain=${encodeURIComponent(domain)}&sz=128`;
}

/** Logo domain per provider id, for places that only know the id. */
export const PROVIDER_LOGO_DOMAINS: Record<string, string> = {
    slack: "slack.com",
    sendgrid: "sendgrid.com",
    discord: "discord.com",
    "microsoft-teams": "microsoft.com",
    mailchimp: "mailchimp.com",
    adp: "adp.com",
    gusto: "gusto.com",
    "google-sheets": "google.com",
    "google-drive": "google.com",
    twilio: "twilio.com",
    zoom: "zoom.us",
    workday: "workday.com",
    bamboohr: "bamboohr.com",
    intercom: "intercom.com",
    "monday-com": "monday.com"
};

export function getProviderLogo(provider: string): string | undefined {
    const domain = Object.hasOwn(PROVIDER_LOGO_DOMAINS, provider)
        ? PROVIDER_LOGO_DOMAINS[provider]
        : undefined;
    return domain ? getBrandLogo(domain) : undefined;
}

export const ALL_PROVIDERS: Provider[] = [
    // Communication
    {
        provider: "slack",
        displayName: "Slack",
        description: "Send messages, list channels and react to events in Slack workspaces",
        logoUrl: getBrandLogo("slack.com"),
        category: "Communication",
        methods: ["oauth2"]
    },
    {
        provider: "microsoft-teams",
        displayName: "Microsoft Teams",
        description: "Post messages to Microsoft Teams channels and chats",
        logoUrl: getBrandLogo("microsoft.com"),
        category: "Communication",
        methods: ["oauth2"]
    },

    // Marketing
    {
        provider: "sendgrid",
        displayName: "SendGrid",
        description: "Send and schedule transactional and marketing email with SendGrid",
        logoUrl: getBrandLogo("sendgrid.com"),
        category: "Marketing",
        methods: ["api_key"],
        apiKeySettings: {
            keyLabel: "API Key",
            keyPlaceholder: "SG.xxxxxxxx",
            helpText: "Create an API key with Mail Send access under Settings > API Keys",
            helpUrl: "https://app.sendgrid.com/settings/api_keys"
        }
    },
    {
        provider: "mailchimp",
        displayName: "Mailchimp",
        description: "Manage audiences and campaigns in Mailchimp",
        logoUrl: getBrandLogo("mailchimp.com"),
        category: "Marketing",
        methods: ["api_key", "oauth2"]
    },

    // HR & Payroll
    {
        provider: "adp",
        displayName: "ADP",
        description: "Read workers and pay statements from ADP Workforce Now",
        logoUrl: getBrandLogo("adp.com"),
        category: "HR & Payroll",
        methods: ["oauth2"],
        oauthSettings: [
            {
                name: "organizationId",
                label: "ADP Organization ID",
                placeholder: "G3ABCDEFGHIJ1234",
                helpText: "Your organization OID, shown in ADP API Central under Organization",
                required: true,
                type: "text",
                pattern: "^[A-Z0-9]{8,20}$",
                patternError: "Organization ID is 8-20 uppercase letters or digits"
            }
        ]
    },
    {
        provider: "gusto",
        displayName: "Gusto",
        description: "Sync employees and payrolls from Gusto",
        logoUrl: getBrandLogo("gusto.com"),
        category: "HR & Payroll",
        methods: ["oauth2"]
    },

    // Productivity
    {
        provider: "google-sheets",
        displayName: "Google Sheets",
        description: "Read, append and create spreadsheets in Google Sheets",
        logoUrl: getBrandLogo("google.com"),
        category: "Productivity",
        methods: ["oauth2"]
    },
    {
        provider: "google-drive",
        displayName: "Google Drive",
        description: "Upload, download and organize files in Google Drive",
        logoUrl: getBrandLogo("google.com"),
        category: "Productivity",
        methods: ["oauth2"]
    },

    // Communication (Additional)
    {
        provider: "discord",
        displayName: "Discord",
        description: "Send messages to Discord channels with a bot",
        logoUrl: getBrandLogo("discord.com"),
        category: "Communication",
        methods: ["api_key"]
    },
    {
        provider: "twilio",
        displayName: "Twilio",
        description: "Send SMS and WhatsApp messages through Twilio",
        logoUrl: getBrandLogo("twilio.com"),
        category: "Communication",
        methods: ["api_key"],
        apiKeySettings: {
            keyLabel: "Account SID",
            requiresSecret: true,
            secretLabel: "Auth Token"
        }
    },

    // Coming Soon
    {
        provider: "zoom",
        displayName: "Zoom",
        description: "Create meetings and fetch recordings from Zoom",
        logoUrl: getBrandLogo("zoom.us"),
        category: "Communication",
        methods: ["oauth2"],
        comingSoon: true
    },
    {
        provider: "workday",
        displayName: "Workday",
        description: "Read workers and organizations from Workday HCM",
        logoUrl: getBrandLogo("workday.com"),
        category: "HR & Payroll",
        methods: ["oauth2"],
        comingSoon: true
    },
    {
        provider: "bamboohr",
        displayName: "BambooHR",
        description: "Sync employee directories and time off from BambooHR",
        logoUrl: getBrandLogo("bamboohr.com"),
        category: "HR & Payroll",
        methods: ["api_key"],
        comingSoon: true
    },
    {
        provider: "intercom",
        displayName: "Intercom",
        description: "Manage conversations and contacts in Intercom",
        logoUrl: getBrandLogo("intercom.com"),
        category: "Customer Support",
        methods: ["oauth2"],
        comingSoon: true
    },
    {
        provider: "monday-com",
        displayName: "monday.com",
        description: "Manage boards and items in monday.com",
        logoUrl: getBrandLogo("monday.com"),
        category: "Project Management",
        methods: ["oauth2"],
        comingSoon: true
    }
];

export function getProvider(provider: string): Provider | undefined {
    return ALL_PROVIDERS.find((item) => item.provider === provider);
}

export function getProvidersByCategory(category: string): Provider[] {
    return ALL_PROVIDERS.filter((item) => item.category === category);
}
