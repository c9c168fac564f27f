import { snakeCase, titleCase } from "../model/names";
import type { OperationModel, ProviderModel } from "../model/provider-model";
import type { ParameterSpec } from "../model/provider-spec";

/**
 * Test data for the host's sandbox fixture system (`fixtures.ts`, one `TestFixture` per operation):
 * valid inputs that satisfy the operation's zod schema, plausible responses, an error case where the
 * operation can fail on its input, and a filterable dataset for list operations. Values are
 * deterministic, so regenerating gives the same file.
 */

export interface FixtureCase {
    name: string;
    description: string;
    input: Record<string, unknown>;
    expectedOutput?: unknown;
    expectedError?: { type: string; message: string; retryable: boolean };
}

export interface OperationFixture {
    operationId: string;
    provider: string;
    validCases: FixtureCase[];
    errorCases: FixtureCase[];
    filterableData?: {
        records: Record<string, unknown>[];
        recordsField: string;
        defaultPageSize: number;
        maxPageSize: number;
        pageSizeParam?: string;
        offsetParam?: string;
    };
}

const LIST_VERBS = ["list", "search", "query", "find"];
const GET_VERBS = ["get", "fetch", "retrieve", "read", "lookup", "describe", "view"];
const DELETE_VERBS = ["delete", "remove", "archive", "cancel"];
const PAGE_SIZE_PARAMS =
    /^(limit|pageSize|page_size|perPage|per_page|maxResults|max_results|count|size)$/;
const OFFSET_PARAMS = /^(cursor|offset|page|after|starting_after|pageToken|page_token|nextCursor)$/;

function verbOf(operation: OperationModel): string {
    return operation.id.match(/^[a-z]+/)?.[0] ?? "";
}

/** `listChannels` -> "channel", `getUser` -> "user": the resource an operation is about. */
function resourceOf(operation: OperationModel): string {
    const rest = operation.id.replace(/^[a-z]+/, "");
    const noun = snakeCase(rest || operation.id)
        .replace(/(ies)$/, "y")
        .replace(/([^s])s$/, "$1");
    return noun || "item";
}

/** A value of the parameter's type that its zod schema accepts; the default when it has one. */
export function sampleValue(parameter: ParameterSpec, variant = 1): unknown {
    if (parameter.default !== undefined) return parameter.default;
    const name = parameter.name;
    switch (parameter.type) {
        case "string":
            if (/email/i.test(name)) return `user${variant}@example.com`;
            if (/url|uri|link/i.test(name))
                return `https://example.com/${snakeCase(name)}/${variant}`;
            if (/date|time|_at$|At$/i.test(name))
                return `2024-01-${String(14 + variant).padStart(2, "0")}T10:00:00Z`;
            if (/id$|Id$|_id$|key$|Key$/.test(name))
                return `${snakeCase(name).replace(/_(id|key)$/, "")}_${1000 + variant}`;
            return `Example ${titleCase(name)}${variant > 1 ? ` ${variant}` : ""}`;
        case "number":
            return 10.5 * variant;
        case "integer":
            return PAGE_SIZE_PARAMS.test(name) ? 25 : 10 * variant;
        case "boolean":
            return true;
        case "enum":
            return parameter.values![0];
        case "array":
            switch (parameter.items ?? "string") {
                case "string":
                    return [`${snakeCase(name)}_${variant}`];
                case "number":
                    return [1.5 * variant];
                case "integer":
                    return [variant, variant + 1];
                case "boolean":
                    return [true];
                case "object":
                    return [{ id: `${snakeCase(name)}_${variant}` }];
            }
            break;
        case "object":
            return { key: `value_${variant}` };
    }
    return undefined;
}

function inputFor(parameters: ParameterSpec[], variant = 1): Record<string, unknown> {
    return Object.fromEntries(
        parameters.map((parameter) => [parameter.name, sampleValue(parameter, variant)])
    );
}

/** An id that names nothing, of the parameter's type. */
function nonexistentValue(parameter: ParameterSpec | undefined): unknown {
    if (parameter?.type === "integer" || parameter?.type === "number") return 999999999;
    if (parameter?.type === "enum") return parameter.values![0];
    return "nonexistent";
}

function record(operation: OperationModel, index: number): Record<string, unknown> {
    const resource = resourceOf(operation);
    return {
        id: `${resource}_${1000 + index}`,
        name: `Example ${titleCase(resource)} ${index}`,
        createdAt: `2024-01-${String(10 + index).padStart(2, "0")}T09:00:00Z`
    };
}

function plausibleOutput(operation: OperationModel, input: Record<string, unknown>): unknown {
    const verb = verbOf(operation);
    const pathValues = Object.fromEntries(
        operation.pathParameters.map((name) => [name, input[name]])
    );
    if (LIST_VERBS.includes(verb)) {
        return { data: [record(operation, 1), record(operation, 2)] };
    }
    if (DELETE_VERBS.includes(verb)) {
        return { ...pathValues, success: true };
    }
    const base = record(operation, 1);
    if (GET_VERBS.includes(verb)) {
        const id =
            operation.pathParameters.length > 0 ? input[operation.pathParameters[0]] : base.id;
        return { ...base, id };
    }
    const body = Object.fromEntries(
        Object.entries(input).filter(([name]) => !operation.pathParameters.includes(name))
    );
    return { ...base, ...body };
}

function errorCase(
    operation: OperationModel,
    valid: Record<string, unknown>,
    errorTypes: string[]
): FixtureCase | undefined {
    const resource = resourceOf(operation);
    const pathParameter = operation.pathParameters[0];
    if (pathParameter && errorTypes.includes("not_found")) {
        return {
            name: `${resource}_not_found`,
            description: `The ${titleCase(resource).toLowerCase()} does not exist`,
            input: {
                ...valid,
                [pathParameter]: nonexistentValue(
                    operation.parameters.find((parameter) => parameter.name === pathParameter)
                )
            },
            expectedError: {
                type: "not_found",
                message: `${titleCase(resource)} not found`,
                retryable: false
            }
        };
    }
    const required = operation.parameters.find(
        (parameter) => parameter.required && parameter.default === undefined
    );
    if (required && errorTypes.includes("validation")) {
        const { [required.name]: _omitted, ...input } = valid;
        return {
            name: `missing_${snakeCase(required.name)}`,
            description: `${required.name} is required`,
            input,
            expectedError: {
                type: "validation",
                message: `${required.name} is required`,
                retryable: false
            }
        };
    }
    return undefined;
}

/** The fixture of one operation of provider `providerId`. */
export function operationFixture(
    providerId: string,
    operation: OperationModel,
    errorTypes: string[]
): OperationFixture {
    const parameters = operation.parameters.map((parameter) =>
        operation.pathParameters.includes(parameter.name)
            ? { ...parameter, required: true }
            : parameter
    );
    // A first page: no cursor or offset unless the operation requires one.
    const full = inputFor(
        parameters.filter((parameter) => parameter.required || !OFFSET_PARAMS.test(parameter.name))
    );
    const validCases: FixtureCase[] = [
        {
            name: snakeCase(operation.id),
            description: operation.description,
            input: full,
            expectedOutput: plausibleOutput(operation, full)
        }
    ];
    const required = parameters.filter((parameter) => parameter.required);
    if (required.length < parameters.length) {
        const minimal = inputFor(required, 2);
        validCases.push({
            name: `${snakeCase(operation.id)}_required_only`,
            description: `${operation.name} with only the required parameters`,
            input: minimal,
            expectedOutput: plausibleOutput(operation, minimal)
        });
    }
    const failure = errorCase(operation, full, errorTypes);
    const fixture: OperationFixture = {
        operationId: operation.id,
        provider: providerId,
        validCases,
        errorCases: failure ? [failure] : []
    };
    if (LIST_VERBS.includes(verbOf(operation))) {
        const pageSize = parameters.find((parameter) => PAGE_SIZE_PARAMS.test(parameter.name));
        const offset = parameters.find((parameter) => OFFSET_PARAMS.test(parameter.name));
        fixture.filterableData = {
            records: [1, 2, 3].map((index) => record(operation, index)),
            recordsField: "data",
            defaultPageSize: 20,
            maxPageSize: 100,
            ...(pageSize ? { pageSizeParam: pageSize.name } : {}),
            ...(offset ? { offsetParam: offset.name } : {})
        };
    }
    return fixture;
}

/** One fixture per operation, using only error types the host's `OperationError` allows. */
export function buildFixtures(model: ProviderModel, errorTypes: string[]): OperationFixture[] {
    return model.operations.map((operation) => operationFixture(model.id, operation, errorTypes));
}
