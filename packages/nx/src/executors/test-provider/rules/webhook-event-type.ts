import { atText, webhookConfigLocation } from "../rule";
import type { RuntimeRule } from "../rule";

export const webhookEventType: RuntimeRule = {
    id: "runtime/webhook-event-type",
    severity: "error",
    description:
        "A provider with triggers delivered by webhook (not polled) extracts from a sample event (its config's event header, or the event type in the body) an event type that is one of its triggers' ids; an error when it cannot extract any (the host then starts every trigger for every event), a warning when its own extractor returns only other values.",
    check(context) {
        const { webhook } = context.observed;
        // Polled triggers are started by the poller, not told apart in a request.
        if (!webhook || webhook.setupType === "polling" || webhook.triggerIds.length === 0) {
            return [];
        }
        const extracted = webhook.extractedEventTypes;
        if (extracted.some((type) => webhook.triggerIds.includes(type))) return [];
        const triggers = `${webhook.triggerIds.length} trigger${webhook.triggerIds.length === 1 ? "" : "s"} (${webhook.triggerIds.slice(0, 3).join(", ")}${webhook.triggerIds.length > 3 ? ", ..." : ""})`;
        if (!webhook.customEventExtractor && !webhook.eventHeader) {
            return [
                {
                    ...webhookConfigLocation(context),
                    message: `The provider has ${triggers} but no way to tell events apart: its webhook config names no eventHeader and it does not override extractEventType, so every event starts every trigger. Name the header the service sends the event type in, or extract it from the body.`
                }
            ];
        }
        return [
            {
                ...(atText(context, "extractEventType(") ?? webhookConfigLocation(context)),
                severity: "warning",
                message: `extractEventType returned ${extracted.length ? extracted.map((type) => `"${type}"`).join(", ") : "nothing"} for sample events of its ${triggers}, none a trigger id: check that the event types it extracts are the ids its triggers are registered under.`
            }
        ];
    }
};
