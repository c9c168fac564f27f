export { GoogleSheetsProvider } from "./GoogleSheetsProvider";
export { GoogleSheetsClient } from "./client/GoogleSheetsClient";
export * from "./operations";
