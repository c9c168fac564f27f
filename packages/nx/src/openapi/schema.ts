import { parameterSchema, type ParameterType } from "../model/provider-spec";
import { FlowmaestroError } from "../utils/errors";
import type { Schema } from "./api-document";

/**
 * JSON schemas of an OpenAPI document as spec parameter types: `allOf` merged, `oneOf`/`anyOf`
 * widened to one type (with a remark), nullability dropped (an optional parameter can be left out).
 */

type ItemType = "string" | "number" | "integer" | "boolean" | "object";

/** What a parameter of the spec can say about its value. */
export interface ParameterShape {
    type: ParameterType;
    values?: string[];
    items?: ItemType;
    default?: unknown;
    description?: string;
}

export interface ShapeResult {
    /** Undefined: the schema has no spec type (the parameter is skipped, with the remarks saying why). */
    shape?: ParameterShape;
    /** Remarks for the user, without the operation and field (the caller names them). */
    remarks: string[];
}

const MAX_DESCRIPTION = 300;

/** One paragraph of plain text, at most `max` characters. */
export function shortText(value: string | undefined, max = MAX_DESCRIPTION): string | undefined {
    if (!value) return undefined;
    const paragraph = value
        .trim()
        .split(/\n\s*\n/)[0]
        .replace(/\s+/g, " ")
        .trim();
    if (!paragraph) return undefined;
    return paragraph.length <= max ? paragraph : `${paragraph.slice(0, max - 1).trimEnd()}…`;
}

/** Deeper `allOf` nesting is refused: no API nests this deep, and a document that does is built to exhaust the import. */
export const MAX_ALLOF_DEPTH = 64;

/** Merged schemas by original: documents reuse schemas through `allOf`, which would otherwise expand as a tree. */
const mergedSchemas = new WeakMap<Schema, Schema>();

/** `allOf` parts merged into one schema: properties and required lists united, the first type wins. */
export function mergeAllOf(schema: Schema, seen: Set<Schema> = new Set()): Schema {
    if (!schema.allOf || seen.has(schema)) return schema;
    const known = mergedSchemas.get(schema);
    if (known) return known;
    if (seen.size >= MAX_ALLOF_DEPTH) {
        throw new FlowmaestroError(
            `a schema${schema.title ? ` (${JSON.stringify(schema.title)})` : ""} nests allOf more than ${MAX_ALLOF_DEPTH} levels deep, which no API needs; the document cannot be imported; nothing was written.`
        );
    }
    seen.add(schema);
    const { allOf, ...own } = schema;
    const merged: Schema = { ...own };
    for (const part of allOf.map((item) => mergeAllOf(item ?? {}, seen))) {
        for (const key of Object.keys(part) as Array<keyof Schema>) {
            if (key === "properties") {
                merged.properties = { ...part.properties, ...merged.properties };
            } else if (key === "required") {
                merged.required = [
                    ...new Set([...(merged.required ?? []), ...(part.required ?? [])])
                ];
            } else if (merged[key] === undefined) {
                (merged as Record<string, unknown>)[key] = part[key];
            }
        }
    }
    seen.delete(schema);
    // A circular allOf stays cut where this first merge met the cycle.
    mergedSchemas.set(schema, merged);
    return merged;
}

type Kind =
    | { type: "string"; values?: unknown[] }
    | { type: "number" | "integer"; values?: unknown[] }
    | { type: "boolean" }
    | { type: "object" }
    | { type: "array"; items: Kind }
    | { type: "unknown" };

const NULL_TYPE = "null";

function isNullSchema(schema: Schema): boolean {
    return (
        schema.type === NULL_TYPE ||
        (Array.isArray(schema.enum) && schema.enum.every((v) => v === null))
    );
}

/** The non-null variants of a 3.1 type list or a oneOf/anyOf, or undefined when there is one type. */
function variantsOf(schema: Schema): Schema[] | undefined {
    if (Array.isArray(schema.type)) {
        const types = schema.type.filter((type) => type !== NULL_TYPE);
        if (types.length === 1) return undefined;
        return types.map((type) => ({ ...schema, type }));
    }
    const options = schema.oneOf ?? schema.anyOf;
    if (!options || schema.type !== undefined || schema.properties) return undefined;
    return options
        .map((option) => mergeAllOf(option ?? {}))
        .filter((option) => !isNullSchema(option));
}

function singleType(schema: Schema): string | undefined {
    if (Array.isArray(schema.type)) return schema.type.find((type) => type !== NULL_TYPE);
    return schema.type;
}

/** Circular schemas are cut off: a value nested this deep is described as unknown. */
const MAX_DEPTH = 8;

function kindOf(input: Schema, remarks: string[], depth = 0): Kind {
    if (depth > MAX_DEPTH) return { type: "unknown" };
    const schema = mergeAllOf(input);
    const variants = variantsOf(schema);
    if (variants) {
        if (variants.length === 0) return { type: "unknown" };
        const kinds = variants.map((variant) => kindOf(variant, remarks, depth + 1));
        const widened = widen(kinds);
        if (!kinds.every((kind) => sameKind(kind, widened))) {
            const keyword = Array.isArray(schema.type) ? "type" : schema.oneOf ? "oneOf" : "anyOf";
            remarks.push(
                `${keyword} ${kinds.map(describeKind).join(" | ")} became ${describeKind(widened)}, the widest type that fits; check the values the API accepts`
            );
        }
        return widened;
    }
    const values = Array.isArray(schema.enum)
        ? schema.enum.filter((value) => value !== null)
        : schema.const !== undefined
          ? [schema.const]
          : undefined;
    const type = singleType(schema);
    switch (type) {
        case "string":
            return { type: "string", values };
        case "number":
        case "integer":
            return { type, values };
        case "boolean":
            return { type: "boolean" };
        case "array":
            return { type: "array", items: kindOf(schema.items ?? {}, remarks, depth + 1) };
        case "object":
            return { type: "object" };
    }
    if (schema.properties || schema.additionalProperties) return { type: "object" };
    if (schema.items) return { type: "array", items: kindOf(schema.items, remarks, depth + 1) };
    if (values && values.length > 0 && values.every((value) => typeof value === "string")) {
        return { type: "string", values };
    }
    return { type: "unknown" };
}

function sameKind(a: Kind, b: Kind): boolean {
    if (a.type !== b.type) return false;
    return a.type === "array" && b.type === "array" ? sameKind(a.items, b.items) : true;
}

function describeKind(kind: Kind): string {
    return kind.type === "array" ? `array of ${describeKind(kind.items)}` : kind.type;
}

/**
 * One kind for several: the same kind stays (enum values united, array items widened), integer
 * and number become number; otherwise an object or array variant wins (its values are the richer
 * ones to describe), and a mix of scalars becomes string.
 */
function widen(kinds: Kind[]): Kind {
    const known = kinds.filter((kind) => kind.type !== "unknown");
    if (known.length === 0) return { type: "unknown" };
    const types = new Set(known.map((kind) => kind.type));
    if (types.size === 1) {
        const first = known[0];
        if (first.type === "array") {
            return {
                type: "array",
                items: widen(known.map((kind) => (kind as { items: Kind }).items))
            };
        }
        if (first.type === "string" || first.type === "number" || first.type === "integer") {
            const lists = known.map((kind) => (kind as { values?: unknown[] }).values);
            return lists.every(Boolean)
                ? { type: first.type, values: [...new Set(lists.flatMap((list) => list ?? []))] }
                : { type: first.type };
        }
        return first;
    }
    if ([...types].every((type) => type === "integer" || type === "number"))
        return { type: "number" };
    if (types.has("object")) return { type: "object" };
    if (types.has("array")) return known.find((kind) => kind.type === "array")!;
    return { type: "string" };
}

function itemType(kind: Kind): ItemType | undefined {
    switch (kind.type) {
        case "string":
        case "number":
        case "integer":
        case "boolean":
        case "object":
            return kind.type;
        default:
            return undefined;
    }
}

function allowedValues(values: unknown[]): string {
    return `Allowed values: ${values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ")}.`;
}

function joinText(...parts: Array<string | undefined>): string | undefined {
    const text = parts.filter(Boolean).join(" ");
    return text || undefined;
}

/**
 * The spec parameter shape of a schema, with the parameter's own description. An enum of
 * non-empty strings stays an enum; other enums keep their base type and list the values in the
 * description. A default the shape cannot hold is dropped with a remark.
 */
export function parameterShape(schema: Schema, description?: string): ShapeResult {
    const remarks: string[] = [];
    const merged = mergeAllOf(schema);
    const kind = kindOf(merged, remarks);
    let text = shortText(description ?? merged.description ?? merged.title);
    let shape: ParameterShape;
    switch (kind.type) {
        case "unknown":
            remarks.push("has no type in the document; it became string");
            shape = { type: "string" };
            break;
        case "string": {
            const values = kind.values;
            if (values && values.length > 0) {
                const usable =
                    values.every((value) => typeof value === "string" && value.trim() !== "") &&
                    new Set(values).size === values.length;
                if (usable) {
                    shape = { type: "enum", values: values as string[] };
                    break;
                }
                text = joinText(text, allowedValues(values));
            }
            shape = { type: "string" };
            break;
        }
        case "number":
        case "integer":
            if (kind.values && kind.values.length > 0)
                text = joinText(text, allowedValues(kind.values));
            shape = { type: kind.type };
            break;
        case "array": {
            const items = itemType(kind.items);
            if (!items) {
                if (kind.items.type === "array") {
                    return {
                        remarks: [
                            ...remarks,
                            "is an array of arrays, which a spec parameter cannot type; it was skipped"
                        ]
                    };
                }
                remarks.push("is an array whose items have no type; its items became string");
            }
            if (kind.items.type === "string" && kind.items.values && kind.items.values.length > 0) {
                text = joinText(text, allowedValues(kind.items.values));
            }
            shape = { type: "array", items: items ?? "string" };
            break;
        }
        default:
            shape = { type: kind.type };
    }
    if (text) shape.description = text;
    if (merged.default !== undefined && merged.default !== null) {
        const candidate = { name: "value", required: false, ...shape, default: merged.default };
        if (parameterSchema.safeParse(candidate).success) {
            shape.default = merged.default;
        } else {
            remarks.push(
                `its default ${JSON.stringify(merged.default)} does not fit ${/^[aeiou]/.test(shape.type) ? "an" : "a"} ${shape.type} parameter; it was left out`
            );
        }
    }
    return { shape, remarks };
}
