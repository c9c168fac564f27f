export * from "./createSpreadsheet";
export * from "./getValues";
export * from "./appendValues";
