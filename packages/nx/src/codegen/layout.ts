import { tsPropertyKey, tsValue } from "./literals";

/**
 * Line layout that matches Prettier in the host style (4 spaces, width 100, no trailing commas),
 * so generated files are already formatted when `--skipFormat` is used.
 */

export const PRINT_WIDTH = 100;
export const INDENT = "    ";

export function indent(level: number): string {
    return INDENT.repeat(level);
}

export function fits(line: string): boolean {
    return line.length <= PRINT_WIDTH;
}

/** `head { a, b } tail` on one line when it fits, else one item per line (imports, exports). */
export function bracedList(head: string, items: string[], tail: string): string {
    const oneLine = `${head}{ ${items.join(", ")} }${tail}`;
    if (items.length === 0 || fits(oneLine)) return oneLine;
    return `${head}{\n${items.map((item) => `${INDENT}${item}`).join(",\n")}\n}${tail}`;
}

/**
 * `left = value;` at `level`; when too long, the value moves to the next line one level deeper,
 * as Prettier does before a long string literal.
 */
export function assignment(level: number, left: string, value: string, suffix = ""): string {
    const oneLine = `${indent(level)}${left} ${value}${suffix}`;
    if (fits(oneLine)) return oneLine;
    return `${indent(level)}${left}\n${indent(level + 1)}${value}${suffix}`;
}

/**
 * `key: value,` at `level`. Prettier moves a long string value to the next line only when the key
 * is at least tabWidth + 3 characters wide.
 */
export function objectProperty(level: number, key: string, value: string, suffix = ""): string {
    const oneLine = `${indent(level)}${key}: ${value}${suffix}`;
    if (fits(oneLine) || key.length < INDENT.length + 3) return oneLine;
    return `${indent(level)}${key}:\n${indent(level + 1)}${value}${suffix}`;
}

/** `prefix [a, b]suffix`, or one element per line when too long. */
export function arrayLiteral(level: number, prefix: string, items: string[], suffix = ""): string {
    const oneLine = `${indent(level)}${prefix}[${items.join(", ")}]${suffix}`;
    if (items.length === 0 || fits(oneLine)) return oneLine;
    const lines = items.map((item) => `${indent(level + 1)}${item}`).join(",\n");
    return `${indent(level)}${prefix}[\n${lines}\n${indent(level)}]${suffix}`;
}

/** `callee(a, b)suffix`, or one argument per line when too long. */
export function call(level: number, callee: string, args: string[], suffix = ""): string {
    const oneLine = `${indent(level)}${callee}(${args.join(", ")})${suffix}`;
    if (args.length === 0 || fits(oneLine)) return oneLine;
    const lines = args.map((arg) => `${indent(level + 1)}${arg}`).join(",\n");
    return `${indent(level)}${callee}(\n${lines}\n${indent(level)})${suffix}`;
}

/** The lines of an object literal's body from `[key, expression]` pairs (keys quoted as needed). */
export function objectLines(
    level: number,
    entries: Array<[key: string, expression: string]>
): string {
    return entries
        .map(([key, expression], index) =>
            objectProperty(
                level,
                tsPropertyKey(key),
                expression,
                index === entries.length - 1 ? "" : ","
            )
        )
        .join("\n");
}

/**
 * A JSON-like value as a multi-line TypeScript literal starting at `level`: objects one key per
 * line (Prettier keeps them expanded), arrays of primitives on one line when they fit.
 */
export function literalBlock(value: unknown, level: number, prefixWidth = 0): string {
    if (Array.isArray(value)) {
        if (value.length === 0) return "[]";
        const simple = value.every((item) => item === null || typeof item !== "object");
        const oneLine = `[${value.map((item) => tsValue(item)).join(", ")}]`;
        if (simple && indent(level).length + prefixWidth + oneLine.length < PRINT_WIDTH) {
            return oneLine;
        }
        const items = value.map((item) => `${indent(level + 1)}${literalBlock(item, level + 1)}`);
        return `[\n${items.join(",\n")}\n${indent(level)}]`;
    }
    if (value !== null && typeof value === "object") {
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.length === 0) return "{}";
        const lines = entries.map(([key, item]) => {
            const head = `${tsPropertyKey(key)}: `;
            return `${indent(level + 1)}${head}${literalBlock(item, level + 1, head.length)}`;
        });
        return `{\n${lines.join(",\n")}\n${indent(level)}}`;
    }
    return tsValue(value);
}
