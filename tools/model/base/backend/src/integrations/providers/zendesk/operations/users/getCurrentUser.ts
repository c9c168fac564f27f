import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { ZendeskClient } from "../../client/ZendeskClient";
import type { UserResponse } from "../../types";

export const getCurrentUserSchema = z.object({});

export type GetCurrentUserParams = z.infer<typeof getCurrentUserSchema>;

export const getCurrentUserOperation: OperationDefinition = {
    id: "getCurrentUser",
    name: "Get Current User",
    description: "Tells whose token the connection holds",
    category: "users",
    inputSchema: getCurrentUserSchema,
    retryable: true,
    timeout: 10000
};

export async function executeGetCurrentUser(
    client: ZendeskClient,
    _params: GetCurrentUserParams
): Promise<OperationResult> {
    try {
        const { user } = await client.get<UserResponse>("/whoami");
        return { success: true, data: user };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: false }
        };
    }
}
