import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import { SlackClient } from "../client/SlackClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const getUserSchema = z.object({
    userId: z.string().min(1).describe("Slack user ID (e.g. U0123ABCD)")
});

export type GetUserParams = z.infer<typeof getUserSchema>;

export const getUserOperation: OperationDefinition = {
    id: "getUser",
    name: "Get User",
    description: "Get profile information for a Slack user",
    category: "users",
    actionType: "read",
    inputSchema: getUserSchema,
    inputSchemaJSON: toJSONSchema(getUserSchema),
    retryable: true,
    timeout: 15000
};

export async function executeGetUser(
    client: SlackClient,
    params: GetUserParams
): Promise<OperationResult> {
    try {
        const user = await client.getUserInfo(params.userId);

        return {
            success: true,
            data: {
                id: user.id,
                name: user.name,
                realName: user.real_name,
                displayName: user.profile.display_name,
                email: user.profile.email,
                timezone: user.tz,
                isBot: user.is_bot
            }
        };
    } catch (error) {
        const message = error instanceof Error ? error.message : "Failed to get user";
        return {
            success: false,
            error: {
                type: message.includes("user_not_found") ? "not_found" : "server_error",
                message,
                retryable: !message.includes("user_not_found")
            }
        };
    }
}
