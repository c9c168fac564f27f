// Spreadsheet operations
export * from "./createSpreadsheet";

// Values read operations
export * from "./getValues";

// Values write operations
export * from "./appendValues";
