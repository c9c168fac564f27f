import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { GoogleSheetsClient } from "../client/GoogleSheetsClient";

export const getValuesSchema = z.object({
    spreadsheetId: z.string().min(1).describe("Workbook to read"),
    range: z.string().min(1).describe("Cells in A1 form, for instance Tab!B2:D9"),
    valueRenderOption: z
        .enum(["FORMATTED", "RAW", "FORMULA"])
        .optional()
        .describe("Whether to read display text, raw values or formulas")
});

export type GetValuesParams = z.infer<typeof getValuesSchema>;

export const getValuesOperation: OperationDefinition = {
    id: "getValues",
    name: "Get Values",
    description: "Reads a block of cells",
    category: "values",
    retryable: true,
    inputSchema: getValuesSchema,
    inputSchemaJSON: toJSONSchema(getValuesSchema)
};

export async function executeGetValues(
    client: GoogleSheetsClient,
    params: GetValuesParams
): Promise<OperationResult> {
    try {
        const { spreadsheetId, range, valueRenderOption } = params;
        return {
            success: true,
            data: await client.getValues(spreadsheetId, range, valueRenderOption)
        };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: true }
        };
    }
}
