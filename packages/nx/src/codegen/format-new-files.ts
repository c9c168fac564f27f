import type { Tree } from "@nx/devkit";
import { formatUnlessPreview, type FormatOptions } from "../utils/dry-run";

/**
 * Formats a generator's new files as the host does (Nx's formatFiles, the host's Prettier), and
 * gives each file in `edited` back exactly the bytes it had: an edited file keeps every byte its
 * insertions did not add (they are written in house style already). Twice, because Prettier is not
 * idempotent on a member chain whose last argument it expands (a long zod `.default({...})`) and
 * the host lints with prettier/prettier.
 */
export async function formatNewFiles(
    tree: Tree,
    options: FormatOptions,
    edited: Iterable<string> = []
): Promise<void> {
    const kept = [...edited].map((file) => [file, tree.read(file)] as const);
    await formatUnlessPreview(tree, options, 2);
    for (const [file, content] of kept) if (content !== null) tree.write(file, content);
}
