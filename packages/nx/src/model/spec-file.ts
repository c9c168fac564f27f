import * as fs from "fs";
import * as path from "path";
import type { Tree } from "@nx/devkit";
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
    let text: string | null =
        inTree && tree.exists(inTree) && tree.isFile(inTree) ? tree.read(inTree, "utf-8") : null;
    if (text === null) {
        const onDisk = path.resolve(process.cwd(), specPath);
        if (!fs.existsSync(onDisk) || !fs.statSync(onDisk).isFile()) {
            throw new FlowmaestroError(
                `Spec file ${specPath} not found (looked in the workspace root and in ${process.cwd()}); nothing was written.`
            );
        }
        text = fs.readFileSync(onDisk, "utf-8");
    }
    const loaded = loadSpecFile(text, specPath);
    return { ...loaded, raw: loaded.raw as Record<string, unknown>, name: specPath };
}
