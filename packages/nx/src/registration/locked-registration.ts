import * as fs from "fs";
import { readNxJson, type GeneratorCallback, type Tree } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { pluginOptionsFromNxJson, type ResolvedPluginOptions } from "../config/plugin-options";
import type { RegistrationModel } from "../model/registration";
import { isDryRun } from "../utils/dry-run";
import { FlowmaestroError } from "../utils/errors";
import { HostSession, WritableHostSession } from "./host-session";
import { planRegistration } from "./registrar";

/** What a run registered, for the check after Nx has written the tree. */
export interface WrittenRegistration {
    registration: RegistrationModel;
    options: ResolvedPluginOptions;
}

/**
 * After Nx has written the tree: every entry the run planned must be on disk. It is, unless a
 * process that does not take the lock (an editor, an older plugin) wrote a host file meanwhile.
 */
export function checkWrittenRegistration(root: string, written: WrittenRegistration): void {
    const disk = new FsTree(root, false);
    const { registration, options } = written;
    const missing = planRegistration(new HostSession(disk, options), registration).flatMap((file) =>
        file.added.map((what) => `${file.path}: ${what}`)
    );
    if (missing.length > 0) {
        throw FlowmaestroError.fromProblems(
            `After writing, "${registration.id}" lacks ${missing.length} registration${missing.length === 1 ? "" : "s"}: another process changed the host files while this run wrote them. Run \`nx g @flowmaestro/nx:register-provider ${registration.id}\` again:`,
            missing
        );
    }
}

/**
 * Runs a generator's body with a writable host session, opened under the workspace's host-files
 * lock (taken before the body reads any host file), and returns the callback Nx calls once it has
 * written the tree: it checks that every planned entry is on disk, then releases the lock. The
 * lock is released at once when the body fails, and at process exit when Nx never calls the
 * callback (a failed write). A dry run writes nothing, so it takes no lock: a preview never waits
 * behind a run that writes.
 */
export async function runWithHostFilesLock(
    tree: Tree,
    body: (session: WritableHostSession) => Promise<WrittenRegistration | undefined>
): Promise<GeneratorCallback> {
    const options = pluginOptionsFromNxJson(readNxJson(tree));
    if (isDryRun()) {
        await body(WritableHostSession.preview(tree, options));
        return () => undefined;
    }
    const session = await WritableHostSession.open(tree, options);
    let written: WrittenRegistration | undefined;
    try {
        written = await body(session);
    } catch (error) {
        session.lock.release();
        throw error;
    }
    return () => {
        try {
            if (written && fs.existsSync(tree.root)) checkWrittenRegistration(tree.root, written);
        } finally {
            session.lock.release();
        }
    };
}
