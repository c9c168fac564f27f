import type { Tree } from "@nx/devkit";
import { providerDir, type ResolvedPluginOptions } from "../../../config/plugin-options";
import { PROVIDER_FILE_PATTERN } from "../../../model/names";
import {
    parseOperationSpecs,
    pathPlaceholders,
    providerIdProblems,
    type OperationSpec
} from "../../../model/provider-spec";
import { readSpecSource } from "../../../model/spec-file";
import { loadOpenApiDocument, operationsFromOpenApi } from "../../../openapi";
import { FlowmaestroError } from "../../../utils/errors";
import { isDirectory, providerIdOfArgument } from "../../provider-argument";
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
    /** The operations as given (spec keys, before defaults): what --writeSpec writes for review. */
    rawOperations: Record<string, unknown>[];
    warnings: string[];
    /** What was decided for the user (a group taken from the path). */
    notes: string[];
}

type RawOperation = Record<string, unknown>;

/** Operation keys a flag can set, in the spec's terms. */
const OPERATION_FLAGS = [
    "method",
    "path",
    "actionType",
    "description",
    "name",
    "category"
] as const;
/** Flags that describe one request: with --openapi they need exactly one selected operation. */
const SINGLE_OPERATION_FLAGS = ["operationId", "method", "path"] as const;

function operationFlags(schema: ProviderOperationGeneratorSchema): RawOperation {
    const flags: RawOperation = {};
    for (const key of OPERATION_FLAGS) {
        const value = schema[key];
        if (value !== undefined && value !== "")
            flags[key] = key === "method" ? String(value).toUpperCase() : value;
    }
    return flags;
}

/** Flags override what the document says: on every imported operation, or on the one selected. */
function withFlagOverrides(
    mapped: RawOperation[],
    schema: ProviderOperationGeneratorSchema,
    source: string
): RawOperation[] {
    const single = SINGLE_OPERATION_FLAGS.filter((key) => schema[key]?.trim());
    if (single.length > 0 && mapped.length !== 1) {
        throw new FlowmaestroError(
            `${single.map((key) => (key === "operationId" ? "the operation id" : `--${key}`)).join(", ")} describe one operation, but ${source} gives ${mapped.length} for this selection: narrow it with --openapiOperations; nothing was written.`
        );
    }
    const flags = operationFlags(schema);
    return mapped.map((operation) => ({
        ...operation,
        ...(schema.operationId?.trim() ? { id: schema.operationId.trim() } : {}),
        ...flags
    }));
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
    providerId: string,
    takenIds: string[]
): Promise<{ operations: OperationSpec[]; raw: RawOperation[]; warnings: string[] }> {
    if (schema.openapi?.trim()) {
        const source = schema.openapi.trim();
        const api = await loadOpenApiDocument(tree, source);
        const mapped = operationsFromOpenApi(
            api,
            { tags: list(schema.openapiTags), operationIds: list(schema.openapiOperations) },
            { providerId, takenIds, source }
        );
        const raw = withFlagOverrides(mapped.operations as RawOperation[], schema, source);
        return { operations: parseOperationSpecs(raw, source), raw, warnings: mapped.warnings };
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
            raw: file.raw.operations as RawOperation[],
            warnings: []
        };
    }
    if (!schema.operationId?.trim()) {
        throw new FlowmaestroError(
            "No operation: pass its id (nx g @flowmaestro/nx:provider-operation <provider> <operationId>), --spec with an operations: list, or --openapi; nothing was written."
        );
    }
    const raw: RawOperation = { id: schema.operationId.trim(), ...operationFlags(schema) };
    // Flags cannot type parameters: each {placeholder} of the path becomes a required string.
    if (typeof raw.path === "string") {
        raw.parameters = pathPlaceholders(raw.path).map((name) => ({
            name,
            type: "string",
            required: true
        }));
    }
    return { operations: parseOperationSpecs([raw], "flags"), raw: [raw], warnings: [] };
}

export async function normalizeOptions(
    tree: Tree,
    schema: ProviderOperationGeneratorSchema,
    options: ResolvedPluginOptions
): Promise<NormalizedProviderOperationOptions> {
    const { id, dir } = providerArgument(tree, options, schema.provider?.trim() ?? "");
    const group = schema.group?.trim()
        ? schema.group.trim().replace(/^operations\//, "")
        : undefined;
    if (group !== undefined && !GROUP_PATTERN.test(group)) {
        throw new FlowmaestroError(
            `--group: ${JSON.stringify(group)} must be a folder name under operations/ (e.g. pipelines, or engagements/emails); nothing was written.`
        );
    }
    if (group !== undefined) refuseGroupBesideModule(tree, dir, group);
    const provider = readProviderFromTree(tree, dir);
    const definitions = provider.operations.files.flatMap((file) => file.definitions);
    const takenIds = definitions.flatMap((definition) => (definition.id ? [definition.id] : []));
    const { operations, raw, warnings } = await requestedOperations(tree, schema, id, takenIds);
    // Where every operation sits in a group, a new one joins the group its path names.
    const groups = [...new Set(definitions.map((definition) => definition.group.join("/")))];
    const grouped = definitions.length > 0 && !groups.includes("");
    const notes: string[] = [];
    const placed = operations.map((operation): NewOperation => {
        if (group !== undefined || !grouped) {
            return { operation, group: group ? group.split("/") : [] };
        }
        const inferred = operation.path && groupNamedByPath(groups, operation.path);
        if (!inferred) {
            throw new FlowmaestroError(
                `"${id}" keeps its operations in groups (${groups.sort().join(", ")}) and the path of ${operation.id} (${operation.path ?? "none given"}) names none of them: pass --group with one of them (or a new one); nothing was written.`
            );
        }
        notes.push(
            `${operation.id} joins group ${inferred}, which its path names (pass --group to choose another).`
        );
        return { operation, group: inferred.split("/") };
    });
    return { provider: id, rawOperations: raw, operations: placed, warnings, notes };
}

/**
 * The provider a `provider` argument names: its id, validated as register-provider validates ids
 * (so no path leads out of the providers folder), or its Nx project name `provider-<id>`.
 */
function providerArgument(
    tree: Tree,
    options: ResolvedPluginOptions,
    given: string
): { id: string; dir: string } {
    const [problem] = given ? providerIdProblems(given) : [];
    if (problem) {
        throw new FlowmaestroError(
            `provider: ${JSON.stringify(given)}: ${problem}; nothing was written.`
        );
    }
    const id = providerIdOfArgument(tree, options, given);
    const dir = id ? providerDir(options, id) : "";
    if (!id || !isDirectory(tree, dir)) {
        throw new FlowmaestroError(
            `No provider folder ${dir || `${options.providersDir}/<provider>`}: pass the id of an existing provider (create one with nx g @flowmaestro/nx:integration-provider); nothing was written.`
        );
    }
    if (!tree.children(dir).some((file) => PROVIDER_FILE_PATTERN.test(file))) {
        throw new FlowmaestroError(`${dir} has no *Provider.ts; nothing was written.`);
    }
    return { id, dir };
}

/**
 * A group folder beside a module of the same name (`operations/tickets.ts`) is never reached: its
 * parent's `export * from "./tickets"` resolves to the module, so the new operation would not be
 * exported.
 */
function refuseGroupBesideModule(tree: Tree, dir: string, group: string): void {
    const folders = group.split("/");
    folders.forEach((folder, index) => {
        const module = [`${dir}/operations`, ...folders.slice(0, index + 1)].join("/");
        if (tree.exists(`${module}.ts`)) {
            throw new FlowmaestroError(
                `--group ${group}: ${module}.ts is a module, so "./${folder}" would never reach ${module}/index.ts: choose another group, or move the module into that folder first; nothing was written.`
            );
        }
    });
}

/** The one group whose folder name (singular or plural) is a segment of the path, if exactly one. */
function groupNamedByPath(groups: string[], requestPath: string): string | undefined {
    const segments = new Set(
        requestPath
            .toLowerCase()
            .split("/")
            .filter((segment) => segment && !segment.startsWith("{"))
    );
    const named = groups.filter((candidate) => {
        const folder = candidate.split("/").pop()!.toLowerCase();
        return [folder, folder.replace(/s$/, ""), `${folder}s`].some((name) => segments.has(name));
    });
    return named.length === 1 ? named[0] : undefined;
}
