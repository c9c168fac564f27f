import * as fs from "fs";
import * as path from "path";
import type { Tree } from "@nx/devkit";
import type { OpenAPI } from "openapi-types";
import { parse as parseYaml } from "yaml";
import { FlowmaestroError } from "../utils/errors";
import { apiDocumentFrom, type ApiDocument } from "./api-document";

/**
 * Reads a local OpenAPI 3.0/3.1 or Swagger 2.0 document (JSON or YAML) given on the command line:
 * a workspace path (through the tree, so dry runs and tests see it) or a path relative to the
 * current directory. `$ref`s are resolved by swagger-parser: local pointers and relative files,
 * never a URL (the generator runs offline and must not fetch what a document points at).
 */
export async function loadOpenApiDocument(tree: Tree, documentPath: string): Promise<ApiDocument> {
    const { text, absolutePath } = readDocumentText(tree, documentPath);
    const raw = parseDocumentText(text, documentPath);
    // Loaded on demand: only an import needs the parser.
    const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
    let document: OpenAPI.Document;
    try {
        document = await SwaggerParser.dereference(absolutePath, raw as OpenAPI.Document, {
            resolve: { http: false, external: true },
            dereference: { circular: true }
        });
    } catch (error) {
        throw new FlowmaestroError(
            `${documentPath} is not a usable OpenAPI document: ${firstLine(error)}; nothing was written.`
        );
    }
    return apiDocumentFrom(document);
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

/** JSON through JSON.parse (large documents parse ten times faster), anything else as YAML. */
function parseDocumentText(text: string, documentPath: string): unknown {
    let raw: unknown;
    try {
        raw = /^\s*\{/.test(text) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 });
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
