/**
 * TypeScript literals for values that come from a spec or flags. Every string lands through
 * `tsString`, so quotes, backslashes, backticks, `${`, `*\/`, newlines, control and bidi characters
 * stay text.
 */

/**
 * Characters that never reach a written file raw: controls (C0, DEL, C1 — a NUL makes git treat
 * the file as binary, ESC starts terminal sequences), format characters (bidi overrides and
 * isolates, the "Trojan Source" characters, zero-width characters, the BOM), line and paragraph
 * separators, lone surrogates and the noncharacters U+FFFE/U+FFFF (not printable in YAML). LF is
 * left alone: where text is escaped, an LF in a value is already `\n`, and a raw one is layout.
 */
const INVISIBLE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/gu;

/** `\uXXXX` per UTF-16 unit: valid in TypeScript, JSON and YAML double-quoted text alike. */
function unicodeEscape(character: string): string {
    return Array.from(
        { length: character.length },
        (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, "0")}`
    ).join("");
}

/** Replaces every invisible character with its `\uXXXX` escape (for text inside a literal). */
export function escapeInvisible(text: string): string {
    return text.replace(INVISIBLE, unicodeEscape);
}

/** JSON text in which no invisible character is raw (one line, or indented by `indent`). */
export function jsonText(value: unknown, indent?: number): string {
    return escapeInvisible(JSON.stringify(value, null, indent));
}

/**
 * Replaces every invisible character with its YAML double-quoted escape (`\uXXXX`, or
 * `\UXXXXXXXX` above U+FFFF): for text inside a double-quoted YAML scalar.
 */
export function escapeInvisibleForYaml(text: string): string {
    return text.replace(INVISIBLE, (character) => {
        const code = character.codePointAt(0)!;
        return code > 0xffff
            ? `\\U${code.toString(16).padStart(8, "0")}`
            : `\\u${code.toString(16).padStart(4, "0")}`;
    });
}

/** Whether `text` holds a character that must not be written raw. */
export function hasInvisible(text: string): boolean {
    INVISIBLE.lastIndex = 0;
    return INVISIBLE.test(text);
}

/** A double-quoted TypeScript string literal that evaluates back to `value`. */
export function tsString(value: string): string {
    // JSON escapes quotes, backslashes, C0 controls and lone surrogates; the rest of the invisible
    // characters are escaped on top, so the literal is one visible line for every tool.
    return jsonText(value);
}

/**
 * Text safe to put in a comment, `//` or `/** ... *\/`: line breaks (which would end a line
 * comment and turn the rest into code) and other whitespace controls become spaces, `*\/` (which
 * would end a block comment) becomes `*\\/`, and other invisible characters are shown as
 * `\uXXXX`, so a comment never hides a bidi override or a NUL.
 */
export function commentText(value: string): string {
    return escapeInvisible(value.replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, " "))
        .replace(/\*\//g, "*\\/")
        .trim();
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
