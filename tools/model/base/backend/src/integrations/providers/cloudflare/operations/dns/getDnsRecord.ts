import { z } from "zod";
import { ZoneIdSchema, DNSRecordIdSchema } from "../types";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { CloudflareClient } from "../../client/CloudflareClient";

export const getDnsRecordSchema = z.object({
    zoneId: ZoneIdSchema,
    recordId: DNSRecordIdSchema
});

export type GetDnsRecordParams = z.infer<typeof getDnsRecordSchema>;

export const getDnsRecordOperation: OperationDefinition = {
    id: "dns_getRecord",
    name: "Get DNS Record",
    description: "Reads one name of a zone",
    category: "dns",
    inputSchema: getDnsRecordSchema,
    retryable: true,
    timeout: 25000
};

export async function executeGetDnsRecord(
    client: CloudflareClient,
    params: GetDnsRecordParams
): Promise<OperationResult> {
    try {
        return { success: true, data: await client.getDNSRecord(params.zoneId, params.recordId) };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
