import type { Tree } from "@nx/devkit";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import { FlowmaestroError } from "../utils/errors";
import { unwritablePaths } from "../utils/writable";
import { describeChange } from "./classify";
import { contractPath, formatAsHost, serializeContract } from "./contract-file";
import { breakingChangeMessage, contractStatus } from "./contract-status";
import type { Derivation } from "./contract-file";

/** What bringing contracts up to date wrote, and what it refused or could not do. */
export interface ContractUpdate {
    /** `<id>: <file>: <what>` for each contract written. */
    written: string[];
    /** Unacknowledged breaking changes, each with how to accept it. */
    refused: string[];
    /** Contract files that cannot be read or written, with why. */
    problems: string[];
}

/**
 * Writes into `tree` the contract of each derived provider whose code adds to it (or that has none yet),
 * and refuses, without writing that provider's contract, every unacknowledged breaking change.
 * Providers whose code cannot be loaded are left out: test-provider reports them.
 */
export async function updateContracts(
    tree: Tree,
    options: ResolvedPluginOptions,
    derivations: Map<string, Derivation>
): Promise<ContractUpdate> {
    const update: ContractUpdate = { written: [], refused: [], problems: [] };
    for (const [id, derivation] of derivations) {
        if (!("contract" in derivation)) continue;
        const file = contractPath(options.providersDir, id);
        let status: ReturnType<typeof contractStatus>;
        try {
            status = contractStatus(
                tree.read(file, "utf-8") ?? undefined,
                file,
                derivation.contract
            );
        } catch (error) {
            if (!(error instanceof FlowmaestroError)) throw error;
            update.problems.push(error.message);
            continue;
        }
        if (status.state === "current") continue;
        if (status.state === "breaking") {
            update.refused.push(
                ...status.breaking.map((change) => breakingChangeMessage(id, file, change))
            );
            continue;
        }
        const [unwritable] = unwritablePaths(tree, [file]);
        if (unwritable) {
            update.problems.push(unwritable);
            continue;
        }
        tree.write(file, await formatAsHost(tree.root, file, serializeContract(status.next)));
        const what =
            status.state === "missing"
                ? ["written"]
                : status.changes.length > 0
                  ? status.changes.map(describeChange)
                  : ["schema details updated"];
        update.written.push(...what.map((detail) => `${id}: ${file}: ${detail}`));
    }
    return update;
}

/** The failure naming what a contract update refused or could not do (undefined when nothing). */
export function contractUpdateError(update: ContractUpdate): FlowmaestroError | undefined {
    const problems = [...update.refused, ...update.problems];
    if (problems.length === 0) return undefined;
    const heading =
        update.refused.length > 0
            ? `${update.refused.length} breaking change${update.refused.length === 1 ? "" : "s"} to operation contracts not written by \`nx sync\` (stored workflows and agents call these operations by id):`
            : "Cannot update operation contracts:";
    return FlowmaestroError.fromProblems(heading, problems);
}
