export interface VerifyProviderExecutorSchema {
    format?: "human" | "json";
    typecheck?: boolean;
    compiler?: "tsc" | "tsgo";
    incremental?: boolean;
}
