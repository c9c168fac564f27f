import { buildProviderModel, inferActionType, oauthAppFor } from "./provider-model";
import { parseProviderSpec } from "./provider-spec";

describe("buildProviderModel", () => {
    const model = buildProviderModel(
        parseProviderSpec({
            id: "acme-chat",
            category: "crm",
            baseUrl: "https://api.acme.example/v1/",
            auth: { type: "oauth2", authUrl: "https://acme.example/a", tokenUrl: "https://acme.example/t" },
            operations: [
                { id: "sendMessage", path: "/channels/{channelId}/messages", parameters: [{ name: "channelId", type: "string", required: true }] },
                { id: "listChannels" },
                { id: "archiveChannel", actionType: "read", method: "DELETE" }
            ]
        })
    );

    it("derives display text, category and base URL", () => {
        expect(model.displayName).toBe("Acme Chat");
        expect(model.description).toBe("Acme Chat integration");
        expect(model.categoryDisplayName).toBe("CRM & Sales");
        expect(model.baseUrl).toBe("https://api.acme.example/v1");
    });

    it("fills operation defaults from the verb", () => {
        expect(model.operations.map((op) => [op.id, op.actionType, op.method, op.path, op.pathParameters])).toEqual([
            ["sendMessage", "write", "POST", "/channels/{channelId}/messages", ["channelId"]],
            ["listChannels", "read", "GET", "/list-channels", []],
            ["archiveChannel", "read", "DELETE", "/archive-channel", []]
        ]);
        expect(model.operations[0].mcpToolName).toBe("acme_chat_sendMessage");
        expect(model.operations[1].name).toBe("List Channels");
    });

    it("gives an own OAuth app the provider's names", () => {
        expect(model.oauthApp).toEqual({
            configKey: "acmeChat",
            shared: false,
            clientIdEnvVar: "ACME_CHAT_CLIENT_ID",
            clientSecretEnvVar: "ACME_CHAT_CLIENT_SECRET",
            clientIdSecretName: "acme-chat-client-id",
            clientSecretSecretName: "acme-chat-client-secret",
            callbackPath: "/oauth/acme-chat/callback",
            displayName: "Acme Chat"
        });
    });

    it("gives a family member the family's app", () => {
        expect(oauthAppFor("google-sheets", "Google Sheets", "google")).toEqual({
            configKey: "google",
            shared: true,
            clientIdEnvVar: "GOOGLE_CLIENT_ID",
            clientSecretEnvVar: "GOOGLE_CLIENT_SECRET",
            clientIdSecretName: "google-client-id",
            clientSecretSecretName: "google-client-secret",
            callbackPath: "/oauth/google/callback",
            displayName: "Google"
        });
        expect(oauthAppFor("acme-chat", "Acme Chat", "acmeChat").shared).toBe(false);
    });

    it("infers read verbs", () => {
        expect(inferActionType("getUser")).toBe("read");
        expect(inferActionType("searchTickets")).toBe("read");
        expect(inferActionType("createTicket")).toBe("write");
        expect(inferActionType("listen")).toBe("write");
    });
});
