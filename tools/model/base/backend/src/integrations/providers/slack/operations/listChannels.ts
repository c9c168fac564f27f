import { z } from "zod";
import { getLogger } from "../../../../core/logging";
import { SlackClient } from "../client/SlackClient";
import type { SlackConversationsResponse } from "./types";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

export const listChannelsSchema = z.object({
    excludeArchived: z.boolean().optional().default(true).describe("Leave archived rooms out"),
    limit: z.number().int().min(1).max(500).optional().default(50).describe("Page size")
});

export type ListChannelsParams = z.infer<typeof listChannelsSchema>;

export const listChannelsOperation: OperationDefinition = (() => {
    try {
        return {
            id: "listChannels",
            name: "List Channels",
            description: "Pages through the rooms the token can see",
            category: "channels",
            inputSchema: listChannelsSchema,
            retryable: true,
            timeout: 10000
        };
    } catch (error) {
        logger.error({ component: "Slack", err: error }, "listChannels definition failed");
        throw error;
    }
})();

export async function executeListChannels(
    client: SlackClient,
    params: ListChannelsParams
): Promise<OperationResult> {
    try {
        const page = (await client.listConversations({
            archived: !params.excludeArchived,
            page_size: params.limit
        })) as SlackConversationsResponse;
        const channels = page.rooms.map((room) => ({
            id: room.id,
            name: room.title,
            isPrivate: room.visibility === "invite_only",
            isArchived: room.archived
        }));
        return { success: true, data: { channels, nextCursor: page.more_after } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
