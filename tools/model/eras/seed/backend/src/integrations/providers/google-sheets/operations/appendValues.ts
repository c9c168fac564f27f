import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { GoogleSheetsClient } from "../client/GoogleSheetsClient";

export const appendValuesSchema = z.object({
    spreadsheetId: z.string().min(1).describe("Workbook to write"),
    range: z.string().min(1).describe("Table the rows go under, in A1 form"),
    values: z.array(z.array(z.unknown())).min(1).describe("Rows, each a list of cell values"),
    valueInputOption: z
        .enum(["LITERAL", "PARSED"])
        .optional()
        .describe("LITERAL stores text as typed; PARSED reads formulas and dates")
});

export type AppendValuesParams = z.infer<typeof appendValuesSchema>;

export const appendValuesOperation: OperationDefinition = {
    id: "appendValues",
    name: "Append Values",
    description: "Adds rows below the last filled row of a table",
    category: "values",
    retryable: true,
    inputSchema: appendValuesSchema,
    inputSchemaJSON: toJSONSchema(appendValuesSchema)
};

export async function executeAppendValues(
    client: GoogleSheetsClient,
    params: AppendValuesParams
): Promise<OperationResult> {
    try {
        const { spreadsheetId, range, values, valueInputOption } = params;
        const data = await client.appendValues(spreadsheetId, range, values, valueInputOption);
        return { success: true, data };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
