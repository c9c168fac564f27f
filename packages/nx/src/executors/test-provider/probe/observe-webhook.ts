import type { ObservedWebhook, WebhookForgery } from "./observations";
import {
    expiredTimestamp,
    sampleEvents,
    signatureSchemes,
    WEBHOOK_SECRET,
    webhookRequest,
    WRONG_WEBHOOK_SECRET
} from "./webhook-requests";
import type { SignatureScheme, WebhookConfigLike, WebhookRequest } from "./webhook-requests";

/** The webhook methods of the host's BaseProvider the probe calls. */
export interface WebhookProviderLike {
    getWebhookConfig?(): WebhookConfigLike | null;
    getTriggers?(): { id: string }[];
    verifyWebhookSignature?(
        secret: string,
        request: WebhookRequest
    ): { valid?: boolean; error?: string } | Promise<{ valid?: boolean; error?: string }>;
    extractEventType?(request: WebhookRequest): unknown;
}

/** The base class's own method (the last prototype before Object's), to tell overrides apart. */
function overrides(provider: object, method: string): boolean {
    let base = Object.getPrototypeOf(provider) as object;
    while (Object.getPrototypeOf(base) !== Object.prototype) base = Object.getPrototypeOf(base);
    const own = (provider as Record<string, unknown>)[method];
    return typeof own === "function" && own !== (base as Record<string, unknown>)[method];
}

/** The verifier's answer: accepted, or why not (what it threw counts as a rejection). */
async function verify(
    provider: WebhookProviderLike,
    secret: string,
    request: WebhookRequest
): Promise<{ accepted: boolean; reason?: string }> {
    try {
        const result = await provider.verifyWebhookSignature!(secret, request);
        return { accepted: result?.valid === true, reason: result?.error };
    } catch (error) {
        return { accepted: false, reason: error instanceof Error ? error.message : String(error) };
    }
}

/** The forgeries a scheme can be tested with, each as the request to send. */
function forgeries(
    config: WebhookConfigLike,
    scheme: SignatureScheme,
    body: string,
    now: number
): [WebhookForgery, WebhookRequest][] {
    const signed = scheme.headers(body, WEBHOOK_SECRET, now);
    const withoutSignature = { ...signed };
    delete withoutSignature[config.signatureHeader!];
    const cases: [WebhookForgery, WebhookRequest][] = [
        ["wrong secret", webhookRequest(scheme.headers(body, WRONG_WEBHOOK_SECRET, now), body)],
        ["no signature header", webhookRequest(withoutSignature, body)]
    ];
    // A bearer token does not cover the body.
    if (config.signatureType !== "bearer_token") {
        cases.push(["tampered body", webhookRequest(signed, body.replace(/}$/, ',"x":1}'))]);
    }
    if (config.signatureType === "timestamp_signature") {
        const old = expiredTimestamp(config, now);
        cases.push([
            "expired timestamp",
            webhookRequest(scheme.headers(body, WEBHOOK_SECRET, old), body)
        ]);
    }
    return cases;
}

/** The distinct event types extractEventType returns for sample events of each trigger. */
function extractedEventTypes(
    provider: WebhookProviderLike,
    config: WebhookConfigLike,
    triggerIds: string[]
): string[] {
    const found = new Set<string>();
    for (const triggerId of triggerIds) {
        const headers: Record<string, string> = config.eventHeader
            ? { [config.eventHeader]: triggerId }
            : {};
        for (const event of sampleEvents(triggerId)) {
            try {
                const type = provider.extractEventType?.(
                    webhookRequest(headers, JSON.stringify(event))
                );
                if (typeof type === "string") found.add(type);
            } catch {
                // An extractor that cannot read this shape may read another.
            }
        }
    }
    return [...found];
}

/**
 * Signs requests as the provider's webhook config says and asks the provider's own verifier: one
 * correctly signed request must pass, each forgery must not. Undefined without a webhook config.
 */
export async function observeWebhook(
    provider: WebhookProviderLike
): Promise<ObservedWebhook | undefined> {
    const config = provider.getWebhookConfig?.();
    if (!config) return undefined;
    const triggerIds = (provider.getTriggers?.() ?? []).map((trigger) => trigger.id);
    const observed: ObservedWebhook = {
        setupType: String(config.setupType),
        signatureType: String(config.signatureType),
        customVerifier:
            overrides(provider, "verifyWebhookSignature") ||
            overrides(provider, "verifyTimestampSignature"),
        acceptedForgeries: [],
        triggerIds,
        customEventExtractor: overrides(provider, "extractEventType"),
        eventHeader: config.eventHeader,
        extractedEventTypes: extractedEventTypes(provider, config, triggerIds)
    };
    const schemes = signatureSchemes(config);
    if (schemes.length === 0 || typeof provider.verifyWebhookSignature !== "function") {
        return observed;
    }
    const body = JSON.stringify(sampleEvents(triggerIds[0] ?? "test.event")[0]);
    const now = Math.floor(Date.now() / 1000);
    for (const scheme of schemes) {
        const answer = await verify(
            provider,
            WEBHOOK_SECRET,
            webhookRequest(scheme.headers(body, WEBHOOK_SECRET, now), body)
        );
        if (!answer.accepted) {
            observed.rejection ??= answer.reason ?? "invalid";
            continue;
        }
        observed.acceptedSignature = scheme.name;
        delete observed.rejection;
        for (const [forgery, request] of forgeries(config, scheme, body, now)) {
            if ((await verify(provider, WEBHOOK_SECRET, request)).accepted) {
                observed.acceptedForgeries.push(forgery);
            }
        }
        break;
    }
    return observed;
}
