import { toJSONSchema } from "../../../core/schema-utils";
import { listTemplatesSchema } from "../schemas";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient } from "../client/SendGridClient";
import type { ListTemplatesParams } from "../schemas";

export const listTemplatesOperation: OperationDefinition = {
    id: "listTemplates",
    name: "List Templates",
    description: "List the account's email templates",
    category: "templates",
    actionType: "read",
    inputSchema: listTemplatesSchema,
    inputSchemaJSON: toJSONSchema(listTemplatesSchema),
    retryable: true,
    timeout: 30000
};

export async function executeListTemplates(
    client: SendGridClient,
    params: ListTemplatesParams
): Promise<OperationResult> {
    try {
        const response = await client.listTemplates(params);
        const nextPageToken = response._metadata?.next
            ? (new URL(response._metadata.next).searchParams.get("page_token") ?? undefined)
            : undefined;

        return {
            success: true,
            data: {
                templates: response.result.map((template) => ({
                    id: template.id,
                    name: template.name,
                    generation: template.generation,
                    updatedAt: template.updated_at
                })),
                nextPageToken
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to list templates",
                retryable: true
            }
        };
    }
}
