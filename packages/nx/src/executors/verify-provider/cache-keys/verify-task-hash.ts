import * as path from "path";
import type { HasherContext, Task } from "@nx/devkit";
import { normalizeVerifyOptions, projectRootOf } from "../options";
import { sha } from "./digest";
import { hashRun, taskOptions } from "./hasher-context";
import { typeScriptSources } from "./hash-run";

/**
 * The cache key of a verify-provider task. A task's result depends on exactly:
 * - the provider folder's files (every rule but the registration ones reads only these);
 * - for the type check: every workspace file in the import closure of the provider's files (what
 *   the program rooted at them reads, a workspace package npm links into node_modules included),
 *   the versions of the installed packages it resolves into, the compiler options and the
 *   TypeScript version;
 * - the registration diagnostics, a pure function of this provider's slices of the cross-cutting
 *   files (its registry entry, OAuth entry, config key, map entries, shared element, secrets) and
 *   of whether the host has the fixture system, so editing another provider's entries leaves this
 *   hash unchanged;
 * - the executor options, the plugin options, the plugin's code and the TypeScript and tsgo
 *   versions.
 * Every input is named by its workspace-relative path or its package name and version, never by
 * an absolute path, time or machine: two clones of a commit hash alike, which is what lets a
 * remote cache replay results across CI agents and checkouts.
 */

/** The hash of one verify-provider task of the workspace at `root` (one run per task graph). */
export function hashVerifyTask(root: string, task: Task, context: HasherContext) {
    const run = hashRun(root, context);
    const options = normalizeVerifyOptions(taskOptions(task, context));
    const projectRoot = projectRootOf(context, task.target.project);
    const providerFiles = run.providerFiles(projectRoot);
    const providerFilesHash = sha(...providerFiles);
    const nodes: Record<string, string> = {
        "provider files": providerFilesHash,
        "cross-cutting slices": run.registrationHash(projectRoot, providerFilesHash),
        options: sha(
            JSON.stringify(options),
            JSON.stringify(run.pluginOptions),
            // The plugin's version and build: installs of one release hash alike, and two builds
            // that share a version number (a local build of the plugin) do not.
            run.pluginCode,
            ...run.versions.typescript,
            options.typecheck && options.compiler === "tsgo" ? run.versions.tsgo : ""
        )
    };
    if (options.typecheck) {
        nodes["import closure"] = run.closureHash(
            typeScriptSources(providerFiles).map((file) => path.join(run.root, projectRoot, file))
        );
    }
    const value = sha(...Object.entries(nodes).flat());
    return {
        value,
        details: { command: `verify-provider ${path.posix.basename(projectRoot)}`, nodes }
    };
}
