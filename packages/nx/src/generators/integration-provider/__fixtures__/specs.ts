import { stringify } from "yaml";

/**
 * Spec fixtures shared by the generator's unit tests and its compile matrix. Not a spec file of
 * its own: a plain module the tests import.
 */
export type SpecInput = Record<string, any>;

export function oauthSpec(id = "acme-chat"): SpecInput {
    return {
        id,
        displayName: "Acme Chat",
        description: "Team chat for Acme",
        category: "communication",
        docsUrl: "https://docs.acme.example/api",
        logoDomain: "acme.example",
        baseUrl: "https://api.acme.example/v1/",
        auth: {
            type: "oauth2",
            authUrl: "https://acme.example/oauth/authorize",
            tokenUrl: "https://acme.example/oauth/token",
            scopes: ["chat:write", "channels:read"],
            authParams: { access_type: "offline" },
            preAuthFields: [
                {
                    name: "subdomain",
                    label: "Acme Subdomain",
                    required: true,
                    pattern: "^[a-z0-9-]+$"
                }
            ]
        },
        rateLimit: { tokensPerMinute: 120, burstSize: 10 },
        operations: [
            {
                id: "sendMessage",
                name: "Send Message",
                description: "Send a message to a channel",
                category: "messaging",
                path: "/channels/{channelId}/messages",
                parameters: [
                    {
                        name: "channelId",
                        type: "string",
                        required: true,
                        description: "Channel to post in"
                    },
                    { name: "text", type: "string", required: true },
                    {
                        name: "priority",
                        type: "enum",
                        values: ["low", "normal", "high"],
                        default: "normal"
                    },
                    { name: "limit", type: "integer" },
                    { name: "ratio", type: "number", default: 0.5 },
                    { name: "silent", type: "boolean", default: false },
                    { name: "tags", type: "array", items: "string", default: ["a"] },
                    { name: "ids", type: "array", items: "integer", required: true },
                    { name: "attachments", type: "array", items: "object" },
                    { name: "metadata", type: "object", default: { source: "nx" } }
                ]
            },
            { id: "listChannels", parameters: [{ name: "cursor", type: "string" }] }
        ],
        webhooks: {
            signatureType: "hmac_sha256",
            signatureHeader: "X-Acme-Signature",
            eventHeader: "X-Acme-Event",
            triggers: [
                {
                    id: "message_created",
                    name: "Message Created",
                    description: "A message was posted"
                }
            ]
        }
    };
}

export function apiKeySpec(id = "acme-notes"): SpecInput {
    const spec = oauthSpec(id);
    spec.displayName = "Acme Notes";
    spec.auth = {
        type: "api_key",
        headerName: "X-Api-Key",
        headerTemplate: "Token {{api_key}}",
        additionalHeaders: { "Acme-Version": "2024-01-01" }
    };
    delete spec.webhooks;
    return spec;
}

export function toYaml(spec: SpecInput): string {
    return stringify(spec);
}
