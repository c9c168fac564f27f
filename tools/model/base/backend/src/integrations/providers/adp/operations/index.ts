export * from "./types";
export * from "./listWorkers";
export * from "./getWorker";
export * from "./listPayStatements";
