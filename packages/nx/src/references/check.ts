import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import { PROVIDER_FOLDER_NAME } from "../model/names";
import {
    parseContract,
    type JsonSchema,
    type ProviderContract as ReferencedContract
} from "../contracts/contract-file";
import { findWorkflowReferences, type Located, type WorkflowReference } from "./scan";
import { workflowDefinitionFiles } from "./workflow-files";

export type ReferenceProblemKind = "unknown-provider" | "unknown-operation" | "unknown-parameter";

/** One reference that does not resolve (`check-references --format=json`, docs/executors/check-references.md). */
export interface ReferenceProblem {
    file: string;
    line: number;
    column: number;
    provider: string;
    operation: string;
    parameter?: string;
    problem: ReferenceProblemKind;
    message: string;
}

/** References to a provider whose folder has no contract.json: they cannot be checked. */
export interface UncheckedProvider {
    provider: string;
    contract: string;
    references: number;
}

export interface ReferenceCheck {
    files: string[];
    references: number;
    problems: ReferenceProblem[];
    unchecked: UncheckedProvider[];
}

const CONTRACT_FILE = "contract.json";

/** Each provider folder's contract, or null when it has none yet, by provider id. */
function readContracts(
    workspaceRoot: string,
    providersDir: string
): Map<string, ReferencedContract | null> {
    const contracts = new Map<string, ReferencedContract | null>();
    let folders: fs.Dirent[] = [];
    try {
        folders = fs.readdirSync(path.join(workspaceRoot, providersDir), { withFileTypes: true });
    } catch {
        // No providers folder: every reference names an unknown provider.
    }
    for (const folder of folders) {
        if (!folder.isDirectory() || !PROVIDER_FOLDER_NAME.test(folder.name)) continue;
        const file = `${providersDir}/${folder.name}/${CONTRACT_FILE}`;
        const absolute = path.join(workspaceRoot, file);
        const contract = fs.existsSync(absolute)
            ? parseContract(fs.readFileSync(absolute, "utf8"), file)
            : null;
        contracts.set(folder.name, contract);
        if (contract && contract.provider !== folder.name)
            contracts.set(contract.provider, contract);
    }
    return contracts;
}

/** The input keys a schema declares, or undefined when it accepts any key (or declares none). */
function inputKeys(schema: JsonSchema): Set<string> | undefined {
    const additional = schema.additionalProperties;
    if (additional === true || (typeof additional === "object" && additional !== null)) {
        return undefined;
    }
    // A union or intersection of objects (a discriminated union of inputs) accepts each branch's keys.
    const branches = ["anyOf", "oneOf", "allOf"].flatMap((keyword) =>
        Array.isArray(schema[keyword]) ? (schema[keyword] as JsonSchema[]) : []
    );
    const keys = new Set<string>();
    const properties = schema.properties;
    if (typeof properties === "object" && properties !== null) {
        for (const key of Object.keys(properties)) keys.add(key);
    }
    for (const branch of branches) {
        const branchKeys = inputKeys(branch);
        if (!branchKeys) return undefined;
        for (const key of branchKeys) keys.add(key);
    }
    return keys.size > 0 || schema.type === "object" ? keys : undefined;
}

/** At most a few names, for a message that stays one line. */
function listed(names: Iterable<string>): string {
    const all = [...names].sort();
    const shown = all.slice(0, 12).join(", ");
    return all.length > 12 ? `${shown}, … (${all.length} in all)` : shown || "none";
}

function problemsOf(
    file: string,
    reference: WorkflowReference,
    contracts: Map<string, ReferencedContract | null>,
    providersDir: string
): ReferenceProblem[] | "unchecked" {
    const { provider, operation } = reference;
    const problem = (
        at: Located,
        kind: ReferenceProblemKind,
        message: string,
        parameter?: string
    ): ReferenceProblem => ({
        file,
        line: at.at.line,
        column: at.at.column,
        provider: provider.name,
        operation: operation.name,
        ...(parameter === undefined ? {} : { parameter }),
        problem: kind,
        message
    });
    if (!contracts.has(provider.name)) {
        return [
            problem(
                provider,
                "unknown-provider",
                `There is no provider "${provider.name}" (no folder ${providersDir}/${provider.name}).`
            )
        ];
    }
    const contract = contracts.get(provider.name);
    if (!contract) return "unchecked";
    const definition = Object.prototype.hasOwnProperty.call(contract.operations, operation.name)
        ? contract.operations[operation.name]
        : undefined;
    if (!definition) {
        return [
            problem(
                operation,
                "unknown-operation",
                `Provider "${provider.name}" has no operation "${operation.name}" (its operations: ${listed(Object.keys(contract.operations))}).`
            )
        ];
    }
    const keys = inputKeys(definition.input);
    if (!keys) return [];
    return reference.parameters
        .filter((parameter) => !keys.has(parameter.name))
        .map((parameter) =>
            problem(
                parameter,
                "unknown-parameter",
                `Operation "${provider.name}:${operation.name}" has no input "${parameter.name}" (its inputs: ${listed(keys)}).`,
                parameter.name
            )
        );
}

/**
 * Resolves every integration node of the workspace's workflow definitions against the providers'
 * committed contracts (never their code, so that it stays fast and cacheable on contracts alone).
 */
export function checkReferences(
    workspaceRoot: string,
    options: ResolvedPluginOptions,
    files = workflowDefinitionFiles(workspaceRoot, options)
): ReferenceCheck {
    const contracts = readContracts(workspaceRoot, options.providersDir);
    const problems: ReferenceProblem[] = [];
    const unchecked = new Map<string, number>();
    let references = 0;
    for (const file of files) {
        const text = fs.readFileSync(path.join(workspaceRoot, file), "utf8");
        for (const reference of findWorkflowReferences(text, file)) {
            references++;
            const found = problemsOf(file, reference, contracts, options.providersDir);
            if (found === "unchecked") {
                const id = reference.provider.name;
                unchecked.set(id, (unchecked.get(id) ?? 0) + 1);
            } else {
                problems.push(...found);
            }
        }
    }
    return {
        files,
        references,
        problems,
        unchecked: [...unchecked]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([provider, count]) => ({
                provider,
                contract: `${options.providersDir}/${provider}/${CONTRACT_FILE}`,
                references: count
            }))
    };
}
