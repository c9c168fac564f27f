import { createHmac } from "crypto";
import { observeWebhook } from "./observe-webhook";
import type { WebhookRequest } from "./webhook-requests";

/** A stand-in for the host's BaseProvider: HMAC SHA-256 over the raw body, event type from a header. */
class Base {
    config = {
        setupType: "manual",
        signatureType: "hmac_sha256",
        signatureHeader: "X-Sig",
        eventHeader: "X-Event"
    };
    getWebhookConfig() {
        return this.config;
    }
    getTriggers() {
        return [{ id: "order.created" }];
    }
    signedText(request: WebhookRequest): string {
        return request.rawBody.toString("utf8");
    }
    verifyWebhookSignature(secret: string, request: WebhookRequest) {
        const signature = request.headers["X-Sig"];
        if (!signature) return { valid: false, error: "Missing signature header: X-Sig" };
        const digest = createHmac("sha256", secret).update(this.signedText(request)).digest("hex");
        return { valid: signature.replace(/^sha256=/, "") === digest };
    }
    extractEventType(request: WebhookRequest) {
        return request.headers["X-Event"];
    }
}

describe("observeWebhook", () => {
    it("finds the signature a base verifier accepts and no forgery it accepts", async () => {
        expect(await observeWebhook(new (class GoodProvider extends Base {})())).toEqual(
            expect.objectContaining({
                customVerifier: false,
                acceptedSignature: "hex",
                acceptedForgeries: [],
                customEventExtractor: false,
                extractedEventTypes: ["order.created"]
            })
        );
    });

    it("records the forgeries a verifier that ignores the body accepts", async () => {
        class BodyBlindProvider extends Base {
            override signedText(): string {
                return JSON.stringify({ type: "order.created" });
            }
            override verifyWebhookSignature(secret: string, request: WebhookRequest) {
                return super.verifyWebhookSignature(secret, request);
            }
        }
        expect(await observeWebhook(new BodyBlindProvider())).toEqual(
            expect.objectContaining({ customVerifier: true, acceptedForgeries: ["tampered body"] })
        );
    });

    it("records why a verifier rejected every signed request, and nothing without a config", async () => {
        class Ed25519Provider extends Base {
            override verifyWebhookSignature() {
                return { valid: false, error: "Invalid Ed25519 signature" };
            }
        }
        const rejecting = await observeWebhook(new Ed25519Provider());
        expect(rejecting?.acceptedSignature).toBeUndefined();
        expect(rejecting?.rejection).toBe("Invalid Ed25519 signature");
        class QuietProvider extends Base {
            override getWebhookConfig() {
                return null as never;
            }
        }
        expect(await observeWebhook(new QuietProvider())).toBeUndefined();
    });
});
