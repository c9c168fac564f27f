/**
 * Sandbox Test Data Types
 *
 * Core types for the sandbox/test connection infrastructure: every provider's `fixtures.ts`
 * holds `TestFixture`s that test connections (metadata.isTestConnection) answer with.
 */

import type { OperationError, OperationResult } from "../core/types";

/**
 * A test fixture for an integration operation
 */
export interface TestFixture<TInput = unknown, TOutput = unknown> {
    operationId: string;
    provider: string;
    validCases: TestCase<TInput, TOutput>[];
    errorCases: TestCase<TInput, undefined>[];
    edgeCases?: TestCase<TInput, TOutput>[];
    /**
     * For list operations: the base dataset that can be filtered/paginated.
     * When this is provided, the sandbox filters results based on input params
     * instead of returning static test case outputs.
     */
    filterableData?: FilterableDataConfig;
}

/**
 * Configuration for operations that support filtering/pagination
 */
export interface FilterableDataConfig {
    /** The full dataset of records */
    records: Record<string, unknown>[];
    /** Field name that contains the records array in the response (e.g., "records", "results") */
    recordsField: string;
    /** Field name for the pagination offset in responses (e.g., "offset", "nextCursor") */
    offsetField?: string;
    /** Default page size if not specified in params */
    defaultPageSize?: number;
    /** Maximum page size allowed */
    maxPageSize?: number;
    /** Param name for page size (e.g., "pageSize", "limit", "maxResults") */
    pageSizeParam?: string;
    /** Param name for offset/cursor (e.g., "offset", "cursor", "after") */
    offsetParam?: string;
    /** Provider-specific filter configuration */
    filterConfig?: FilterConfig;
}

/**
 * Simple filter configuration with type and filterable fields
 */
export interface SimpleFilterConfig {
    type: "airtable" | "hubspot" | "generic";
    filterableFields?: string[];
}

/**
 * Per-field filter definition for advanced filtering. The accessor takes `any` because each
 * field works with record types known only at runtime.
 */
export interface FieldFilterConfig {
    type: "enum" | "text" | "number" | "date" | "boolean";
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    field: string | ((record: any, value?: any) => any);
}

/**
 * Advanced filter configuration with per-field definitions
 */
export type AdvancedFilterConfig = Record<string, FieldFilterConfig>;

/**
 * Provider-specific filter configuration
 */
export type FilterConfig = SimpleFilterConfig | AdvancedFilterConfig;

export function isSimpleFilterConfig(config: FilterConfig): config is SimpleFilterConfig {
    return "type" in config && ["airtable", "hubspot", "generic"].includes(config.type as string);
}

/**
 * A single test case within a fixture
 */
export interface TestCase<TInput, TOutput> {
    name: string;
    description?: string;
    input: TInput;
    expectedOutput?: TOutput;
    expectedError?: ExpectedError;
}

/**
 * Expected error shape for error test cases
 */
export interface ExpectedError {
    type: OperationError["type"];
    message?: string;
    retryable?: boolean;
}

/**
 * A custom sandbox scenario for runtime testing
 */
export interface SandboxScenario {
    id: string;
    provider: string;
    operation: string;
    /** Optional matchers for specific parameter values */
    paramMatchers?: Record<string, unknown>;
    /** The sandbox response to return */
    response: OperationResult;
    /** Optional delay in milliseconds to simulate API latency */
    delay?: number;
}
