import * as fs from "fs";
import * as path from "path";
import { logger, readNxJson } from "@nx/devkit";
import type { GeneratorCallback, Tree } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { pluginOptionsFromNxJson } from "../config/plugin-options";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import { PROVIDER_FILE_PATTERN } from "../model/names";
import { providerIds } from "../provider-source/provider-ids";
import { isDryRun } from "../utils/dry-run";
import { CONTRACTS_SYNC_GENERATOR, contractPath } from "./contract-file";
import { deriveContracts } from "./derive";
import { contractUpdateError, updateContracts } from "./update-contracts";

/** Derives the providers' contracts from their code on disk and writes what `nx sync` would. */
async function writeContractsOnDisk(
    root: string,
    options: ResolvedPluginOptions,
    ids: string[]
): Promise<void> {
    const derivations = await deriveContracts(root, options, ids);
    const disk = new FsTree(root, false);
    const update = await updateContracts(disk, options, derivations);
    for (const change of disk.listChanges()) {
        fs.writeFileSync(path.join(root, change.path), change.content!);
    }
    update.written.forEach((detail) => logger.info(`contract: ${detail}`));
    const failure = contractUpdateError(update);
    if (failure) logger.warn(failure.message);
    for (const [id, derivation] of derivations) {
        if ("error" in derivation) {
            logger.warn(
                `contract: cannot derive ${id}'s contract (${derivation.error}); \`nx sync\` writes it once the provider loads.`
            );
        }
    }
}

/**
 * Wraps a generator's callback so that, once Nx has written the tree, the contract of every
 * provider the run created is written (a new provider is born with one), and the contract of every
 * provider it changed is extended. Contracts are
 * derived from the code, so this needs the files on disk: a dry run writes no contract. Runs before
 * `callback`, which releases the host-files lock.
 */
export function updateContractsAfterWrite(
    tree: Tree,
    callback: GeneratorCallback
): GeneratorCallback {
    if (isDryRun()) return callback;
    const options = pluginOptionsFromNxJson(readNxJson(tree));
    const prefix = `${options.providersDir}/`;
    const changes = tree.listChanges().filter((change) => change.path.startsWith(prefix));
    const folderOf = (file: string) => file.slice(prefix.length).split("/")[0];
    const isProviderFile = (inProviders: string) => {
        const [, file, ...deeper] = inProviders.split("/");
        return deeper.length === 0 && PROVIDER_FILE_PATTERN.test(file ?? "");
    };
    const changed = new Set(changes.map((change) => folderOf(change.path)));
    // A provider created by this run in a workspace that keeps contracts (sync-contracts is one of
    // its sync generators), or one whose contract the host already keeps: adopting contracts is
    // the workspace's decision (`init --contracts`), not a side effect of one generator run.
    const keepsContracts = (readNxJson(tree)?.sync?.globalGenerators ?? []).includes(
        CONTRACTS_SYNC_GENERATOR
    );
    const created = new Set(
        changes
            .filter(
                (change) =>
                    change.type === "CREATE" && isProviderFile(change.path.slice(prefix.length))
            )
            .map((change) => folderOf(change.path))
    );
    const ids = providerIds(tree, options.providersDir).filter(
        (id) =>
            changed.has(id) &&
            ((keepsContracts && created.has(id)) ||
                tree.exists(contractPath(options.providersDir, id)))
    );
    if (ids.length === 0) return callback;
    return async () => {
        try {
            if (fs.existsSync(tree.root)) await writeContractsOnDisk(tree.root, options, ids);
        } finally {
            await callback();
        }
    };
}
