import type { OperationError, OperationResult } from "../core/types";

export interface TestFixture<TInput = unknown, TOutput = unknown> {
    operationId: string;
    provider: string;
    validCases: TestCase<TInput, TOutput>[];
    errorCases: TestCase<TInput, undefined>[];
    edgeCases?: TestCase<TInput, TOutput>[];
    filterableData?: FilterableDataConfig;
}

export interface FilterableDataConfig {
    records: Record<string, unknown>[];
    recordsField: string;
    offsetField?: string;
    defaultPageSize?: number;
    maxPageSize?: number;
    pageSizeParam?: string;
    offsetParam?: string;
    filterConfig?: FilterConfig;
}

export interface SimpleFilterConfig {
    type: "airtable" | "hubspot" | "generic";
    filterableFields?: string[];
}

export interface FieldFilterConfig {
    type: "enum" | "text" | "number" | "date" | "boolean";
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    field: string | ((record: any, value?: any) => any);
}

export type AdvancedFilterConfig = Record<string, FieldFilterConfig>;

export type FilterConfig = SimpleFilterConfig | AdvancedFilterConfig;

const SIMPLE_FILTER_TYPES: ReadonlySet<string> = new Set(["airtable", "hubspot", "generic"]);

/** A simple config names its style in `type`; an advanced one maps field names to filters. */
export function isSimpleFilterConfig(config: FilterConfig): config is SimpleFilterConfig {
    return typeof config.type === "string" && SIMPLE_FILTER_TYPES.has(config.type);
}

export interface TestCase<TInput, TOutput> {
    name: string;
    description?: string;
    input: TInput;
    expectedOutput?: TOutput;
    expectedError?: ExpectedError;
}

export interface ExpectedError {
    type: OperationError["type"];
    message?: string;
    retryable?: boolean;
}

export interface SandboxScenario {
    id: string;
    provider: string;
    operation: string;
    paramMatchers?: Record<string, unknown>;
    response: OperationResult;
    delay?: number;
}
