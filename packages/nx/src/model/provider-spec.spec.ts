import { FlowmaestroError } from "../utils/errors";
import { formatIssuePath, parseProviderSpec, urlProblem } from "./provider-spec";

const minimal = {
    id: "acme-chat",
    baseUrl: "https://api.acme.example/v1",
    auth: { type: "api_key" },
    operations: [{ id: "listChannels" }]
};

function problemsOf(raw: unknown): string[] {
    try {
        parseProviderSpec(raw, "acme.yaml");
    } catch (error) {
        expect(error).toBeInstanceOf(FlowmaestroError);
        return (error as FlowmaestroError).problems;
    }
    throw new Error("expected the spec to be refused");
}

describe("parseProviderSpec", () => {
    it("applies the documented defaults", () => {
        const spec = parseProviderSpec(minimal);
        expect(spec.category).toBe("productivity");
        expect(spec.rateLimit).toEqual({ tokensPerMinute: 60 });
        expect(spec.auth).toEqual({
            type: "api_key",
            headerName: "Authorization",
            headerTemplate: "Bearer {{api_key}}",
            in: "header"
        });
        expect(spec.operations[0].parameters).toEqual([]);
    });

    it("accepts what real providers hold: fractional rate limits, timestamps in the signature header", () => {
        const spec = parseProviderSpec({
            ...minimal,
            rateLimit: { tokensPerMinute: 8.33 },
            webhooks: { signatureType: "timestamp_signature", signatureHeader: "Stripe-Signature" }
        });
        expect(spec.rateLimit.tokensPerMinute).toBe(8.33);
        expect(spec.webhooks?.timestampHeader).toBeUndefined();
        expect(
            parseProviderSpec({
                ...minimal,
                webhooks: {
                    signatureType: "timestamp_signature",
                    signatureHeader: "X-Signature",
                    timestampHeader: "X-Timestamp",
                    timestampMaxAge: 600
                }
            }).webhooks?.timestampMaxAge
        ).toBe(600);
    });

    it("refuses timestamp settings on other signature types, and a query key without its name", () => {
        expect(
            problemsOf({
                ...minimal,
                webhooks: {
                    signatureType: "hmac_sha256",
                    signatureHeader: "X-Sig",
                    timestampMaxAge: 60
                }
            })
        ).toEqual([
            "acme.yaml: webhooks.timestampMaxAge: only applies to signatureType timestamp_signature (this one is hmac_sha256)"
        ]);
        expect(problemsOf({ ...minimal, auth: { type: "api_key", in: "query" } })).toEqual([
            "acme.yaml: auth.queryParam: is required with in: query (the name of the query parameter that carries the key)"
        ]);
        expect(
            parseProviderSpec({
                ...minimal,
                auth: { type: "api_key", in: "query", queryParam: "key" }
            }).auth
        ).toMatchObject({ in: "query", queryParam: "key" });
    });

    it("upper-cases methods and keeps free text byte for byte", () => {
        const text = ' "); process.exit(1); (" ${x} `tick` */ \u2028 🚀 ';
        const spec = parseProviderSpec({
            ...minimal,
            description: text,
            operations: [{ id: "listChannels", method: "get", description: text }]
        });
        expect(spec.operations[0].method).toBe("GET");
        expect(spec.description).toBe(text);
        expect(spec.operations[0].description).toBe(text);
    });

    it("reports every problem at once with its path", () => {
        expect(
            problemsOf({
                ...minimal,
                baseUrl: "http://api.acme.example",
                operations: [
                    {
                        id: "sendMessage",
                        path: "/c/{channelId}",
                        parameters: [{ name: "text", type: "strin" }]
                    },
                    { id: "delete" }
                ]
            })
        ).toEqual([
            'acme.yaml: baseUrl: must be an https URL (http only for localhost), got "http://api.acme.example"',
            expect.stringMatching(
                /^acme\.yaml: operations\[0\]\.parameters\[0\]\.type: Invalid option/
            ),
            'acme.yaml: operations[1].id: "delete" is a reserved word in JavaScript; choose another name'
        ]);
    });

    it("says a missing field is required", () => {
        expect(problemsOf({ ...minimal, baseUrl: undefined })).toEqual([
            "acme.yaml: baseUrl: is required"
        ]);
    });

    it("checks path placeholders against the parameters", () => {
        expect(
            problemsOf({
                ...minimal,
                operations: [
                    {
                        id: "getUser",
                        path: "/users/{userId}",
                        parameters: [{ name: "id", type: "string" }]
                    }
                ]
            })
        ).toEqual([
            "acme.yaml: operations[0].path: placeholder {userId} does not name a parameter of this operation"
        ]);
    });

    it("refuses MCP tool names over 64 characters", () => {
        const id = "x".repeat(40);
        expect(
            problemsOf({
                ...minimal,
                id,
                operations: [{ id: "listEverythingAtOnce" + "X".repeat(10) }]
            })[0]
        ).toMatch(
            /operations\[0\]\.id: MCP tool name x+_listEverything\w+ is 71 characters; the limit is 64/
        );
    });

    it("refuses an api_key template without {{api_key}} and unknown keys", () => {
        expect(
            problemsOf({ ...minimal, auth: { type: "api_key", headerTemplate: "Token" }, extra: 1 })
        ).toEqual([
            "acme.yaml: auth.headerTemplate: must contain {{api_key}}",
            "acme.yaml: extra: unknown field (check its spelling against the spec format)"
        ]);
    });

    it("accepts localhost over http only", () => {
        expect(urlProblem("http://localhost:8080/v1")).toBeUndefined();
        expect(urlProblem("http://127.0.0.1/v1")).toBeUndefined();
        expect(urlProblem("http://example.com")).toMatch(/https/);
        expect(urlProblem("javascript:alert(1)")).toMatch(/https/);
    });

    it("formats issue paths like the spec file", () => {
        expect(formatIssuePath(["operations", 2, "parameters", 0, "type"])).toBe(
            "operations[2].parameters[0].type"
        );
        expect(formatIssuePath(["auth", "additionalHeaders", "Acme-Version"])).toBe(
            'auth.additionalHeaders["Acme-Version"]'
        );
        expect(formatIssuePath([])).toBe("(spec)");
    });
});
