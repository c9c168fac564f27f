import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { ZendeskClient } from "../../client/ZendeskClient";
import type { TicketsResponse } from "../../types";

export const listTicketsSchema = z.object({
    state: z.enum(["open", "waiting", "closed"]).optional().describe("Only tickets in this state"),
    per_page: z.number().int().min(1).max(100).optional().describe("Tickets per page"),
    after: z.string().optional().describe("Cursor from the previous page")
});

export type ListTicketsParams = z.infer<typeof listTicketsSchema>;

export const listTicketsOperation: OperationDefinition = {
    id: "listTickets",
    name: "List Tickets",
    description: "Pages through support tickets, newest first",
    category: "tickets",
    inputSchema: listTicketsSchema,
    retryable: true,
    timeout: 20000
};

export async function executeListTickets(
    client: ZendeskClient,
    params: ListTicketsParams
): Promise<OperationResult> {
    try {
        const page = await client.get<TicketsResponse>("/cases", { ...params });
        return {
            success: true,
            data: { tickets: page.tickets, total: page.total, after: page.after_cursor }
        };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
