/**
 * TypeScript literals for values that come from a spec or flags. Every string lands through
 * `tsString`, so quotes, backslashes, backticks, `${`, `*\/`, newlines and U+2028/2029 stay text.
 */

/** A double-quoted TypeScript string literal that evaluates back to `value`. */
export function tsString(value: string): string {
    // JSON escapes quotes, backslashes, control characters and lone surrogates; U+2028/2029 are
    // escaped too so the literal stays on one line for every tool that reads it.
    return JSON.stringify(value)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifierName(value: string): boolean {
    return IDENTIFIER.test(value);
}

/**
 * An object key: bare when it is an identifier, quoted otherwise (Prettier's `as-needed`).
 * `__proto__` is computed: written bare or quoted, it would set the prototype instead.
 */
export function tsPropertyKey(key: string): string {
    if (key === "__proto__") return `[${tsString(key)}]`;
    return isIdentifierName(key) ? key : tsString(key);
}

/**
 * A single-line TypeScript expression for a JSON-like value (spec defaults, header maps).
 * Non-finite numbers, functions and the like cannot come from YAML/JSON validation and are refused.
 */
export function tsValue(value: unknown): string {
    if (value === null) return "null";
    switch (typeof value) {
        case "string":
            return tsString(value);
        case "boolean":
            return String(value);
        case "number":
            if (!Number.isFinite(value)) {
                throw new Error(`Cannot write the non-finite number ${value} as a literal`);
            }
            return Object.is(value, -0) ? "-0" : String(value);
        case "object":
            if (Array.isArray(value)) {
                return `[${value.map(tsValue).join(", ")}]`;
            }
            return tsObject(Object.entries(value as Record<string, unknown>));
        default:
            throw new Error(`Cannot write a ${typeof value} as a literal`);
    }
}

function tsObject(entries: Array<[string, unknown]>): string {
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([key, item]) => `${tsPropertyKey(key)}: ${tsValue(item)}`).join(", ")} }`;
}
