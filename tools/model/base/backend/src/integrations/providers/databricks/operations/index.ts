export * from "./query";
export * from "./listCatalogs";
export * from "./listTables";
