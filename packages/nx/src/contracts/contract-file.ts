import * as path from "path";
import { byCodeUnit } from "../executors/verify-provider/cache-keys/digest";
import { PLUGIN_NAME } from "../config/plugin-options";
import { FileProblemError } from "../utils/errors";

/**
 * A provider's operation contract: what stored workflows and agents rely on (operation ids, action
 * types, input schemas, trigger ids, MCP tool names). One committed file per provider folder, so
 * `nx affected` sees a contract change as a change of that provider's project only.
 */

export const CONTRACT_FILE = "contract.json";

/** The sync generator that keeps contracts; a workspace that lists it has adopted them. */
export const CONTRACTS_SYNC_GENERATOR = `${PLUGIN_NAME}:sync-contracts`;

/** A JSON schema as the host's converter writes it (draft 7). */
export type JsonSchema = { [key: string]: unknown };

export type ActionType = "read" | "write";

export interface OperationContract {
    actionType: ActionType;
    input: JsonSchema;
}

export interface TriggerContract {
    payload?: JsonSchema;
}

export type BreakingChangeKind =
    | "operation-removed"
    | "trigger-removed"
    | "tool-removed"
    | "action-type-changed"
    | "property-removed"
    | "property-made-required"
    | "required-property-added"
    | "type-changed"
    | "enum-value-removed";

export const BREAKING_CHANGE_KINDS: readonly BreakingChangeKind[] = [
    "operation-removed",
    "trigger-removed",
    "tool-removed",
    "action-type-changed",
    "property-removed",
    "property-made-required",
    "required-property-added",
    "type-changed",
    "enum-value-removed"
];

/** A breaking change accepted on purpose: recorded in the contract, where review sees it. */
export interface Acknowledgement {
    operation?: string;
    trigger?: string;
    tool?: string;
    /** Dotted path of the input property (`filter.status`, `items[].id`). */
    property?: string;
    change: BreakingChangeKind;
    reason: string;
}

/** What the provider's code says (derived); the committed file adds the acknowledgements. */
export interface DerivedContract {
    provider: string;
    operations: Record<string, OperationContract>;
    triggers: Record<string, TriggerContract>;
    mcpTools: string[];
}

/** A provider's contract as its code says, or why its code could not be loaded. */
export type Derivation = { contract: DerivedContract } | { error: string };

export interface ProviderContract extends DerivedContract {
    acknowledged: Acknowledgement[];
}

const CONTRACT_COMMENT =
    "Operation contract of this provider, written by `nx sync` (@flowmaestro/nx).";

/** Workspace-relative path of a provider's contract. */
export function contractPath(providersDir: string, providerId: string): string {
    return path.posix.join(providersDir, providerId, CONTRACT_FILE);
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a committed contract; a file in another shape fails naming the file and the problem. */
export function parseContract(text: string, file: string): ProviderContract {
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch (error) {
        throw new FileProblemError(
            file,
            `is not valid JSON (${(error as Error).message}); fix it or delete it and run \`nx sync\` to write it again`
        );
    }
    const problem = contractProblem(data);
    if (problem) {
        throw new FileProblemError(
            file,
            `is not an operation contract: ${problem}; fix it or delete it and run \`nx sync\` to write it again`
        );
    }
    const contract = data as ProviderContract;
    return {
        provider: contract.provider,
        operations: contract.operations,
        triggers: contract.triggers ?? {},
        mcpTools: contract.mcpTools ?? [],
        acknowledged: contract.acknowledged ?? []
    };
}

function contractProblem(data: unknown): string | undefined {
    if (!isObject(data)) return "the file holds no JSON object";
    if (typeof data.provider !== "string") return '"provider" is not a string';
    if (!isObject(data.operations)) return '"operations" is not an object';
    for (const [id, operation] of Object.entries(data.operations)) {
        if (!isObject(operation)) return `operation "${id}" is not an object`;
        if (operation.actionType !== "read" && operation.actionType !== "write") {
            return `operation "${id}" has no "actionType" of "read" or "write"`;
        }
        if (!isObject(operation.input)) return `operation "${id}" has no "input" schema object`;
    }
    if (data.triggers !== undefined && !isObject(data.triggers)) {
        return '"triggers" is not an object';
    }
    if (
        data.mcpTools !== undefined &&
        !(Array.isArray(data.mcpTools) && data.mcpTools.every((name) => typeof name === "string"))
    ) {
        return '"mcpTools" is not a list of tool names';
    }
    if (data.acknowledged === undefined) return undefined;
    if (!Array.isArray(data.acknowledged)) return '"acknowledged" is not a list';
    for (const [index, entry] of data.acknowledged.entries()) {
        const where = `"acknowledged" entry ${index + 1}`;
        if (!isObject(entry)) return `${where} is not an object`;
        if (!BREAKING_CHANGE_KINDS.includes(entry.change as BreakingChangeKind)) {
            return `${where} has "change" ${JSON.stringify(entry.change)}, not one of ${BREAKING_CHANGE_KINDS.join(", ")}`;
        }
        if (typeof entry.reason !== "string" || entry.reason.trim() === "") {
            return `${where} has no "reason" (say why the breaking change is accepted)`;
        }
        if (
            ![entry.operation, entry.trigger, entry.tool].some((name) => typeof name === "string")
        ) {
            return `${where} names no "operation", "trigger" or "tool"`;
        }
    }
    return undefined;
}

/** Maps with their keys in code-unit order, recursively (lists keep their order). */
function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (!isObject(value)) return value;
    return Object.fromEntries(
        Object.keys(value)
            .sort(byCodeUnit)
            .map((key) => [key, sortKeys(value[key])])
    );
}

/**
 * The contract as JSON with stable key order and one property per line, so a change reads as a
 * few lines in a pull request; `format` (the host's Prettier) gives it the host's JSON style.
 */
export function serializeContract(contract: ProviderContract): string {
    const { provider, operations, triggers, mcpTools, acknowledged } = contract;
    const ordered = {
        $comment: CONTRACT_COMMENT,
        provider,
        operations: sortKeys(operations),
        triggers: sortKeys(triggers),
        mcpTools: [...mcpTools].sort(byCodeUnit),
        acknowledged: acknowledged.map(sortKeys)
    };
    return `${JSON.stringify(ordered, null, 4)}\n`;
}

/** JSON with map keys in code-unit order: equal for equal data, whatever order it was built in. */
export function canonicalJson(value: unknown): string {
    return JSON.stringify(sortKeys(value));
}

/** The parts the code decides, for comparing a committed contract with a derived one. */
export function derivedPart(contract: DerivedContract): string {
    const { provider, operations, triggers, mcpTools } = contract;
    return canonicalJson({
        provider,
        operations,
        triggers,
        mcpTools: [...mcpTools].sort(byCodeUnit)
    });
}

/**
 * `text` in the host's own JSON style: its Prettier and configuration, as `prettier --check` on
 * the host sees the file; unchanged where the host has no Prettier or it cannot run here (Prettier
 * 3 loads its parsers with a dynamic import, which a test runner may not allow).
 */
export async function formatAsHost(root: string, file: string, text: string): Promise<string> {
    try {
        const prettier = require(
            require.resolve("prettier", { paths: [root] })
        ) as typeof import("prettier");
        const filepath = path.join(root, file);
        const config = await prettier.resolveConfig(filepath);
        return await prettier.format(text, { ...config, filepath });
    } catch {
        return text;
    }
}
