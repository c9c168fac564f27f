import { z } from "zod";
import { ZoneIdSchema } from "../types";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { CloudflareClient } from "../../client/CloudflareClient";

export const getZoneSchema = z.object({
    zoneId: ZoneIdSchema
});

export type GetZoneParams = z.infer<typeof getZoneSchema>;

export const getZoneOperation: OperationDefinition = {
    id: "zones_getZone",
    name: "Get Zone",
    description: "Reads one zone",
    category: "zones",
    inputSchema: getZoneSchema,
    retryable: true,
    timeout: 25000
};

export async function executeGetZone(
    client: CloudflareClient,
    params: GetZoneParams
): Promise<OperationResult> {
    try {
        return { success: true, data: await client.getZone(params.zoneId) };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
