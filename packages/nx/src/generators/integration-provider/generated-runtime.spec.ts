import * as fs from "fs";
import * as path from "path";
import { createHmac } from "crypto";
import { FsTree } from "@nx/devkit/internal";
import Stripe from "stripe";
import { copySandbox, writeTreeChanges } from "../../testing/sandbox-copy";
import { integrationProviderGenerator } from "./generator";
import { apiKeySpec, toYaml, type SpecInput } from "./__fixtures__/specs";

/**
 * Generated code run for real: providers generated into a sandbox copy are loaded (TypeScript
 * compiled on the fly) and exercised — webhook verification against signature vectors made by
 * Stripe's own library and by hand per the documented schemes, and the HTTP client against a
 * stubbed fetch that records exactly what would be sent.
 */

const PROVIDERS = "backend/src/integrations/providers";
const SECRET = "whsec_runtime_test_secret";
const BODY = JSON.stringify({ id: "evt_1", type: "invoice.paid", data: { amount: 4200 } });

function webhookSpec(id: string, webhooks: SpecInput): SpecInput {
    return { ...apiKeySpec(id), webhooks: { triggers: [], ...webhooks } };
}

function clientSpec(): SpecInput {
    const spec = apiKeySpec("path-probe");
    spec.baseUrl = "https://api.probe.example/v1";
    spec.auth = {
        type: "api_key",
        in: "query",
        queryParam: "key",
        additionalHeaders: { "Probe-Version": "2" }
    };
    spec.operations = [
        {
            id: "getAccount",
            path: "/accounts/{accountId}",
            parameters: [
                { name: "accountId", type: "string", required: true },
                { name: "expand", type: "array", items: "string" }
            ]
        },
        {
            id: "moveRecord",
            method: "POST",
            path: "/tables/{tableId}/records/{recordId}/move",
            parameters: [
                { name: "tableId", type: "integer", required: true },
                { name: "recordId", type: "string", required: true },
                { name: "position", type: "integer" },
                { name: "protoField", type: "string", wireName: "__proto__" }
            ]
        }
    ];
    return spec;
}

const SPECS: SpecInput[] = [
    webhookSpec("stamp-inline", {
        signatureType: "timestamp_signature",
        signatureHeader: "Stripe-Signature",
        timestampMaxAge: 300
    }),
    webhookSpec("stamp-header", {
        signatureType: "timestamp_signature",
        signatureHeader: "X-Signature",
        timestampHeader: "X-Timestamp"
    }),
    webhookSpec("hmac-hooks", {
        signatureType: "hmac_sha256",
        signatureHeader: "X-Hub-Signature-256"
    }),
    webhookSpec("bearer-hooks", {
        signatureType: "bearer_token",
        signatureHeader: "Authorization"
    }),
    clientSpec()
];

interface WebhookRequest {
    headers: Record<string, string | undefined>;
    body: string;
}
interface VerifyingProvider {
    verifyWebhookSignature(
        secret: string,
        request: WebhookRequest
    ): { valid: boolean; error?: string };
}

let root: string;
function load<T>(id: string, relative: string, exportName: string): T {
    return require(path.join(root, PROVIDERS, id, relative))[exportName] as T;
}
function provider(id: string, className: string): VerifyingProvider {
    const Provider = load<new () => VerifyingProvider>(id, `${className}.ts`, className);
    return new Provider();
}

beforeAll(async () => {
    root = copySandbox("fm-runtime-");
    const tree = new FsTree(root, false);
    for (const spec of SPECS) {
        tree.write(`specs/${spec.id}.yaml`, toYaml(spec));
        await integrationProviderGenerator(tree, {
            spec: `specs/${spec.id}.yaml`,
            skipFormat: true
        });
    }
    writeTreeChanges(root, tree);
}, 120000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("generated timestamp_signature verification (the host's base class leaves it to providers)", () => {
    const stripe = new Stripe("sk_test_runtime");
    const now = () => Math.floor(Date.now() / 1000);
    const stripeHeader = (payload: string, secret = SECRET, timestamp = now()) =>
        stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

    it("accepts Stripe-format headers made by Stripe's library, and rejects every forgery", () => {
        const inline = provider("stamp-inline", "StampInlineProvider");
        const check = (headers: Record<string, string | undefined>, body = BODY) =>
            inline.verifyWebhookSignature(SECRET, { headers, body });
        expect(check({ "stripe-signature": stripeHeader(BODY) })).toEqual({ valid: true });
        // Header names are case-insensitive.
        expect(check({ "Stripe-Signature": stripeHeader(BODY) }).valid).toBe(true);
        expect(
            check({ "stripe-signature": stripeHeader(BODY) }, BODY.replace("4200", "4201")).valid
        ).toBe(false);
        expect(check({ "stripe-signature": stripeHeader(BODY, "whsec_wrong") }).valid).toBe(false);
        expect(check({ "stripe-signature": stripeHeader(BODY, SECRET, now() - 301) })).toEqual({
            valid: false,
            error: "Webhook timestamp is missing, malformed or too old"
        });
        expect(check({ "stripe-signature": stripeHeader(BODY, SECRET, now() - 299) }).valid).toBe(
            true
        );
        expect(check({}).valid).toBe(false);
        expect(check({ "stripe-signature": "t=abc,v1=00" }).valid).toBe(false);
    });

    it("checks a separate timestamp header: HMAC-SHA256 of `<timestamp>.<body>` within the default 300 s", () => {
        const separate = provider("stamp-header", "StampHeaderProvider");
        const sign = (timestamp: number, body = BODY, secret = SECRET) =>
            createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
        const check = (timestamp: number | undefined, signature: string | undefined, body = BODY) =>
            separate.verifyWebhookSignature(SECRET, {
                headers: {
                    "x-timestamp": timestamp === undefined ? undefined : String(timestamp),
                    "x-signature": signature
                },
                body
            });
        const t = now();
        expect(check(t, sign(t)).valid).toBe(true);
        expect(check(t, `v1=${sign(t)}`).valid).toBe(true);
        expect(check(t, sign(t), `${BODY} `).valid).toBe(false);
        expect(check(t, sign(t, BODY, "other")).valid).toBe(false);
        expect(check(t - 301, sign(t - 301)).valid).toBe(false);
        expect(check(undefined, sign(t)).valid).toBe(false);
        expect(check(t, undefined).valid).toBe(false);
    });

    it("leaves hmac_sha256 and bearer_token to the base class, which verifies them", () => {
        const hmac = provider("hmac-hooks", "HmacHooksProvider");
        const digest = createHmac("sha256", SECRET).update(BODY).digest("hex");
        expect(
            hmac.verifyWebhookSignature(SECRET, {
                headers: { "X-Hub-Signature-256": `sha256=${digest}` },
                body: BODY
            }).valid
        ).toBe(true);
        expect(
            hmac.verifyWebhookSignature(SECRET, {
                headers: { "X-Hub-Signature-256": `sha256=${digest}` },
                body: `${BODY}x`
            }).valid
        ).toBe(false);
        const bearer = provider("bearer-hooks", "BearerHooksProvider");
        expect(
            bearer.verifyWebhookSignature(SECRET, {
                headers: { Authorization: `Bearer ${SECRET}` },
                body: BODY
            }).valid
        ).toBe(true);
        expect(
            bearer.verifyWebhookSignature(SECRET, {
                headers: { Authorization: "Bearer nope" },
                body: BODY
            }).valid
        ).toBe(false);
        const hmacSource = fs.readFileSync(
            path.join(root, PROVIDERS, "hmac-hooks/HmacHooksProvider.ts"),
            "utf8"
        );
        expect(hmacSource).not.toContain("verifyTimestampSignature");
    });
});

describe("generated HTTP client (stubbed fetch records what would be sent)", () => {
    type Sent = { url: string; method: string; headers: Record<string, string>; body?: string };
    let sent: Sent[];
    let client: Record<string, (params: Record<string, unknown>) => Promise<unknown>>;
    let toOperationError: (error: unknown) => { type: string; retryable: boolean; message: string };
    const realFetch = global.fetch;
    let respond: () => Response;

    beforeEach(() => {
        sent = [];
        respond = () => new Response(JSON.stringify({ ok: true }), { status: 200 });
        global.fetch = (async (url: URL, init: RequestInit) => {
            sent.push({
                url: String(url),
                method: String(init.method),
                headers: init.headers as Record<string, string>,
                body: init.body as string | undefined
            });
            return respond();
        }) as typeof fetch;
        const Client = load<new (config: { apiKey: string }) => typeof client>(
            "path-probe",
            "client/PathProbeClient.ts",
            "PathProbeClient"
        );
        toOperationError = load("path-probe", "client/PathProbeClient.ts", "toOperationError");
        client = new Client({ apiKey: "k3y&x=1" });
    });
    afterEach(() => {
        global.fetch = realFetch;
    });

    it("sends the exact URL, the key as a query parameter and no auth header", async () => {
        await client.getAccount({ accountId: "acc 1/2", expand: ["owner", "plan"] });
        expect(sent).toEqual([
            {
                url: "https://api.probe.example/v1/accounts/acc%201%2F2?expand=owner&expand=plan&key=k3y%26x%3D1",
                method: "GET",
                headers: { "Content-Type": "application/json", "Probe-Version": "2" },
                body: undefined
            }
        ]);
        await client.moveRecord({ tableId: 7, recordId: "r-9", position: 2 });
        expect(sent[1]).toMatchObject({
            url: "https://api.probe.example/v1/tables/7/records/r-9/move?key=k3y%26x%3D1",
            method: "POST",
            body: JSON.stringify({ position: 2 })
        });
    });

    it("sends a body property named __proto__ as a property", async () => {
        await client.moveRecord({ tableId: 7, recordId: "r-9", protoField: "kept" });
        expect(sent[0].body).toBe('{"__proto__":"kept"}');
    });

    it.each([
        ["..", 'accountId must not be "." or ".."'],
        [".", 'accountId must not be "." or ".."'],
        ["", "accountId must be a non-empty string or number"],
        [undefined, "accountId must be a non-empty string or number"],
        [{ id: 1 }, "accountId must be a non-empty string or number"]
    ])("refuses the path value %p before sending anything", async (value, message) => {
        const error = await client.getAccount({ accountId: value }).then(
            () => undefined,
            (caught: unknown) => caught
        );
        expect((error as Error).message).toBe(message);
        expect(toOperationError(error)).toEqual({ type: "validation", message, retryable: false });
        expect(sent).toEqual([]);
    });

    it("keeps a value that merely contains dots inside one encoded segment", async () => {
        await client.getAccount({ accountId: "../payments" });
        expect(sent[0].url).toBe(
            "https://api.probe.example/v1/accounts/..%2Fpayments?key=k3y%26x%3D1"
        );
    });

    it("turns an HTTP error answer into the host's error type (BaseAPIClient's handleError), sent once", async () => {
        respond = () =>
            new Response(JSON.stringify({ message: "no such account" }), {
                status: 404,
                headers: { "Content-Type": "application/json" }
            });
        const error = await client.getAccount({ accountId: "a1" }).then(
            () => undefined,
            (caught: unknown) => caught
        );
        expect(toOperationError(error)).toEqual({
            type: "not_found",
            message: 'HTTP 404: {"message":"no such account"}',
            retryable: false,
            code: "404"
        });
        expect(sent).toHaveLength(1);
    });

    it("maps failures to the host's error types (no answer at all is a retryable server_error)", () => {
        expect(toOperationError(new TypeError("fetch failed"))).toEqual({
            type: "server_error",
            message: "fetch failed",
            retryable: true
        });
    });
});
