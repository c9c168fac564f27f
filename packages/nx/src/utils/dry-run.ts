import { formatFiles, type Tree } from "@nx/devkit";

/**
 * `nx g --dry-run` sets NX_DRY_RUN for the generator (which gets no option for it; @nx/devkit reads
 * it the same way). Nx Console previews every form change this way.
 */
export function isDryRun(): boolean {
    return process.env.NX_DRY_RUN === "true";
}

/** `--verbose` sets NX_VERBOSE_LOGGING for the generator. */
export function isVerbose(): boolean {
    return process.env.NX_VERBOSE_LOGGING === "true";
}

export interface FormatOptions {
    skipFormat?: boolean;
    /** Format in a dry run too. */
    formatDryRun?: boolean;
}

/**
 * Formats the tree's changed files, unless --skipFormat, or in a dry run that did not ask for it
 * (Nx lists the paths of a dry run only, and Prettier is most of its cost). `passes` > 1 for
 * output Prettier does not format idempotently.
 */
export async function formatUnlessPreview(
    tree: Tree,
    options: FormatOptions,
    passes = 1
): Promise<void> {
    if (options.skipFormat || (isDryRun() && !options.formatDryRun)) return;
    for (let pass = 0; pass < passes; pass++) await formatFiles(tree);
}
