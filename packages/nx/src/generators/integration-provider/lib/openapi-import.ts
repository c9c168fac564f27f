import type { Tree } from "@nx/devkit";
import { writeReviewSpec } from "../../../codegen/spec-yaml";
import { parseProviderSpec } from "../../../model/provider-spec";
import { readSpecSource } from "../../../model/spec-file";
import { loadOpenApiDocument, specFromOpenApi } from "../../../openapi";
import { FlowmaestroError } from "../../../utils/errors";
import type { IntegrationProviderGeneratorSchema } from "../schema";
import { specFromOptions } from "./spec-from-options";

type Raw = Record<string, unknown>;

export interface ImportedSpec {
    /** The spec the document builds, under the spec file and the flags. */
    spec: Raw;
    warnings: string[];
}

function listFlag(value: string[] | string | undefined): string[] {
    return (Array.isArray(value) ? value : (value ?? "").split(","))
        .map((item) => item.trim())
        .filter(Boolean);
}

function record(value: unknown): Raw | undefined {
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? (value as Raw)
        : undefined;
}

/**
 * The document's spec with a spec file laid over it: the file's fields win, `auth` of the same
 * type is merged field by field, and its `operations` are merged by id (the file's fields win;
 * operations only the file has are appended).
 */
export function layerSpecFile(fromDocument: Raw, fromFile: Raw | undefined): Raw {
    if (!fromFile) return fromDocument;
    const layered: Raw = { ...fromDocument, ...fromFile };
    const documentAuth = record(fromDocument.auth);
    const fileAuth = record(fromFile.auth);
    if (documentAuth && fileAuth && documentAuth.type === fileAuth.type) {
        layered.auth = { ...documentAuth, ...fileAuth };
    }
    if (Array.isArray(fromFile.operations) && Array.isArray(fromDocument.operations)) {
        const fileOperations = fromFile.operations.map(record);
        const merged = fromDocument.operations.map((operation) => {
            const override = fileOperations.find((entry) => entry?.id === record(operation)?.id);
            return override ? { ...record(operation), ...override } : operation;
        });
        const documentIds = new Set(
            fromDocument.operations.map((operation) => record(operation)?.id)
        );
        layered.operations = [
            ...merged,
            ...fromFile.operations.filter((operation) => !documentIds.has(record(operation)?.id))
        ];
    }
    return layered;
}

/**
 * `--openapi`: the spec built from the document's selected operations, with the spec file laid
 * over it. The provider id and base URL come from the flags or the spec file when they give them,
 * so operation ids fit the MCP tool-name limit for the id that will be used.
 */
export async function importOpenApi(
    tree: Tree,
    options: IntegrationProviderGeneratorSchema
): Promise<ImportedSpec | undefined> {
    const documentPath = options.openapi?.trim();
    const tags = listFlag(options.openapiTags);
    const operationIds = listFlag(options.openapiOperations);
    if (!documentPath) {
        if (tags.length > 0 || operationIds.length > 0) {
            throw new FlowmaestroError(
                "--openapiTags and --openapiOperations select operations of an OpenAPI document: add --openapi <file>; nothing was written."
            );
        }
        return undefined;
    }
    const specFile = options.spec?.trim() ? readSpecSource(tree, options.spec.trim()) : undefined;
    const given = (flag: string | undefined, fromFile: unknown) =>
        flag?.trim() || (typeof fromFile === "string" ? fromFile : undefined);
    const api = await loadOpenApiDocument(tree, documentPath);
    const { spec, warnings } = specFromOpenApi(api, {
        selection: { tags, operationIds },
        providerId: given(options.name, specFile?.raw.id),
        baseUrl: given(options.baseUrl, specFile?.raw.baseUrl),
        source: documentPath
    });
    return { spec: layerSpecFile(spec as Raw, specFile?.raw), warnings };
}

/**
 * `--writeSpec`: the spec the generator would use (document, spec file and flags), validated and
 * written for review; `--spec` accepts it back.
 */
export function writeSpecFile(
    tree: Tree,
    options: IntegrationProviderGeneratorSchema,
    imported: ImportedSpec | undefined
): void {
    const specFile = options.spec?.trim() ? readSpecSource(tree, options.spec.trim()) : undefined;
    const { raw } = specFromOptions(options, imported ? imported.spec : specFile?.raw);
    parseProviderSpec(raw, options.openapi ?? specFile?.name ?? "flags");
    writeReviewSpec(
        tree,
        options.writeSpec!.trim(),
        raw,
        {
            title: `Provider spec${options.openapi ? ` derived from ${options.openapi}` : ""}.`,
            command: "nx g @flowmaestro/nx:integration-provider --spec <file>",
            warnings: imported?.warnings ?? []
        },
        options.force
    );
}
