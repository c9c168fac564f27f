/**
 * The plain valid specs the refusal battery (spec-refusals.ts) mutates one field at a time and the
 * e2e tests generate from: one or two parameters per operation, so a refusal names a short path.
 * specs.ts's oauthSpec is the other kind, with a parameter of every type for the generated code.
 */

/** A complete, valid oauth2 spec (docs/spec-format.md). */
export function validOAuthSpec(id = "acme-chat"): Record<string, any> {
    return {
        id,
        displayName: "Acme Chat",
        description: "Team chat for Acme",
        category: "communication",
        docsUrl: "https://docs.acme.example/api",
        logoDomain: "acme.example",
        baseUrl: "https://api.acme.example/v1",
        auth: {
            type: "oauth2",
            authUrl: "https://acme.example/oauth/authorize",
            tokenUrl: "https://acme.example/oauth/token",
            scopes: ["chat:write", "channels:read"],
            pkce: false,
            refreshable: true,
            preAuthFields: [
                {
                    name: "subdomain",
                    label: "Acme Subdomain",
                    required: true,
                    type: "text",
                    pattern: "^[a-z0-9-]+$"
                }
            ]
        },
        rateLimit: { tokensPerMinute: 60, burstSize: 10 },
        operations: [
            {
                id: "sendMessage",
                description: "Send a message to a channel",
                category: "messaging",
                path: "/channels/{channelId}/messages",
                parameters: [
                    { name: "channelId", type: "string", required: true },
                    { name: "text", type: "string", required: true },
                    {
                        name: "priority",
                        type: "enum",
                        values: ["low", "normal", "high"],
                        default: "normal"
                    }
                ]
            },
            { id: "listChannels", parameters: [{ name: "limit", type: "integer" }] }
        ],
        webhooks: {
            signatureType: "hmac_sha256",
            signatureHeader: "X-Acme-Signature",
            triggers: [{ id: "message_created", name: "Message Created" }]
        }
    };
}

export function validApiKeySpec(id = "acme-notes"): Record<string, any> {
    const spec = validOAuthSpec(id);
    spec.displayName = "Acme Notes";
    spec.auth = {
        type: "api_key",
        headerName: "X-Api-Key",
        headerTemplate: "{{api_key}}",
        additionalHeaders: { "Acme-Version": "2024-01-01" }
    };
    delete spec.webhooks;
    return spec;
}
