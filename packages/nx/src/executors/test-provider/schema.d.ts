export interface TestProviderExecutorSchema {
    format?: "human" | "json";
    operationTimeout?: number;
}
