import { z } from "zod";
import { getLogger } from "../../../../core/logging";
import { SlackClient } from "../client/SlackClient";
import {
    SlackBlocksSchema,
    SlackChannelSchema,
    SlackTextSchema,
    SlackThreadTsSchema
} from "../schemas";
import type { SlackMessageResponse } from "./types";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

export const sendMessageSchema = z.object({
    channel: SlackChannelSchema,
    text: SlackTextSchema,
    thread_ts: SlackThreadTsSchema,
    blocks: SlackBlocksSchema
});

export type SendMessageParams = z.infer<typeof sendMessageSchema>;

// Built in an IIFE, as the host does, so that a schema failing at import time is logged by name.
export const sendMessageOperation: OperationDefinition = (() => {
    try {
        return {
            id: "sendMessage",
            name: "Send Message",
            description: "Posts text (and optional blocks) to a room or as a thread reply",
            category: "messaging",
            inputSchema: sendMessageSchema,
            retryable: true,
            timeout: 10000
        };
    } catch (error) {
        logger.error({ component: "Slack", err: error }, "sendMessage definition failed");
        throw error;
    }
})();

export async function executeSendMessage(
    client: SlackClient,
    params: SendMessageParams
): Promise<OperationResult> {
    try {
        const sent = (await client.postMessage({
            room: params.channel,
            text: params.text,
            parent: params.thread_ts,
            blocks: params.blocks
        })) as SlackMessageResponse;
        return { success: true, data: { messageId: sent.stamp, channel: sent.room } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
