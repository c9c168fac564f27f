import type { Tree } from "@nx/devkit";
import { providerDir, type ResolvedPluginOptions } from "../../../config/plugin-options";
import { PROVIDER_FILE_PATTERN } from "../../../model/names";
import {
    parseOperationSpecs,
    pathPlaceholders,
    type OperationSpec
} from "../../../model/provider-spec";
import { readSpecSource } from "../../../model/spec-file";
import { loadOpenApiDocument, operationsFromOpenApi } from "../../../openapi";
import { FlowmaestroError } from "../../../utils/errors";
import type { ProviderOperationGeneratorSchema } from "../schema";
import { readProviderFromTree } from "./read-provider";

export interface NewOperation {
    operation: OperationSpec;
    /** Folders under operations/ (empty at the top level). */
    group: string[];
}

export interface NormalizedProviderOperationOptions {
    provider: string;
    operations: NewOperation[];
    warnings: string[];
}

const GROUP_PATTERN = /^[a-z][a-zA-Z0-9-]*(\/[a-z][a-zA-Z0-9-]*)?$/;

function list(value: string[] | string | undefined): string[] | undefined {
    if (value === undefined) return undefined;
    const items = (Array.isArray(value) ? value : value.split(","))
        .map((item) => item.trim())
        .filter(Boolean);
    return items.length > 0 ? items : undefined;
}

/** The operations to add: from --openapi, from --spec's `operations:` list, or from the flags. */
async function requestedOperations(
    tree: Tree,
    schema: ProviderOperationGeneratorSchema,
    takenIds: string[]
): Promise<{ operations: OperationSpec[]; warnings: string[] }> {
    if (schema.openapi?.trim()) {
        const source = schema.openapi.trim();
        const api = await loadOpenApiDocument(tree, source);
        const mapped = operationsFromOpenApi(
            api,
            { tags: list(schema.tags), operationIds: list(schema.openapiOperations) },
            { providerId: schema.provider, takenIds, source }
        );
        return {
            operations: parseOperationSpecs(mapped.operations, source),
            warnings: mapped.warnings
        };
    }
    if (schema.spec?.trim()) {
        const file = readSpecSource(tree, schema.spec.trim());
        if (!Array.isArray(file.raw.operations)) {
            throw new FlowmaestroError(
                `${file.name}: expected an \`operations:\` list (the provider spec's operation keys); nothing was written.`
            );
        }
        return {
            operations: parseOperationSpecs(file.raw.operations, file.name, file.lineOf),
            warnings: []
        };
    }
    if (!schema.operationId?.trim()) {
        throw new FlowmaestroError(
            "No operation: pass its id (nx g @flowmaestro/nx:provider-operation <provider> <operationId>), --spec with an operations: list, or --openapi; nothing was written."
        );
    }
    const raw: Record<string, unknown> = { id: schema.operationId.trim() };
    for (const key of [
        "method",
        "path",
        "actionType",
        "description",
        "name",
        "category"
    ] as const) {
        if (schema[key] !== undefined && schema[key] !== "") raw[key] = schema[key];
    }
    // Flags cannot type parameters: each {placeholder} of the path becomes a required string.
    if (typeof raw.path === "string") {
        raw.parameters = pathPlaceholders(raw.path).map((name) => ({
            name,
            type: "string",
            required: true
        }));
    }
    return { operations: parseOperationSpecs([raw], "flags"), warnings: [] };
}

export async function normalizeOptions(
    tree: Tree,
    schema: ProviderOperationGeneratorSchema,
    options: ResolvedPluginOptions
): Promise<NormalizedProviderOperationOptions> {
    const id = schema.provider?.trim();
    const dir = id ? providerDir(options, id) : "";
    if (!id || !tree.exists(dir) || tree.isFile(dir)) {
        throw new FlowmaestroError(
            `No provider folder ${dir || `${options.providersDir}/<provider>`}: pass the id of an existing provider (create one with nx g @flowmaestro/nx:integration-provider); nothing was written.`
        );
    }
    if (!tree.children(dir).some((file) => PROVIDER_FILE_PATTERN.test(file))) {
        throw new FlowmaestroError(`${dir} has no *Provider.ts; nothing was written.`);
    }
    const group = schema.group?.trim()
        ? schema.group.trim().replace(/^operations\//, "")
        : undefined;
    if (group !== undefined && !GROUP_PATTERN.test(group)) {
        throw new FlowmaestroError(
            `--group: ${JSON.stringify(group)} must be a folder name under operations/ (e.g. pipelines, or engagements/emails); nothing was written.`
        );
    }
    const provider = readProviderFromTree(tree, dir);
    const definitions = provider.operations.files.flatMap((file) => file.definitions);
    const topLevel = definitions.filter((definition) => definition.group.length === 0);
    if (group === undefined && definitions.length > 0 && topLevel.length === 0) {
        const groups = [
            ...new Set(definitions.map((definition) => definition.group.join("/")))
        ].sort();
        throw new FlowmaestroError(
            `"${id}" keeps its operations in groups (${groups.join(", ")}): pass --group with one of them (or a new one); nothing was written.`
        );
    }
    const takenIds = definitions.flatMap((definition) => (definition.id ? [definition.id] : []));
    const { operations, warnings } = await requestedOperations(tree, schema, takenIds);
    return {
        provider: id,
        operations: operations.map((operation) => ({
            operation,
            group: group ? group.split("/") : []
        })),
        warnings
    };
}
