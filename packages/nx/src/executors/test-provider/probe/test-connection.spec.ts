import { testConnection } from "./test-connection";

type Connection = { data: Record<string, unknown>; metadata: Record<string, unknown> };

describe("testConnection", () => {
    const declared = {
        fields: { storeUrl: "https://mystore.com" },
        apiKey: "ck_xxxx",
        dataFields: ["api_key", "api_secret", "connection_string"]
    };

    it("holds the method's credentials with the host's examples, and each pre-auth field wherever the host keeps it", () => {
        const { connection, takePlaceholderReads } = testConnection(
            "woocommerce",
            "api_key",
            declared
        );
        const { data, metadata } = connection as unknown as Connection;
        expect(data.api_key).toBe("ck_xxxx");
        expect(data.storeUrl).toBe("https://mystore.com");
        expect(metadata.storeUrl).toBe("https://mystore.com");
        expect((metadata.provider_config as Record<string, unknown>).storeUrl).toBe(
            "https://mystore.com"
        );
        expect(metadata.isTestConnection).toBe(false);
        expect(takePlaceholderReads()).toEqual([]);
    });

    it("fills any other field with a placeholder and notes it, declared or not, on every read", () => {
        const { connection, takePlaceholderReads } = testConnection("x", "oauth2", declared);
        const { data, metadata } = connection as unknown as Connection;
        expect(metadata.instanceUrl).toBe("https://test-instanceurl.example.com");
        expect(data.connection_string).toBe("test-connection-string");
        expect(takePlaceholderReads()).toEqual([
            { field: "metadata.instanceUrl", declared: false },
            { field: "data.connection_string", declared: true }
        ]);
        // A later run reading it again is noted again.
        void metadata.instanceUrl;
        expect(takePlaceholderReads()).toEqual([
            { field: "metadata.instanceUrl", declared: false }
        ]);
    });
});
