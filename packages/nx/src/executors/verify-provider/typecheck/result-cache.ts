import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../../../config/plugin-options";
import { pluginCacheDir, writeFileAtomically } from "../cache-folder";
import { typecheckKeys } from "../cache-keys/typecheck-keys";
import type { Diagnostic } from "../rule";
import type { Compiler, TypecheckResult, TypecheckTarget } from "./diagnostics";
import { typecheckProviders } from "./index";

/** Type-check results kept: one small file per provider and import-closure state. */
const RESULTS_KEPT = 4000;

function readResult(file: string): Diagnostic[] | undefined {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8")) as Diagnostic[];
    } catch {
        return undefined;
    }
}

/**
 * Type-checks only the providers whose diagnostics may have changed since an earlier run: each
 * provider's diagnostics are kept under a key of everything that decides them (its import
 * closure by content, package versions, compiler options, TypeScript and tsgo versions; see
 * `typecheckKeys`), the same inputs Nx's cache key for the task is made of. A run whose
 * providers all match needs no TypeScript program at all (`--skip-nx-cache`, or a task re-run
 * because only its registration entries changed); a batch re-checks only what changed.
 */
export function typecheckWithResultCache(
    workspaceRoot: string,
    pluginOptions: ResolvedPluginOptions,
    targets: TypecheckTarget[],
    compiler: Compiler
): TypecheckResult {
    const keys = typecheckKeys(
        workspaceRoot,
        pluginOptions,
        targets.map((target) => target.dir),
        compiler
    );
    const dir = pluginCacheDir(workspaceRoot, "typecheck", RESULTS_KEPT);
    const files = keys.map((key) => path.join(dir, `${key}.json`));
    const diagnostics = new Map<string, Diagnostic[]>();
    const unchecked: number[] = [];
    targets.forEach((target, index) => {
        const known = readResult(files[index]);
        if (known) diagnostics.set(target.id, known);
        else unchecked.push(index);
    });
    const checked = typecheckProviders(
        workspaceRoot,
        pluginOptions.backendTsConfig,
        unchecked.map((index) => targets[index]),
        compiler
    );
    for (const index of unchecked) {
        const found = checked.diagnostics.get(targets[index].id) ?? [];
        diagnostics.set(targets[index].id, found);
        writeFileAtomically(files[index], JSON.stringify(found));
    }
    return { diagnostics, sourceFile: checked.sourceFile };
}
