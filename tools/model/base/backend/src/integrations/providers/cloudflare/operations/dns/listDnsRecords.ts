import { z } from "zod";
import { ZoneIdSchema, PaginationSchema, DNSRecordTypeSchema } from "../types";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { CloudflareClient } from "../../client/CloudflareClient";

export const listDnsRecordsSchema = PaginationSchema.extend({
    zoneId: ZoneIdSchema,
    type: DNSRecordTypeSchema.optional().describe("Only records of this kind")
});

export type ListDnsRecordsParams = z.infer<typeof listDnsRecordsSchema>;

export const listDnsRecordsOperation: OperationDefinition = {
    id: "dns_listRecords",
    name: "List DNS Records",
    description: "Pages through the names a zone serves",
    category: "dns",
    inputSchema: listDnsRecordsSchema,
    retryable: true,
    timeout: 25000
};

export async function executeListDnsRecords(
    client: CloudflareClient,
    params: ListDnsRecordsParams
): Promise<OperationResult> {
    try {
        const { zoneId, type, ...paging } = params;
        const page = await client.listDNSRecords(zoneId, { ...paging, kind: type });
        return { success: true, data: { records: page.records, pages: page.paging?.pages } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
