import * as fs from "fs";
import * as path from "path";
import type { Tree } from "@nx/devkit";

/**
 * Nx writes a generator's changes file by file after the generator returns, and does not roll back
 * when one write fails: an unwritable file among them would leave the files before it written. So
 * the generators check, before returning, that every path they change can be written (an existing
 * file: itself; a new one: its nearest existing folder). Works for root too, who ignores file modes
 * but not read-only mounts or the immutable attribute. Paths outside a real workspace folder (test
 * trees) are not checked.
 */
export function unwritablePaths(tree: Tree, paths: string[]): string[] {
    const root = path.resolve(tree.root);
    if (!fs.existsSync(root)) return [];
    const problems: string[] = [];
    for (const relative of paths) {
        let target = path.join(root, relative);
        while (!fs.existsSync(target) && target.startsWith(`${root}${path.sep}`)) {
            target = path.dirname(target);
        }
        try {
            fs.accessSync(target, fs.constants.W_OK);
        } catch (error) {
            const shown = path.relative(root, target).split(path.sep).join("/") || ".";
            problems.push(
                `${shown} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
            );
        }
    }
    return problems;
}
