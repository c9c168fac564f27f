import type { OutputFormat } from "../verify-provider/reporter";
import type { TestProviderExecutorSchema } from "./schema";

export interface NormalizedTestOptions {
    format: OutputFormat;
    operationTimeout: number;
}

export function normalizeTestOptions(options: TestProviderExecutorSchema): NormalizedTestOptions {
    return {
        format: options.format ?? "human",
        operationTimeout: options.operationTimeout ?? 10_000
    };
}
