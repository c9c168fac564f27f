export {
    listPayStatementsSchema,
    listPayStatementsOperation,
    executeListPayStatements
} from "./listPayStatements";
export type { ListPayStatementsParams } from "./listPayStatements";
