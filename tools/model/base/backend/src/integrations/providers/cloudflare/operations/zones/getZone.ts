import { z } from "zod";
import { ZoneIdSchema } from "../types";
import type { OperationDefinition, OperationResult } from "../../../../core/types";
import type { CloudflareClient } from "../../client/CloudflareClient";

/**
 * Get Zone operation schema
 */
export const getZoneSchema = z.object({
    zoneId: ZoneIdSchema
});

export type GetZoneParams = z.infer<typeof getZoneSchema>;

/**
 * Get Zone operation definition
 */
export const getZoneOperation: OperationDefinition = {
    id: "zones_getZone",
    name: "Get Zone",
    description: "Get details for a specific zone",
    category: "zones",
    inputSchema: getZoneSchema,
    retryable: true,
    timeout: 30000
};

/**
 * Execute get zone operation
 */
export async function executeGetZone(
    client: CloudflareClient,
    params: GetZoneParams
): Promise<OperationResult> {
    try {
        const zone = await client.getZone(params.zoneId);

        return {
            success: true,
            data: {
                id: zone.id,
                name: zone.name,
                status: zone.status,
                paused: zone.paused,
                type: zone.type,
                nameServers: zone.name_servers,
                createdOn: zone.created_on,
                modifiedOn: zone.modified_on
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to get zone",
                retryable: true
            }
        };
    }
}
