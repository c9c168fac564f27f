import * as path from "path";
import { workspaceRoot } from "@nx/devkit";
import type { CustomHasher, HasherContext, Task } from "@nx/devkit";
import { packageVersion, PLUGIN_ROOT } from "../verify-provider/cache-keys/code-versions";
import { sha } from "../verify-provider/cache-keys/digest";
import { hashRun, taskOptions } from "../verify-provider/cache-keys/hasher-context";
import { typeScriptSources } from "../verify-provider/cache-keys/hash-run";
import { projectRootOf } from "../verify-provider/options";
import { readDeclaredConnections } from "./declared-connection";
import { normalizeTestOptions } from "./options";

/**
 * Custom cache hasher for test-provider, built from verify-provider's (same run state, memo and
 * import-closure walk). A result depends on the provider folder's files (its fixture module
 * included), every workspace file its imports reach (the host core it runs: BaseProvider, the HTTP
 * client) by content, the versions of the packages they reach (zod, ...), and what runs them: the
 * host's loader, msw, Node, the plugin's code and options. Nothing machine-specific is hashed.
 */
export function hashTestTask(root: string, task: Task, context: HasherContext) {
    const run = hashRun(root, context);
    const options = normalizeTestOptions(taskOptions(task, context));
    const projectRoot = projectRootOf(context, task.target.project);
    const providerFiles = run.providerFiles(projectRoot);
    const backendDir = path.join(root, path.dirname(run.pluginOptions.backendTsConfig));
    const nodes: Record<string, string> = {
        "provider files": sha(...providerFiles),
        "import closure": run.closureHash(
            typeScriptSources(providerFiles).map((file) => path.join(root, projectRoot, file))
        ),
        // Only this provider's entry: declaring another provider re-runs no other.
        "declared connection": sha(
            JSON.stringify(
                run.once("declared connections", () =>
                    readDeclaredConnections(root, run.pluginOptions.sharedProvidersFile)
                )(path.posix.basename(projectRoot))
            )
        ),
        runtime: sha(
            JSON.stringify(options),
            JSON.stringify(run.pluginOptions),
            run.pluginCode,
            `node ${process.version}`,
            `tsx ${packageVersion("tsx", backendDir)}`,
            `typescript ${packageVersion("typescript", backendDir)}`,
            `msw ${packageVersion("msw", PLUGIN_ROOT)}`
        )
    };
    return {
        value: sha(...Object.entries(nodes).flat()),
        details: { command: `test-provider ${path.posix.basename(projectRoot)}`, nodes }
    };
}

export const testProviderHasher: CustomHasher = async (task: Task, context: HasherContext) =>
    hashTestTask(workspaceRoot, task, context);

export default testProviderHasher;
