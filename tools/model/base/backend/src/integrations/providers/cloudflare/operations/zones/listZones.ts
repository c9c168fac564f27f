import { z } from "zod";
import { PaginationSchema } from "../types";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { CloudflareClient } from "../../client/CloudflareClient";

export const listZonesSchema = PaginationSchema.extend({
    name: z.string().optional().describe("Only the zone for this domain")
});

export type ListZonesParams = z.infer<typeof listZonesSchema>;

export const listZonesOperation: OperationDefinition = {
    id: "zones_listZones",
    name: "List Zones",
    description: "Pages through the account's zones",
    category: "zones",
    inputSchema: listZonesSchema,
    retryable: true,
    timeout: 25000
};

export async function executeListZones(
    client: CloudflareClient,
    params: ListZonesParams
): Promise<OperationResult> {
    try {
        const { name, ...paging } = params;
        const page = await client.listZones({ ...paging, domain: name });
        return { success: true, data: { zones: page.zones, pages: page.paging?.pages } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
