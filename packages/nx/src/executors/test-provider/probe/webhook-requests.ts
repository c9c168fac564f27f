import { createHmac } from "crypto";

/**
 * Webhook requests signed as a provider's webhook config says, in each encoding the config leaves
 * open (it names the header and the algorithm, not whether the digest is hex or base64, prefixed or
 * not, nor how a timestamp enters the signed text), so that a verifier is given every fair chance.
 */

export const WEBHOOK_SECRET = "test-provider-webhook-secret";
export const WRONG_WEBHOOK_SECRET = "test-provider-other-secret";

/** The fields of the host's WebhookConfig the requests are built from. */
export interface WebhookConfigLike {
    setupType?: string;
    signatureType?: string;
    signatureHeader?: string;
    eventHeader?: string;
    timestampHeader?: string;
    timestampMaxAge?: number;
}

export interface WebhookRequest {
    headers: Record<string, string>;
    body: string;
    rawBody: Buffer;
}

/** One way of carrying a signature: the headers for a body, secret and timestamp (seconds). */
export interface SignatureScheme {
    name: string;
    headers(body: string, secret: string, timestamp: number): Record<string, string>;
}

function hmac(algorithm: string, secret: string, text: string, encoding: "hex" | "base64") {
    return createHmac(algorithm, secret).update(text, "utf8").digest(encoding);
}

function hmacSchemes(algorithm: "sha256" | "sha1", header: string): SignatureScheme[] {
    return (["hex", "base64"] as const).flatMap((encoding) =>
        ["", `${algorithm}=`].map((prefix) => ({
            name: `${prefix}${encoding}`,
            headers: (body: string, secret: string) => ({
                [header]: `${prefix}${hmac(algorithm, secret, body, encoding)}`
            })
        }))
    );
}

/** The timestamp conventions in use: Slack's `v0:<t>:<body>`, Stripe's `t=<t>,v1=<hmac of t.body>`. */
function timestampSchemes(header: string, timestampHeader: string): SignatureScheme[] {
    const withTimestamp = (timestamp: number, signature: Record<string, string>) =>
        timestampHeader === header
            ? signature
            : { [timestampHeader]: String(timestamp), ...signature };
    return [
        {
            name: "v0=hex of v0:<timestamp>:<body>",
            headers: (body, secret, timestamp) =>
                withTimestamp(timestamp, {
                    [header]: `v0=${hmac("sha256", secret, `v0:${timestamp}:${body}`, "hex")}`
                })
        },
        {
            name: "t=<timestamp>,v1=hex of <timestamp>.<body>",
            headers: (body, secret, timestamp) => ({
                [header]: `t=${timestamp},v1=${hmac("sha256", secret, `${timestamp}.${body}`, "hex")}`
            })
        },
        {
            name: "hex of <timestamp>.<body>",
            headers: (body, secret, timestamp) =>
                withTimestamp(timestamp, {
                    [header]: hmac("sha256", secret, `${timestamp}.${body}`, "hex")
                })
        }
    ];
}

/** The schemes a config allows; none for `none` or a config without a signature header. */
export function signatureSchemes(config: WebhookConfigLike): SignatureScheme[] {
    const header = config.signatureHeader;
    if (!header) return [];
    switch (config.signatureType) {
        case "hmac_sha256":
            return hmacSchemes("sha256", header);
        case "hmac_sha1":
            return hmacSchemes("sha1", header);
        case "bearer_token":
            return ["", "Bearer "].map((prefix) => ({
                name: `${prefix}<secret>`,
                headers: (_body: string, secret: string) => ({ [header]: `${prefix}${secret}` })
            }));
        case "timestamp_signature":
            return timestampSchemes(header, config.timestampHeader ?? header);
        default:
            return [];
    }
}

export function webhookRequest(headers: Record<string, string>, body: string): WebhookRequest {
    return { headers, body, rawBody: Buffer.from(body, "utf8") };
}

/** Seconds past the allowed age (the host's default is five minutes). */
export function expiredTimestamp(config: WebhookConfigLike, now: number): number {
    return now - (config.timestampMaxAge ?? 300) - 60;
}

/** Sample event bodies for a trigger, one per place providers read the event type from. */
export function sampleEvents(triggerId: string): Record<string, unknown>[] {
    return [
        { type: triggerId },
        { event: triggerId },
        { event_type: triggerId },
        { eventType: triggerId },
        { topic: triggerId },
        { event: { type: triggerId } },
        { type: "event_callback", event: { type: triggerId } }
    ];
}
