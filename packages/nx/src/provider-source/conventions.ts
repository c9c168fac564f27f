import * as path from "path";
import { camelCase } from "../model/names";
import type { ClientFacts } from "./client";
import type { McpFacts } from "./mcp";
import type { DefinitionForm, OperationDefinitionFacts, OperationsFacts } from "./operations";
import type { ExecutorCall, ProviderClassFacts } from "./provider-class";

/**
 * How a provider names its operation ids, learned from its own operations:
 * - "file-name": the id is the file's name (`operations/sendMessage.ts` -> "sendMessage");
 * - "group-prefixed": ids in a nested folder start with that folder's name
 *   (`operations/pipelines/getPipeline.ts` -> "pipelines_get");
 * - "free": no rule holds for most of its operations, so none is enforced.
 */
export type IdNaming = "file-name" | "group-prefixed" | "free";

export interface IdConvention {
    /** Ids of operations directly under operations/. */
    topLevel: IdNaming;
    /** Ids of operations in nested group folders. */
    nested: IdNaming;
    /** How a group folder becomes an id prefix: `work-items` -> `work_items` or `workItems`. */
    prefixCase: "snake" | "camel";
    /** The prefix each group folder's operations use (`operations/pipelines` -> "pipelines"). */
    groupPrefixes: ReadonlyMap<string, string>;
}

/** How a provider is written, for checks that follow its style and for code added to it. */
export interface ProviderConventions {
    /** Plain object literals or IIFEs (the real repo never mixes them within a provider). */
    definitionForm: DefinitionForm;
    ids: IdConvention;
    /** Whether some files hold several operations (`tickets.ts` with createTicket, getTicket, ...). */
    severalOperationsPerFile: boolean;
    /** Deepest nesting of operation folders: 0 (flat), 1 (`operations/tickets/`), 2. */
    groupDepth: number;
    /**
     * Where input schemas live: next to each definition, in one shared module (`schemas.ts`,
     * `operations/schemas.ts`: see `schemasModule`), or built inline in the definition.
     */
    schemas: "operation-file" | "shared-module" | "inline";
    schemasModule?: string;
    /** executeOperation: validates params first, and how a case calls its executor. */
    dispatch: { validatesParams: boolean; caseCall?: ExecutorCall };
    /** How MCP tools are listed and how a tool call reaches its operation. */
    mcp: Pick<McpFacts, "listing" | "listsRegisteredOperations" | "dispatch" | "adapterClass">;
    client: Pick<ClientFacts, "transport"> & { baseClass?: string; baseModule?: string };
}

/** Lower-case letters and digits only: `work-items`, `work_items` and `workItems` compare equal. */
function squash(value: string): string {
    return value.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The prefix of `id` (before one of its `_`) that names the definition's group folder. */
export function groupPrefixOf(definition: OperationDefinitionFacts): string | undefined {
    const group = definition.group[definition.group.length - 1];
    if (!group || definition.id === undefined) return undefined;
    const id = definition.id;
    for (let index = id.indexOf("_"); index > 0; index = id.indexOf("_", index + 1)) {
        if (squash(id.slice(0, index)) === squash(group)) return id.slice(0, index);
    }
    return undefined;
}

function mostCommon<T>(values: T[], key: (value: T) => string = String): T | undefined {
    const counts = new Map<string, { value: T; count: number }>();
    for (const value of values) {
        const entry = counts.get(key(value)) ?? { value, count: 0 };
        entry.count++;
        counts.set(key(value), entry);
    }
    let best: { value: T; count: number } | undefined;
    for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
    return best?.value;
}

function namingOf(
    definitions: OperationDefinitionFacts[],
    singleFiles: ReadonlySet<string>,
    allowPrefix: boolean
): IdNaming {
    const checked = definitions.filter(
        (definition) => definition.id !== undefined && singleFiles.has(definition.file)
    );
    if (checked.length === 0) return "file-name";
    const prefixed = allowPrefix ? checked.filter((d) => groupPrefixOf(d) !== undefined) : [];
    if (prefixed.length * 2 > checked.length) return "group-prefixed";
    const named = checked.filter((d) => d.id === path.posix.basename(d.file, ".ts"));
    return named.length * 2 >= checked.length ? "file-name" : "free";
}

export function learnIdConvention(operations: OperationsFacts): IdConvention {
    const definitions = operations.files.flatMap((file) => file.definitions);
    const singleFiles = new Set(
        operations.files.filter((file) => file.definitions.length === 1).map((file) => file.file)
    );
    const nested = definitions.filter((definition) => definition.group.length > 0);
    const prefixes = nested.flatMap((definition) => {
        const prefix = groupPrefixOf(definition);
        return prefix ? [{ group: definition.group.join("/"), prefix }] : [];
    });
    const groupPrefixes = new Map<string, string>();
    for (const group of new Set(prefixes.map((entry) => entry.group))) {
        const prefix = mostCommon(
            prefixes.filter((entry) => entry.group === group).map((entry) => entry.prefix)
        );
        if (prefix) groupPrefixes.set(group, prefix);
    }
    const multiWord = [...groupPrefixes.values()].filter((prefix) => /[_A-Z]/.test(prefix));
    return {
        topLevel: namingOf(
            definitions.filter((definition) => definition.group.length === 0),
            singleFiles,
            false
        ),
        nested: namingOf(nested, singleFiles, true),
        prefixCase:
            multiWord.filter((prefix) => !prefix.includes("_")).length * 2 > multiWord.length
                ? "camel"
                : "snake",
        groupPrefixes
    };
}

/** The id prefix for a group folder (`operations/work-items` -> "work_items"), as the provider writes it. */
export function groupIdPrefix(ids: IdConvention, group: string[]): string {
    const known = ids.groupPrefixes.get(group.join("/"));
    if (known) return known;
    const folder = group[group.length - 1] ?? "";
    return ids.prefixCase === "camel" ? camelCase(folder) : folder.replace(/-/g, "_");
}

/** The provider's conventions, from what its files already do. */
export function learnConventions(
    operations: OperationsFacts,
    providerClass: ProviderClassFacts | undefined,
    mcp: McpFacts,
    client: ClientFacts
): ProviderConventions {
    const definitions = operations.files.flatMap((file) => file.definitions);
    const schemaPlaces = definitions.flatMap((definition) => {
        const schema = definition.inputSchema;
        if (!schema) return [];
        if (schema.name === undefined) return ["inline"];
        return [schema.file === definition.file ? "operation-file" : (schema.file ?? "")];
    });
    const schemaPlace = mostCommon(schemaPlaces) ?? "operation-file";
    const shared = schemaPlace !== "operation-file" && schemaPlace !== "inline";
    const calls = (providerClass?.dispatch.cases ?? []).flatMap((entry) =>
        entry.call ? [entry.call] : []
    );
    return {
        definitionForm: mostCommon(definitions.map((definition) => definition.form)) ?? "plain",
        ids: learnIdConvention(operations),
        severalOperationsPerFile: operations.files.some((file) => file.definitions.length > 1),
        groupDepth: Math.max(0, ...definitions.map((definition) => definition.group.length)),
        schemas: shared ? "shared-module" : (schemaPlace as "operation-file" | "inline"),
        schemasModule: shared && schemaPlace ? schemaPlace : undefined,
        dispatch: {
            validatesParams: providerClass?.dispatch.validatesParams ?? false,
            caseCall: mostCommon(
                calls,
                (call) => `${call.arguments.join(",")}|${call.awaited}|${call.returned}`
            )
        },
        mcp: {
            listing: mcp.listing,
            listsRegisteredOperations: mcp.listsRegisteredOperations,
            dispatch: mcp.dispatch,
            adapterClass: mcp.adapterClass
        },
        // Read on first use: the client's base class needs client/ parsed.
        get client() {
            const base = client.classes.find((entry) => entry.extendsName !== undefined);
            return {
                transport: client.transport,
                baseClass: base?.extendsName,
                baseModule: base?.extendsModule
            };
        }
    };
}
