import * as fs from "fs";
import * as path from "path";
import type { Tree } from "@nx/devkit";

/**
 * Read access to the host workspace, by workspace-relative path: a generator reads through its
 * Tree (so it sees its own pending changes), the executor reads the disk.
 */
export interface HostReader {
    /** The file's text, or undefined when it does not exist (or is a folder). */
    read(workspacePath: string): string | undefined;
    /** Names of the entries of a folder (empty when it does not exist). */
    children(workspacePath: string): string[];
}

export function treeHostReader(tree: Tree): HostReader {
    return {
        read: (file) =>
            tree.exists(file) && tree.isFile(file)
                ? (tree.read(file, "utf-8") ?? undefined)
                : undefined,
        children: (dir) => (tree.exists(dir) && !tree.isFile(dir) ? tree.children(dir) : [])
    };
}

export function fsHostReader(workspaceRoot: string): HostReader {
    return {
        read: (file) => {
            try {
                return fs.readFileSync(path.join(workspaceRoot, file), "utf8");
            } catch {
                return undefined;
            }
        },
        children: (dir) => {
            try {
                return fs.readdirSync(path.join(workspaceRoot, dir));
            } catch {
                return [];
            }
        }
    };
}
