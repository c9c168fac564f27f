import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { GoogleSheetsClient } from "../client/GoogleSheetsClient";

export const createSpreadsheetSchema = z.object({
    title: z.string().min(1).max(200).describe("Name of the new workbook"),
    sheets: z.array(z.string().min(1)).optional().describe("Tab names to start with")
});

export type CreateSpreadsheetParams = z.infer<typeof createSpreadsheetSchema>;

export const createSpreadsheetOperation: OperationDefinition = {
    id: "createSpreadsheet",
    name: "Create Spreadsheet",
    description: "Starts an empty workbook",
    category: "spreadsheets",
    retryable: true,
    inputSchema: createSpreadsheetSchema,
    inputSchemaJSON: toJSONSchema(createSpreadsheetSchema)
};

export async function executeCreateSpreadsheet(
    client: GoogleSheetsClient,
    params: CreateSpreadsheetParams
): Promise<OperationResult> {
    try {
        const data = await client.createSpreadsheet({ title: params.title, tabs: params.sheets });
        return { success: true, data };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
