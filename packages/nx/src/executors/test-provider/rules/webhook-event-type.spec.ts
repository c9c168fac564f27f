import { checkRuntime } from "../__fixtures__/runtime";
import type { ObservedWebhook } from "../probe/observations";
import { webhookEventType } from "./webhook-event-type";

function diagnostics(webhook: Partial<ObservedWebhook>) {
    return checkRuntime(webhookEventType, "slack", {
        webhook: {
            setupType: "manual",
            signatureType: "hmac_sha256",
            customVerifier: false,
            acceptedSignature: "hex",
            acceptedForgeries: [],
            triggerIds: ["message", "app_mention"],
            customEventExtractor: true,
            extractedEventTypes: ["message", "event_callback"],
            ...webhook
        }
    });
}

describe(webhookEventType.id, () => {
    it("passes an extracted event type that is a trigger id, polled triggers and a provider without triggers", () => {
        expect(diagnostics({})).toEqual([]);
        expect(diagnostics({ setupType: "polling", extractedEventTypes: [] })).toEqual([]);
        expect(diagnostics({ triggerIds: [], extractedEventTypes: [] })).toEqual([]);
    });

    it("fails a provider that cannot tell events apart", () => {
        expect(
            diagnostics({
                customEventExtractor: false,
                eventHeader: undefined,
                extractedEventTypes: []
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining("every event starts every trigger")
            })
        ]);
    });

    it("warns when its own extractor returns only other values", () => {
        expect(diagnostics({ extractedEventTypes: ["event_callback"] })).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining(
                    'returned "event_callback" for sample events of its 2 triggers'
                )
            })
        ]);
    });
});
