import * as path from "path";
import { logger, type Tree } from "@nx/devkit";
import { Document, Scalar, visit } from "yaml";
import { providerSpecSchema } from "../model/provider-spec";
import { FlowmaestroError } from "../utils/errors";
import { commentText, escapeInvisibleForYaml, hasInvisible, jsonText } from "./literals";

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

/** Top-level keys of a spec written for review: a provider spec's, or the `operations:` list alone. */
const REVIEW_SPEC_KEYS = new Set(Object.keys(providerSpecSchema.shape));

/**
 * A file --writeSpec may replace: YAML headed by the comment it writes (`... Review it, then:` and
 * the `nx g @flowmaestro/nx:` command), or JSON (which holds no comment) that is an object of spec
 * keys with an `operations` list.
 */
function isReviewSpec(text: string, file: string): boolean {
    if (!/\.json$/i.test(file)) {
        return /^# .* Review it, then:\n# {3}nx g @flowmaestro\/nx:/.test(text);
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return false;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const keys = Object.keys(value);
    return (
        Array.isArray((value as { operations?: unknown }).operations) &&
        keys.every((key) => REVIEW_SPEC_KEYS.has(key))
    );
}

/** What heads a spec written for review: a title, the command that uses it, and warnings. */
export interface ReviewSpecHeader {
    title: string;
    command: string;
    warnings: string[];
}

/**
 * `--writeSpec`: writes a spec for review at a workspace path: YAML with the header as comments
 * (the warnings are counted on the console), or JSON, which holds no comments (the warnings are
 * printed). An absolute path inside the workspace is taken as that workspace path; one outside it
 * is refused, and so is an existing file that is not such a spec (`nx.json`), unless `force`.
 */
export function writeReviewSpec(
    tree: Tree,
    requested: string,
    raw: unknown,
    header: ReviewSpecHeader,
    force = false
): string {
    const absolute = path.isAbsolute(requested);
    const target = absolute
        ? path.relative(tree.root, requested).split(path.sep).join("/")
        : requested;
    if (target.startsWith("..") || path.isAbsolute(target)) {
        throw new FlowmaestroError(
            `--writeSpec ${requested}: the file must be inside the workspace (${tree.root}); nothing was written.`
        );
    }
    if (!/\.(ya?ml|json)$/i.test(target)) {
        throw new FlowmaestroError(
            `--writeSpec ${requested}: name a .yaml, .yml or .json file; nothing was written.`
        );
    }
    if (!force && tree.exists(target) && !isReviewSpec(tree.read(target, "utf-8") ?? "", target)) {
        throw new FlowmaestroError(
            `--writeSpec ${requested}: the file exists and is not a spec written by --writeSpec; name a new file, or add --force to replace it; nothing was written.`
        );
    }
    if (/\.json$/i.test(target)) {
        tree.write(target, `${jsonText(raw, 4)}\n`);
        header.warnings.forEach((warning) => logger.warn(warning));
        return target;
    }
    const lines = [
        `${header.title} Review it, then:`,
        `  ${header.command.replace("<file>", target)}`,
        ...(header.warnings.length > 0
            ? ["", "Import warnings:", ...header.warnings.map((warning) => `- ${warning}`)]
            : [])
    ];
    // Indented lines keep their indentation; commentText trims.
    const comment = lines
        .map((line) => `#${line ? ` ${/^ */.exec(line)![0]}${commentText(line)}` : ""}`)
        .join("\n");
    tree.write(target, `${comment}\n${specYaml(raw)}`);
    if (header.warnings.length > 0) {
        logger.warn(`${header.warnings.length} import warning(s); they head ${target}.`);
    }
    return target;
}
