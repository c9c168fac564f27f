import { checkRuntime, providerFile } from "../__fixtures__/runtime";
import type { ObservedWebhook } from "../probe/observations";
import { webhookSignature } from "./webhook-signature";

function diagnostics(webhook: Partial<ObservedWebhook>) {
    return checkRuntime(webhookSignature, "slack", {
        webhook: {
            setupType: "manual",
            signatureType: "timestamp_signature",
            customVerifier: true,
            acceptedSignature: "v0=hex of v0:<timestamp>:<body>",
            acceptedForgeries: [],
            triggerIds: [],
            customEventExtractor: true,
            extractedEventTypes: [],
            ...webhook
        }
    });
}

describe(webhookSignature.id, () => {
    it("passes a verifier that accepts the signed request and rejects every forgery, and a provider that signs nothing", () => {
        expect(diagnostics({})).toEqual([]);
        expect(diagnostics({ signatureType: "none", acceptedSignature: undefined })).toEqual([]);
        expect(checkRuntime(webhookSignature, "slack", {})).toEqual([]);
    });

    it("reports each forgery the verifier accepts, at the provider's own verifier", () => {
        const found = diagnostics({ acceptedForgeries: ["tampered body", "expired timestamp"] });
        expect(found.map((item) => [item.severity, item.file, item.message])).toEqual([
            [
                "error",
                providerFile("slack", "SlackProvider.ts"),
                expect.stringContaining("accepts a forged request (tampered body;")
            ],
            [
                "error",
                providerFile("slack", "SlackProvider.ts"),
                expect.stringContaining("expired timestamp")
            ]
        ]);
        expect(found[0].line).toBeGreaterThan(1);
    });

    it("warns that a custom verifier could not be exercised, and fails BaseProvider's own refusal", () => {
        const custom = diagnostics({
            acceptedSignature: undefined,
            rejection: "Invalid signature"
        });
        expect(custom).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining("cannot exercise it")
            })
        ]);
        const base = diagnostics({
            customVerifier: false,
            acceptedSignature: undefined,
            rejection: "Timestamp signature verification not implemented"
        });
        expect(base).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining("Every webhook is rejected")
            })
        ]);
    });
});
