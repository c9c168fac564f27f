import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { ZendeskClient } from "../../client/ZendeskClient";
import type { TicketResponse } from "../../types";

export const getTicketSchema = z.object({
    ticket_id: z.number().int().positive().describe("Number of the ticket")
});

export type GetTicketParams = z.infer<typeof getTicketSchema>;

export const getTicketOperation: OperationDefinition = {
    id: "getTicket",
    name: "Get Ticket",
    description: "Reads one support ticket",
    category: "tickets",
    inputSchema: getTicketSchema,
    retryable: true,
    timeout: 10000
};

export async function executeGetTicket(
    client: ZendeskClient,
    params: GetTicketParams
): Promise<OperationResult> {
    try {
        const { ticket } = await client.get<TicketResponse>(`/cases/${params.ticket_id}`);
        return { success: true, data: ticket };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: false }
        };
    }
}
