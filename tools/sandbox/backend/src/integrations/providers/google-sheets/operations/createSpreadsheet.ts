import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import { GoogleSheetsClient } from "../client/GoogleSheetsClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const createSpreadsheetSchema = z.object({
    title: z.string().min(1).describe("Title of the new spreadsheet"),
    sheetTitles: z
        .array(z.string().min(1))
        .optional()
        .describe("Names of the sheets (tabs) to create; default one sheet named 'Sheet1'")
});

export type CreateSpreadsheetParams = z.infer<typeof createSpreadsheetSchema>;

export const createSpreadsheetOperation: OperationDefinition = {
    id: "createSpreadsheet",
    name: "Create Spreadsheet",
    description: "Create a new spreadsheet in the user's Google Drive",
    category: "files",
    actionType: "write",
    inputSchema: createSpreadsheetSchema,
    inputSchemaJSON: toJSONSchema(createSpreadsheetSchema),
    retryable: false,
    timeout: 30000
};

export async function executeCreateSpreadsheet(
    client: GoogleSheetsClient,
    params: CreateSpreadsheetParams
): Promise<OperationResult> {
    try {
        const spreadsheet = await client.createSpreadsheet(
            params.title,
            params.sheetTitles ?? ["Sheet1"]
        );

        return {
            success: true,
            data: {
                spreadsheetId: spreadsheet.spreadsheetId,
                url: spreadsheet.spreadsheetUrl,
                title: spreadsheet.properties.title,
                sheets: (spreadsheet.sheets ?? []).map((sheet) => sheet.properties.title)
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to create spreadsheet",
                retryable: false
            }
        };
    }
}
