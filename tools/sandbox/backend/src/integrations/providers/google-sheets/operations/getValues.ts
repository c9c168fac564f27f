import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import { GoogleSheetsClient } from "../client/GoogleSheetsClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const getValuesSchema = z.object({
    spreadsheetId: z.string().min(1).describe("Spreadsheet ID (from the sheet's URL)"),
    range: z.string().min(1).describe("A1 notation range, e.g. 'Sheet1!A1:D10'"),
    majorDimension: z
        .enum(["ROWS", "COLUMNS"])
        .optional()
        .describe("Whether values are grouped by rows (default) or columns")
});

export type GetValuesParams = z.infer<typeof getValuesSchema>;

export const getValuesOperation: OperationDefinition = {
    id: "getValues",
    name: "Get Values",
    description: "Read cell values from a range of a spreadsheet",
    category: "data",
    actionType: "read",
    inputSchema: getValuesSchema,
    inputSchemaJSON: toJSONSchema(getValuesSchema),
    retryable: true,
    timeout: 30000
};

export async function executeGetValues(
    client: GoogleSheetsClient,
    params: GetValuesParams
): Promise<OperationResult> {
    try {
        const result = await client.getValues(
            params.spreadsheetId,
            params.range,
            params.majorDimension
        );

        return {
            success: true,
            data: {
                range: result.range,
                values: result.values ?? [],
                rowCount: result.values?.length ?? 0
            }
        };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "Failed to read values",
                retryable: true
            }
        };
    }
}
