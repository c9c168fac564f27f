import { readNxJson, type Tree } from "@nx/devkit";
import type { SyncGeneratorResult } from "@nx/devkit/internal";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { deriveContracts } from "../../contracts/derive";
import { contractUpdateError, updateContracts } from "../../contracts/update-contracts";
import type { ContractUpdate } from "../../contracts/update-contracts";
import { acquireHostFilesLock } from "../../host-files/host-files-lock";
import { providerIds } from "../../provider-source/provider-ids";
import { onNxDaemon } from "../../utils/nx-daemon";

/**
 * The contracts sync generator (`sync.globalGenerators` in nx.json): writes each provider's
 * operation contract where its code adds to it (or it has none), and refuses every breaking change
 * that the contract does not acknowledge: `nx sync:check` and `nx sync` fail naming the provider,
 * the operation, the property and the change, and how to accept it.
 *
 * The derivation runs the providers' code, cached per provider (the daemon plans this on every
 * file change: a change to one provider derives that one again). It runs before the lock is taken
 * (it reads only the providers' code); the contracts are planned and written under the lock, as
 * every writer of the workspace does, released by the callback Nx calls after writing.
 */
export async function syncContractsGenerator(tree: Tree): Promise<SyncGeneratorResult> {
    const options = pluginOptionsFromNxJson(readNxJson(tree));
    const derivations = await deriveContracts(
        tree.root,
        options,
        providerIds(tree, options.providersDir)
    );
    const lock = await acquireHostFilesLock(tree.root);
    let update: ContractUpdate;
    try {
        update = await updateContracts(tree, options, derivations);
    } catch (error) {
        lock.release();
        throw error;
    }
    const failure = contractUpdateError(update);
    const { written } = update;
    if (written.length === 0 || onNxDaemon()) lock.release();
    if (written.length === 0) {
        // Nx reports a result without changes as up to date: only a failure names the changes.
        if (failure) throw failure;
        return;
    }
    const providers = new Set(written.map((detail) => detail.slice(0, detail.indexOf(":"))));
    const refusedNote = failure
        ? ` What else is listed is not written: ${update.refused.length > 0 ? "breaking changes wait for an acknowledgement" : "the contract files named cannot be read or written"}.`
        : "";
    return {
        outOfSyncMessage: `The operation contracts of ${providers.size} provider${providers.size === 1 ? " are" : "s are"} behind their code (${written.length} additive change${written.length === 1 ? "" : "s"}). Run \`nx sync\` to write them.${refusedNote}`,
        outOfSyncDetails: [...written, ...update.refused, ...update.problems],
        callback: () => {
            lock.release();
            if (failure) throw failure;
        }
    };
}

export default syncContractsGenerator;
