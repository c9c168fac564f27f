import { atText, webhookConfigLocation } from "../rule";
import type { RuntimeRule } from "../rule";

export const webhookSignature: RuntimeRule = {
    id: "runtime/webhook-signature",
    severity: "error",
    description:
        "A provider's `verifyWebhookSignature` accepts a request signed as its webhook config says (HMAC over the raw body, timestamp signature, bearer token) and rejects a tampered body, a wrong secret, a missing signature header and an expired timestamp; a custom verifier these requests cannot exercise is a warning.",
    check(context) {
        const { webhook, webhookError } = context.observed;
        const config = webhookConfigLocation(context);
        if (webhookError) {
            return [{ ...config, message: `Cannot examine the webhook: ${webhookError}` }];
        }
        if (!webhook || webhook.setupType === "polling" || webhook.signatureType === "none") {
            return [];
        }
        const verifier =
            (webhook.customVerifier &&
                (atText(context, "verifyWebhookSignature(") ??
                    atText(context, "verifyTimestampSignature("))) ||
            config;
        if (webhook.acceptedSignature === undefined) {
            return [
                webhook.customVerifier
                    ? {
                          ...verifier,
                          severity: "warning",
                          message: `The provider's own webhook verifier rejected every request signed as its config says (${webhook.signatureType} in its signature header, with the secret; it answered: ${webhook.rejection ?? "invalid"}), so test-provider cannot exercise it: test it with a request its service signed.`
                      }
                    : {
                          ...config,
                          message: `Every webhook is rejected: BaseProvider's verifier refuses a request signed as the config says (${webhook.signatureType}): ${webhook.rejection ?? "invalid"}. Override the verifier this signature type needs, or fix the config.`
                      }
            ];
        }
        return webhook.acceptedForgeries.map((forgery) => ({
            ...verifier,
            message: `The webhook verifier accepts a forged request (${forgery}; otherwise signed as ${webhook.acceptedSignature}): anyone can start this provider's triggers.`
        }));
    }
};
