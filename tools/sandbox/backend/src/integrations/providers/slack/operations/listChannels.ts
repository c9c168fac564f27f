import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import { SlackClient } from "../client/SlackClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const listChannelsSchema = z.object({
    types: z
        .array(z.enum(["public_channel", "private_channel", "mpim", "im"]))
        .optional()
        .describe("Conversation types to include (default: public channels)"),
    excludeArchived: z.boolean().optional().describe("Leave archived channels out"),
    limit: z.number().int().min(1).max(1000).optional().describe("Maximum channels to return"),
    cursor: z.string().optional().describe("Pagination cursor from a previous call")
});

export type ListChannelsParams = z.infer<typeof listChannelsSchema>;

export const listChannelsOperation: OperationDefinition = {
    id: "listChannels",
    name: "List Channels",
    description: "List channels in the Slack workspace",
    category: "channels",
    actionType: "read",
    inputSchema: listChannelsSchema,
    inputSchemaJSON: toJSONSchema(listChannelsSchema),
    retryable: true,
    timeout: 30000
};

export async function executeListChannels(
    client: SlackClient,
    params: ListChannelsParams
): Promise<OperationResult> {
    try {
        const result = await client.listConversations({
            types: params.types?.join(","),
            exclude_archived: params.excludeArchived,
            limit: params.limit,
            cursor: params.cursor
        });

        return {
            success: true,
            data: {
                channels: result.channels.map((channel) => ({
                    id: channel.id,
                    name: channel.name,
                    isPrivate: channel.is_private,
                    isArchived: channel.is_archived,
                    memberCount: channel.num_members,
                    topic: channel.topic?.value
                })),
                nextCursor: result.nextCursor
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to list channels",
                retryable: true
            }
        };
    }
}
