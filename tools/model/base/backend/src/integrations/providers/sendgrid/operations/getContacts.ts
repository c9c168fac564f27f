import { z } from "zod";
import type { SendGridContactOutput } from "./types";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient } from "../client/SendGridClient";

export const getContactsSchema = z.object({
    pageSize: z.number().int().min(1).max(500).optional().describe("Contacts per page"),
    pageToken: z.string().optional().describe("Cursor returned by the previous page")
});

export type GetContactsParams = z.infer<typeof getContactsSchema>;

export const getContactsOperation: OperationDefinition = {
    id: "getContacts",
    name: "Get Contacts",
    description: "Reads one page of the marketing audience",
    category: "contacts",
    inputSchema: getContactsSchema,
    retryable: true,
    timeout: 20000
};

export async function executeGetContacts(
    client: SendGridClient,
    params: GetContactsParams
): Promise<OperationResult> {
    try {
        const page = await client.getContacts({ size: params.pageSize, cursor: params.pageToken });
        const contacts: SendGridContactOutput[] = page.items.map((person) => ({
            id: person.contact_id,
            email: person.address,
            firstName: person.given_name,
            lastName: person.family_name
        }));
        return { success: true, data: { contacts, nextPageToken: page.cursor } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
