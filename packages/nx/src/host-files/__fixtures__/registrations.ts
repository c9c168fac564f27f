import { oauthAppFor } from "../../model/provider-model";
import type { RegistrationModel } from "../../model/registration";

/** An oauth2 provider with its own app, a pre-auth field and a user-info URL. */
export const acmeChat: RegistrationModel = {
    id: "acme-chat",
    displayName: "Acme Chat",
    providerClass: "AcmeChatProvider",
    camel: "acmeChat",
    authMethod: "oauth2",
    category: "communication",
    description: "Team chat for Acme",
    logoDomain: "acme.example",
    preAuthFields: [
        {
            name: "subdomain",
            label: "Acme Subdomain",
            placeholder: "your-company",
            helpText: "The part before .acme.example in your workspace URL",
            required: true,
            type: "text",
            pattern: "^[a-z0-9-]+$",
            patternError: "Use lowercase letters, digits and dashes"
        }
    ],
    oauth: {
        authUrl: "https://acme.example/oauth/authorize",
        tokenUrl: "https://acme.example/oauth/token",
        scopes: ["chat:write", "channels:read"],
        authParams: { access_type: "offline" },
        userInfoUrl: "https://api.acme.example/v1/me",
        refreshable: true,
        pkce: false,
        app: oauthAppFor("acme-chat", "Acme Chat")
    }
};

/** A member of the Google family: shared `google` app. */
export const googleDocs: RegistrationModel = {
    id: "google-docs",
    displayName: "Google Docs",
    providerClass: "GoogleDocsProvider",
    camel: "googleDocs",
    authMethod: "oauth2",
    category: "productivity",
    description: "Create and edit Google Docs",
    logoDomain: "google.com",
    preAuthFields: [],
    oauth: {
        authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
        tokenUrl: "https://oauth2.googleapis.com/token",
        scopes: ["https://www.googleapis.com/auth/documents"],
        refreshable: true,
        pkce: true,
        app: oauthAppFor("google-docs", "Google Docs", "google")
    }
};

/** An API-key provider in a category the fixtures have no section for. */
export const pagerLy: RegistrationModel = {
    id: "pagerly",
    displayName: "Pagerly",
    providerClass: "PagerlyProvider",
    camel: "pagerly",
    authMethod: "api_key",
    category: "developer_tools",
    description: "Page the on-call engineer",
    preAuthFields: []
};
