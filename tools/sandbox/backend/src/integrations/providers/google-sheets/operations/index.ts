export { getValuesSchema, getValuesOperation, executeGetValues } from "./getValues";
export type { GetValuesParams } from "./getValues";

export { appendValuesSchema, appendValuesOperation, executeAppendValues } from "./appendValues";
export type { AppendValuesParams } from "./appendValues";

export {
    createSpreadsheetSchema,
    createSpreadsheetOperation,
    executeCreateSpreadsheet
} from "./createSpreadsheet";
export type { CreateSpreadsheetParams } from "./createSpreadsheet";
