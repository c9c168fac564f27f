import type { ParameterSpec } from "../model/provider-spec";
import { fits, indent } from "./layout";
import { tsPropertyKey, tsString, tsValue } from "./literals";

export type ZodParameter = Pick<
    ParameterSpec,
    "type" | "required" | "description" | "values" | "items" | "default"
>;

/** One call of a `z.…` member chain: `.describe("text")` is `{ method: "describe", args: '"text"' }`. */
interface ZodCall {
    method: string;
    args: string;
    /** The argument is a single string literal (Prettier may put it on its own line). */
    stringArgument?: boolean;
}

const ITEM_SCHEMAS: Record<NonNullable<ParameterSpec["items"]>, ZodCall[]> = {
    string: [{ method: "string", args: "" }],
    number: [{ method: "number", args: "" }],
    integer: [
        { method: "number", args: "" },
        { method: "int", args: "" }
    ],
    boolean: [{ method: "boolean", args: "" }],
    object: [{ method: "record", args: "z.string(), z.unknown()" }]
};

function chain(calls: ZodCall[]): string {
    return `z${calls.map((call) => `.${call.method}(${call.args})`).join("")}`;
}

/** The zod type of a parameter, without optionality, default or description. */
function baseCalls(parameter: ZodParameter): ZodCall[] {
    switch (parameter.type) {
        case "enum":
            return [
                { method: "enum", args: `[${(parameter.values ?? []).map(tsString).join(", ")}]` }
            ];
        case "array":
            return [{ method: "array", args: chain(ITEM_SCHEMAS[parameter.items ?? "string"]) }];
        default:
            return ITEM_SCHEMAS[parameter.type];
    }
}

/**
 * The calls after `z` for a parameter. A default makes the input optional and the output present;
 * otherwise `required: false` means `.optional()`.
 */
function zodCalls(parameter: ZodParameter): ZodCall[] {
    const calls = [...baseCalls(parameter)];
    if (parameter.default !== undefined) {
        calls.push({ method: "default", args: tsValue(parameter.default) });
    } else if (!parameter.required) {
        calls.push({ method: "optional", args: "" });
    }
    if (parameter.description) {
        calls.push({
            method: "describe",
            args: tsString(parameter.description),
            stringArgument: true
        });
    }
    return calls;
}

/** `z.string().optional().describe("...")` on one line. */
export function zodSchemaExpression(parameter: ZodParameter): string {
    return chain(zodCalls(parameter));
}

/**
 * `name: z.string().describe("..."),` inside `z.object({ ... })` at `level`, laid out as Prettier
 * does: one line when it fits, else one call per line (a string argument that still does not fit
 * goes on its own line). A chain of more than two calls is always broken when an argument nests a
 * non-empty array or object inside another.
 */
export function zodObjectProperty(
    name: string,
    parameter: ZodParameter,
    level: number,
    last: boolean
): string {
    const calls = zodCalls(parameter);
    const comma = last ? "" : ",";
    const key = tsPropertyKey(name);
    const oneLine = `${indent(level)}${key}: ${chain(calls)}${comma}`;
    if (fits(oneLine) && !(calls.length > 2 && nestsContainers(parameter.default))) return oneLine;
    const callIndent = indent(level + 1);
    const lines = calls.map((call, index) => {
        const end = index === calls.length - 1 ? comma : "";
        const line = `${callIndent}.${call.method}(${call.args})${end}`;
        if (fits(line) || !call.stringArgument) return line;
        return `${callIndent}.${call.method}(\n${indent(level + 2)}${call.args}\n${callIndent})${end}`;
    });
    return [`${indent(level)}${key}: z`, ...lines].join("\n");
}

/** True for an array or object holding a non-empty array or object (not a "simple" argument). */
function nestsContainers(value: unknown): boolean {
    if (value === null || typeof value !== "object") return false;
    return Object.values(value).some(
        (item) => item !== null && typeof item === "object" && Object.keys(item).length > 0
    );
}
