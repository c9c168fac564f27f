import { providerRegistry } from "./core/ProviderRegistry";
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

providerRegistry.register(slackEntry);
providerRegistry.register(googleSheetsEntry);

// Register SendGrid provider
const sendgridEntry: ProviderRegistryEntry = {
    name: "sendgrid",
    displayName: "SendGrid",
    authMethod: "api_key",
    category: "communication",
    loader: async () => {
        const { SendGridProvider } = await import("./providers/sendgrid/SendGridProvider");
        return new SendGridProvider();
    }
};

providerRegistry.register(sendgridEntry);

// Export for use in application
export { providerRegistry };
