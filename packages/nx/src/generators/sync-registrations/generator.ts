import { readNxJson, type Tree } from "@nx/devkit";
import type { SyncGeneratorResult } from "@nx/devkit/internal";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { providerIds } from "../../provider-source/provider-ids";
import { FlowmaestroError } from "../../utils/errors";
import { onNxDaemon } from "../../utils/nx-daemon";
import { unwritablePaths } from "../../utils/writable";
import { WritableHostSession } from "../../registration/host-session";
import { readRegistration } from "../../registration/read-registration";
import { planHostFiles } from "../../registration/registrar";

/** What a sync adds (`<id>: <file>: added ...`), and why each host file it cannot edit is so. */
interface SyncPlan {
    added: string[];
    unedited: Map<string, Set<string>>;
}

/**
 * Adds to the tree every registration a provider's own files imply and the host files lack,
 * file by file: a host file that cannot be parsed or written is left out (with why), and the
 * others still get what they lack. An entry that disagrees with its provider is left as it is. Providers it cannot read (OAuth URLs that are not literals) are
 * skipped: `verify-provider` reports those.
 */
function planSync(session: WritableHostSession): SyncPlan {
    const { tree, options } = session;
    const plan: SyncPlan = { added: [], unedited: new Map() };
    const leaveOut = (file: string, problem: string) =>
        plan.unedited.set(file, (plan.unedited.get(file) ?? new Set()).add(problem));
    for (const id of providerIds(tree, options.providersDir)) {
        let files: ReturnType<typeof planHostFiles>;
        try {
            const registration = readRegistration(session, { id }, { quiet: true });
            files = planHostFiles(session, registration);
        } catch (error) {
            if (!(error instanceof FlowmaestroError)) throw error;
            continue; // Not repairable from the provider's files: verify-provider reports it.
        }
        // A file broken for every provider fails the sync; an entry that disagrees with its
        // provider (a conflict) is a person's call, reported by verify-provider, not by sync.
        files.problems.forEach(({ path, problem }) => leaveOut(path, problem));
        for (const file of files.planned.filter((planned) => planned.after !== planned.before)) {
            const [unwritable] = unwritablePaths(tree, [file.path]);
            if (unwritable) {
                leaveOut(file.path, unwritable);
                continue;
            }
            session.write(file.path, file.after);
            plan.added.push(...file.added.map((what) => `${id}: ${file.path}: added ${what}`));
        }
    }
    return plan;
}

/** The failure that names the host files a sync could not edit. */
function uneditedFilesError(unedited: SyncPlan["unedited"]): FlowmaestroError {
    return FlowmaestroError.fromProblems(
        `Cannot add registrations to ${[...unedited.keys()].join(", ")}; fix ${unedited.size === 1 ? "it" : "them"} and run \`nx sync\` again:`,
        [...unedited.values()].flatMap((problems) => [...problems])
    );
}

/**
 * The global sync generator (`sync.globalGenerators` in nx.json): adds, through the registrar, every
 * registration a provider's own files imply and the host files lack, and describes them. A host
 * file it cannot parse or write fails `nx sync:check` and `nx sync`, named, while the other files
 * are still checked and synced.
 *
 * It plans and writes under the host-files lock, as every writer does: a plan made before another
 * run's write and written after it would drop that run's entries. The lock is released by the
 * callback Nx calls after writing (or at exit, when `nx sync:check` writes nothing).
 */
export async function syncRegistrationsGenerator(tree: Tree): Promise<SyncGeneratorResult> {
    const options = pluginOptionsFromNxJson(readNxJson(tree));
    const session = await WritableHostSession.open(tree, options);
    const { lock } = session;
    let plan: SyncPlan;
    try {
        plan = planSync(session);
    } catch (error) {
        lock.release();
        throw error;
    }
    const { added, unedited } = plan;
    if (added.length === 0 || onNxDaemon()) lock.release();
    if (added.length === 0) {
        // Nx reports a result without changes as up to date: only a failure names the files.
        if (unedited.size > 0) throw uneditedFilesError(unedited);
        return;
    }
    const providers = new Set(added.map((detail) => detail.slice(0, detail.indexOf(":"))));
    const uneditedNote =
        unedited.size === 0
            ? ""
            : ` ${[...unedited.keys()].join(", ")} cannot be edited: what ${unedited.size === 1 ? "it lacks" : "they lack"} is not added until fixed.`;
    return {
        outOfSyncMessage: `${providers.size} provider${providers.size === 1 ? " lacks" : "s lack"} registrations that their own files imply (${added.length} in all). Run \`nx sync\` to add them.${uneditedNote}`,
        outOfSyncDetails: [
            ...added,
            ...[...unedited.values()].flatMap((problems) => [...problems])
        ],
        callback: () => {
            lock.release();
            // After the other files are written: `nx sync` fails, naming what it left out.
            if (unedited.size > 0) throw uneditedFilesError(unedited);
        }
    };
}

export default syncRegistrationsGenerator;
