import { createHash } from "crypto";
import * as path from "path";
import { pluginCacheDir } from "../cache-folder";
import type { Compiler } from "./diagnostics";

/**
 * The build-info file of a compiler run over exactly these root files, so that the next run over
 * the same providers re-checks only what changed since (TypeScript's `incremental`: it compares
 * file hashes and options, and drops the info when its version differs). One file per root set:
 * runs over other providers would evict each other's results. Older files are pruned.
 */
export function buildInfoFile(
    workspaceRoot: string,
    compiler: Compiler,
    configPath: string,
    roots: string[]
): string {
    const key = createHash("sha256")
        .update(
            [
                compiler,
                path.relative(workspaceRoot, configPath),
                ...roots.map((file) => path.relative(workspaceRoot, file)).sort()
            ].join("\n")
        )
        .digest("hex")
        .slice(0, 32);
    // One file per set of providers checked together, the 64 newest.
    return path.join(
        pluginCacheDir(workspaceRoot, "tsbuildinfo", 64),
        `${compiler}-${key}.tsbuildinfo`
    );
}
