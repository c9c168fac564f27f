import { LineCounter, isNode, parseDocument } from "yaml";
import { FlowmaestroError } from "../utils/errors";

export interface LoadedSpecFile {
    raw: unknown;
    /** 1-based line of the value at a spec path, when the file has one there. */
    lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/**
 * Parses a YAML or JSON spec (JSON is YAML) keeping source positions, so validation messages can
 * point at `acme.yaml:12`.
 */
export function loadSpecFile(text: string, fileName: string): LoadedSpecFile {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
        const problems = document.errors.map((error) => {
            const position = error.linePos?.[0];
            const where = position ? `${fileName}:${position.line}:${position.col}` : fileName;
            return `${where}: ${error.message.split("\n")[0]}`;
        });
        throw FlowmaestroError.fromProblems(
            `The spec file ${fileName} is not valid YAML/JSON; nothing was written.`,
            problems
        );
    }
    const raw = document.toJS({ maxAliasCount: 100 });
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        throw new FlowmaestroError(
            `The spec file ${fileName} must contain a mapping of provider fields (id, displayName, auth, operations, ...); nothing was written.`
        );
    }
    return {
        raw,
        lineOf(path) {
            for (let depth = path.length; depth > 0; depth--) {
                const node = document.getIn(path.slice(0, depth) as unknown[], true);
                if (isNode(node) && node.range) {
                    return lineCounter.linePos(node.range[0]).line;
                }
            }
            return undefined;
        }
    };
}
