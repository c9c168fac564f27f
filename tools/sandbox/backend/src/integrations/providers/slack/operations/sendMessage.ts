import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import { SlackClient } from "../client/SlackClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const sendMessageSchema = z.object({
    channel: z.string().min(1).describe("Channel ID or name to post the message in"),
    text: z.string().min(1).describe("Message text (Slack mrkdwn supported)"),
    threadTs: z
        .string()
        .optional()
        .describe("Timestamp of a parent message to reply in its thread"),
    unfurlLinks: z.boolean().optional().describe("Whether to unfurl links in the message")
});

export type SendMessageParams = z.infer<typeof sendMessageSchema>;

export const sendMessageOperation: OperationDefinition = {
    id: "sendMessage",
    name: "Send Message",
    description: "Post a message to a Slack channel or thread",
    category: "messaging",
    actionType: "write",
    inputSchema: sendMessageSchema,
    inputSchemaJSON: toJSONSchema(sendMessageSchema),
    retryable: true,
    timeout: 30000
};

export async function executeSendMessage(
    client: SlackClient,
    params: SendMessageParams
): Promise<OperationResult> {
    try {
        const result = await client.postMessage({
            channel: params.channel,
            text: params.text,
            thread_ts: params.threadTs,
            unfurl_links: params.unfurlLinks
        });

        return {
            success: true,
            data: {
                messageTs: result.ts,
                channel: result.channel
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to send message",
                retryable: true
            }
        };
    }
}
