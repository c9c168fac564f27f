import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import { GoogleSheetsClient } from "../client/GoogleSheetsClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const appendValuesSchema = z.object({
    spreadsheetId: z.string().min(1).describe("Spreadsheet ID (from the sheet's URL)"),
    range: z.string().min(1).describe("A1 notation of the table to append to, e.g. 'Sheet1!A:D'"),
    values: z.array(z.array(cellValueSchema)).min(1).describe("Rows to append"),
    valueInputOption: z
        .enum(["RAW", "USER_ENTERED"])
        .optional()
        .describe("USER_ENTERED parses formulas and dates like the UI; RAW stores as-is")
});

export type AppendValuesParams = z.infer<typeof appendValuesSchema>;

export const appendValuesOperation: OperationDefinition = {
    id: "appendValues",
    name: "Append Values",
    description: "Append rows after the last row of a table in a spreadsheet",
    category: "data",
    actionType: "write",
    inputSchema: appendValuesSchema,
    inputSchemaJSON: toJSONSchema(appendValuesSchema),
    retryable: false,
    timeout: 30000
};

export async function executeAppendValues(
    client: GoogleSheetsClient,
    params: AppendValuesParams
): Promise<OperationResult> {
    try {
        const result = await client.appendValues(
            params.spreadsheetId,
            params.range,
            params.values,
            params.valueInputOption ?? "USER_ENTERED"
        );

        return {
            success: true,
            data: {
                updatedRange: result.updates.updatedRange,
                updatedRows: result.updates.updatedRows,
                updatedCells: result.updates.updatedCells
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to append values",
                retryable: false
            }
        };
    }
}
