import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";
import type { Tree } from "@nx/devkit";
import type { OpenAPI } from "openapi-types";
import { parse as parseYaml } from "yaml";
import { FlowmaestroError } from "../utils/errors";
import { apiDocumentFrom, jsonPointer, type ApiDocument } from "./api-document";

/**
 * Reads a local OpenAPI 3.0/3.1 or Swagger 2.0 document (JSON or YAML) given on the command line:
 * a workspace path (through the tree, so dry runs and tests see it) or a path relative to the
 * current directory. `$ref`s are resolved by swagger-parser: local pointers and relative files
 * in the document's own folder tree inside the workspace, never a URL (the generator runs offline
 * and must not fetch what a document points at) nor any other file (its text would land in
 * generated code).
 */
export async function loadOpenApiDocument(tree: Tree, documentPath: string): Promise<ApiDocument> {
    const { text, absolutePath } = readDocumentText(tree, documentPath);
    const raw = parseDocumentText(text, documentPath);
    const confinement = referenceConfinement(tree.root, absolutePath);
    checkReferences(raw, documentPath, confinement);
    // Loaded on demand: only an import needs the parser.
    const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
    let document: OpenAPI.Document;
    // The parser replaces a resolver's message with a generic one: the refusal is kept here.
    let refused: string | undefined;
    const readConfined = (file: { url: string }) => {
        const { target, problem } = confinedFile(file.url, confinement);
        if (problem) {
            refused = `$ref to ${target} is not followed: ${problem}`;
            throw new Error(refused);
        }
        return fs.promises.readFile(target);
    };
    try {
        document = await SwaggerParser.dereference(absolutePath, raw as OpenAPI.Document, {
            // Files referred to by referred files are confined too (checkReferences sees only this one).
            resolve: { http: false, external: true, file: { read: readConfined } },
            dereference: { circular: true }
        });
    } catch (error) {
        throw new FlowmaestroError(
            `${documentPath} is not a usable OpenAPI document: ${refused ?? firstLine(error)}; nothing was written.`
        );
    }
    return apiDocumentFrom(document, documentPath);
}

/** The folders an external `$ref` may read from: the document's own folder and below, inside the workspace. */
interface Confinement {
    folder: string;
    workspace: string;
}

function referenceConfinement(workspaceRoot: string, documentFile: string): Confinement {
    const real = (target: string) => (fs.existsSync(target) ? fs.realpathSync(target) : target);
    return { folder: real(path.dirname(documentFile)), workspace: real(workspaceRoot) };
}

function isInside(folder: string, target: string): boolean {
    const relative = path.relative(folder, target);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Why a file may not be read for a `$ref`, if it may not; symbolic links are followed first. */
function confinementProblem(file: string, confinement: Confinement): string | undefined {
    const target = fs.existsSync(file) ? fs.realpathSync(file) : path.resolve(file);
    if (!isInside(confinement.workspace, target)) return "it is outside the workspace";
    if (!isInside(confinement.folder, target)) {
        return `it is outside the document's folder (${confinement.folder})`;
    }
    return undefined;
}

/** The file behind a URL the parser is about to read, and why it may not be read, if it may not. */
function confinedFile(url: string, confinement: Confinement): { target: string; problem?: string } {
    const target = url.startsWith("file:") ? fileURLToPath(url) : decodeURIComponent(url);
    return { target, problem: confinementProblem(target, confinement) };
}

/**
 * Every `$ref` of the document is a local pointer or a relative file inside the confinement,
 * else the run is refused naming the reference and where it is.
 */
function checkReferences(raw: unknown, documentPath: string, confinement: Confinement): void {
    const seen = new Set<object>();
    const visit = (value: unknown, keys: string[]): void => {
        if (value === null || typeof value !== "object" || seen.has(value)) return;
        seen.add(value);
        for (const [key, child] of Object.entries(value)) {
            if (key === "$ref" && typeof child === "string") {
                const problem = referenceProblem(child, confinement);
                if (problem) {
                    throw new FlowmaestroError(
                        `${documentPath}: ${jsonPointer([...keys, key])}: $ref ${JSON.stringify(child)} is not followed: ${problem}; nothing was written.`
                    );
                }
            }
            visit(child, [...keys, key]);
        }
    };
    visit(raw, []);
}

function referenceProblem(reference: string, confinement: Confinement): string | undefined {
    const target = reference.split("#")[0];
    if (target === "") return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) {
        return "only pointers into the document (#/...) and relative files are read, never URLs or file: URLs";
    }
    if (target.startsWith("/") || target.startsWith("\\") || path.isAbsolute(target)) {
        return "only relative files are read, not absolute paths";
    }
    let decoded: string;
    try {
        decoded = decodeURIComponent(target);
    } catch {
        return "it is not a valid relative file reference";
    }
    return confinementProblem(path.resolve(confinement.folder, decoded), confinement);
}

function readDocumentText(
    tree: Tree,
    documentPath: string
): { text: string; absolutePath: string } {
    const inTree = path.isAbsolute(documentPath)
        ? undefined
        : path.posix.normalize(documentPath.replace(/\\/g, "/"));
    if (inTree && tree.exists(inTree) && tree.isFile(inTree)) {
        return {
            text: tree.read(inTree, "utf-8") ?? "",
            absolutePath: path.join(tree.root, inTree)
        };
    }
    const onDisk = path.resolve(process.cwd(), documentPath);
    if (!fs.existsSync(onDisk) || !fs.statSync(onDisk).isFile()) {
        throw new FlowmaestroError(
            `OpenAPI document ${documentPath} not found (looked in the workspace root and in ${process.cwd()}); nothing was written.`
        );
    }
    return { text: fs.readFileSync(onDisk, "utf-8"), absolutePath: onDisk };
}

/**
 * JSON through JSON.parse (large documents parse ten times faster), anything else as YAML, with
 * `<<` merge keys merged as OpenAPI tooling does (swagger-parser's own YAML reader merges them).
 */
function parseDocumentText(text: string, documentPath: string): unknown {
    let raw: unknown;
    try {
        raw = /^\s*\{/.test(text)
            ? JSON.parse(text)
            : parseYaml(text, { maxAliasCount: -1, merge: true });
    } catch (error) {
        throw new FlowmaestroError(
            `${documentPath} is not valid JSON or YAML: ${firstLine(error)}; nothing was written.`
        );
    }
    const document =
        raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    const version = String(document.openapi ?? document.swagger ?? "");
    if (!/^(2\.0|3\.[01]\.\d+)$/.test(version)) {
        throw new FlowmaestroError(
            `${documentPath} is not an OpenAPI 3.0/3.1 or Swagger 2.0 document (its ${"openapi" in document ? "openapi" : "swagger"} field is ${JSON.stringify(document.openapi ?? document.swagger ?? null)}); nothing was written.`
        );
    }
    return raw;
}

function firstLine(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
