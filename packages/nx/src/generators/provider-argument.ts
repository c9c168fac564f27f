import type { Tree } from "@nx/devkit";
import { providerDir, type ResolvedPluginOptions } from "../config/plugin-options";
import { providerIdProblems } from "../model/provider-spec";
import { providerIdOfProjectName } from "../plugin/create-nodes";

export function isDirectory(tree: Tree, dir: string): boolean {
    return tree.exists(dir) && !tree.isFile(dir);
}

/**
 * The provider a generator's provider argument names: the id as given, or, when no provider folder
 * has that name, the id of the project name `provider-<id>` (what Nx Console's project dropdown and
 * the project details view show). The caller validates the result and reports a missing folder.
 */
export function providerIdOfArgument(
    tree: Tree,
    options: ResolvedPluginOptions,
    given: string
): string {
    const fromProjectName = providerIdOfProjectName(given);
    return fromProjectName &&
        providerIdProblems(fromProjectName).length === 0 &&
        !isDirectory(tree, providerDir(options, given)) &&
        isDirectory(tree, providerDir(options, fromProjectName))
        ? fromProjectName
        : given;
}
