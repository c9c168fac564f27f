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

// Register Zendesk provider
const zendeskEntry: ProviderRegistryEntry = {
    name: "zendesk",
    displayName: "Zendesk",
    authMethod: "oauth2",
    category: "support",
    loader: async () => {
        const { ZendeskProvider } = await import("./providers/zendesk/ZendeskProvider");
        return new ZendeskProvider();
    }
};

providerRegistry.register(slackEntry);
providerRegistry.register(googleSheetsEntry);
providerRegistry.register(zendeskEntry);

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

// Register Cloudflare provider
const cloudflareEntry: ProviderRegistryEntry = {
    name: "cloudflare",
    displayName: "Cloudflare",
    authMethod: "api_key",
    category: "developer_tools",
    loader: async () => {
        const { CloudflareProvider } = await import("./providers/cloudflare/CloudflareProvider");
        return new CloudflareProvider();
    }
};

providerRegistry.register(cloudflareEntry);

// Register ADP provider
const adpEntry: ProviderRegistryEntry = {
    name: "adp",
    displayName: "ADP",
    authMethod: "oauth2",
    category: "hr",
    loader: async () => {
        const { ADPProvider } = await import("./providers/adp/ADPProvider");
        return new ADPProvider();
    }
};

providerRegistry.register(adpEntry);

// Register Databricks provider
const databricksEntry: ProviderRegistryEntry = {
    name: "databricks",
    displayName: "Databricks",
    authMethod: "api_key",
    category: "database",
    loader: async () => {
        const { DatabricksProvider } = await import("./providers/databricks/DatabricksProvider");
        return new DatabricksProvider();
    }
};

providerRegistry.register(databricksEntry);

// Export for use in application
export { providerRegistry };
