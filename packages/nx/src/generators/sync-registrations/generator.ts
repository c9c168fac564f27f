import { readNxJson, type Tree } from "@nx/devkit";
import type { SyncGeneratorResult } from "@nx/devkit/internal";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { PROVIDER_FILE_PATTERN } from "../../model/names";
import { FlowmaestroError } from "../../utils/errors";
import { readRegistration } from "../register-provider/generator";
import { registerProvider } from "../register-provider/register";

/** Provider ids: folders of the providers folder with exactly one `*Provider.ts`. */
function providerIds(tree: Tree, providersDir: string): string[] {
    return tree
        .children(providersDir)
        .filter((id) => {
            const dir = `${providersDir}/${id}`;
            return (
                !tree.isFile(dir) &&
                tree.children(dir).filter((file) => PROVIDER_FILE_PATTERN.test(file)).length === 1
            );
        })
        .sort();
}

/**
 * The global sync generator (`sync.globalGenerators` in nx.json): adds, through the registrar, every
 * registration a provider's own files imply and the host files lack, and describes them. Providers
 * it cannot read or register (OAuth URLs that are not literals, a host file in a shape it cannot
 * edit) are skipped: `verify-provider` reports those, so `nx sync:check` passes after `nx sync`.
 */
export async function syncRegistrationsGenerator(tree: Tree): Promise<SyncGeneratorResult> {
    const options = pluginOptionsFromNxJson(readNxJson(tree));
    const details: string[] = [];
    for (const id of providerIds(tree, options.providersDir)) {
        try {
            const registration = readRegistration(tree, { id, check: false }, options, {
                quiet: true
            });
            // The additions become the out-of-sync details instead of log lines.
            const { added } = registerProvider(tree, registration, options, { quiet: true });
            details.push(...added.map((what) => `${id}: ${what}`));
        } catch (error) {
            if (!(error instanceof FlowmaestroError)) throw error;
            // Not repairable from the provider's files: verify-provider reports it.
        }
    }
    if (details.length === 0) return;
    const providers = new Set(details.map((detail) => detail.slice(0, detail.indexOf(":"))));
    return {
        outOfSyncMessage: `${providers.size} provider${providers.size === 1 ? " lacks" : "s lack"} registrations that their own files imply (${details.length} in all). Run \`nx sync\` to add them.`,
        outOfSyncDetails: details
    };
}

export default syncRegistrationsGenerator;
