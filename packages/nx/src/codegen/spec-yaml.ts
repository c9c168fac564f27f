import { Document, Scalar, visit } from "yaml";
import { escapeInvisibleForYaml, hasInvisible } from "./literals";

/**
 * YAML for JSON-like data (a spec written for review) in which no control, bidi or other invisible
 * character is raw: every string that holds one is double-quoted, the one YAML style with escapes,
 * and the character is written as its `\u` escape.
 */
export function specYaml(value: unknown, lineWidth = 100): string {
    const document = new Document(value);
    let escaped = false;
    visit(document, {
        Scalar(_key, node) {
            if (typeof node.value === "string" && hasInvisible(node.value)) {
                node.type = Scalar.QUOTE_DOUBLE;
                escaped = true;
            }
        }
    });
    const text = document.toString({ lineWidth });
    // Only the double-quoted scalars above can hold such a character, so it is escaped in place.
    return escaped ? escapeInvisibleForYaml(text) : text;
}
