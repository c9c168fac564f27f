import * as fs from "fs";
import * as path from "path";
import type { Tree } from "@nx/devkit";
import { LineCounter, isNode, parseDocument } from "yaml";
import { FlowmaestroError } from "../utils/errors";
import { decodeUtf8 } from "../utils/utf8";

/** More aliases than a spec ever needs: beyond this, expanding them is an attack ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

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
    // A spec is plain data: a tag the YAML core schema does not know (`!!js/function`, `!foo`)
    // would otherwise become a string without a word.
    const tags = document.warnings.filter((warning) => warning.code === "TAG_RESOLVE_FAILED");
    if (tags.length > 0) {
        throw FlowmaestroError.fromProblems(
            `The spec file ${fileName} uses YAML tags; a spec holds plain data (strings, numbers, lists, mappings): remove the tags. Nothing was written.`,
            tags.map((warning) => {
                const position = warning.linePos?.[0];
                const where = position ? `${fileName}:${position.line}:${position.col}` : fileName;
                return `${where}: ${warning.message.split(" at line")[0]}`;
            })
        );
    }
    let raw: unknown;
    try {
        raw = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
        if (!(error instanceof ReferenceError)) throw error;
        throw new FlowmaestroError(
            `The spec file ${fileName} expands YAML aliases too often (${error.message}; at most ${MAX_ALIAS_COUNT} alias uses are expanded); nothing was written.`
        );
    }
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

export interface SpecSource extends LoadedSpecFile {
    /** The path as the user gave it, used in messages. */
    name: string;
    raw: Record<string, unknown>;
}

/**
 * Reads a spec given on the command line: a workspace path (through the tree, so dry runs and tests
 * see it) or a path relative to the current directory.
 */
export function readSpecSource(tree: Tree, specPath: string): SpecSource {
    const inTree = path.isAbsolute(specPath)
        ? undefined
        : path.posix.normalize(specPath.replace(/\\/g, "/"));
    let bytes: Buffer | null =
        inTree && tree.exists(inTree) && tree.isFile(inTree) ? tree.read(inTree) : null;
    if (bytes === null) {
        const onDisk = path.resolve(process.cwd(), specPath);
        if (!fs.existsSync(onDisk) || !fs.statSync(onDisk).isFile()) {
            throw new FlowmaestroError(
                `Spec file ${specPath} not found (looked in the workspace root and in ${process.cwd()}); nothing was written.`
            );
        }
        bytes = fs.readFileSync(onDisk);
    }
    const loaded = loadSpecFile(decodeUtf8(bytes, specPath), specPath);
    return { ...loaded, raw: loaded.raw as Record<string, unknown>, name: specPath };
}
