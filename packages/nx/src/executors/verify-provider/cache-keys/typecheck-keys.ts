import * as path from "path";
import type { ResolvedPluginOptions } from "../../../config/plugin-options";
import type { Compiler } from "../typecheck";
import { sha } from "./digest";
import { HashRun, typeScriptSources } from "./hash-run";

/**
 * For each provider folder, a key that changes whenever its type-check diagnostics can: the
 * import closure of its TypeScript files (workspace files by content, packages by version, the
 * compiler options and TypeScript version), the compiler, tsgo's version and the plugin's code.
 */
export function typecheckKeys(
    root: string,
    pluginOptions: ResolvedPluginOptions,
    projectRoots: string[],
    compiler: Compiler
): string[] {
    const run = new HashRun(root, pluginOptions);
    return projectRoots.map((projectRoot) =>
        sha(
            "typecheck",
            compiler,
            compiler === "tsgo" ? run.versions.tsgo : "",
            run.pluginCode,
            run.closureHash(
                typeScriptSources(run.providerFiles(projectRoot)).map((file) =>
                    path.join(root, projectRoot, file)
                )
            )
        )
    );
}
