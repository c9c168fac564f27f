import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import type { SendGridTemplateOutput } from "./types";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient } from "../client/SendGridClient";

export const getTemplatesSchema = z.object({
    generations: z.enum(["legacy", "dynamic"]).optional().describe("Only this kind of design"),
    pageSize: z.number().int().min(1).max(100).optional().describe("Designs per page"),
    pageToken: z.string().optional().describe("Cursor returned by the previous page")
});

export type GetTemplatesParams = z.infer<typeof getTemplatesSchema>;

export const getTemplatesOperation: OperationDefinition = {
    id: "getTemplates",
    name: "Get Templates",
    description: "Reads one page of saved email designs",
    category: "templates",
    inputSchema: getTemplatesSchema,
    inputSchemaJSON: toJSONSchema(getTemplatesSchema),
    retryable: true,
    timeout: 15000
};

export async function executeGetTemplates(
    client: SendGridClient,
    params: GetTemplatesParams
): Promise<OperationResult> {
    try {
        const page = await client.getTemplates({
            kind: params.generations,
            size: params.pageSize,
            cursor: params.pageToken
        });
        const templates: SendGridTemplateOutput[] = page.items.map((design) => ({
            id: design.template_id,
            name: design.title,
            generation: design.kind
        }));
        return { success: true, data: { templates, nextPageToken: page.cursor } };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
