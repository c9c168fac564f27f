import * as fs from "fs";
import * as path from "path";

/**
 * Where the plugin keeps what it reuses between runs (kept type checks, build info, the cache
 * hasher's memo), relative to the workspace root: keyed by content, so an old copy is never wrong.
 */
export const PLUGIN_CACHE_DIR = "node_modules/.cache/flowmaestro-nx";

/** A folder of the plugin's cache, created, with only its `keep` newest files kept. */
export function pluginCacheDir(workspaceRoot: string, kind: string, keep: number): string {
    const dir = path.join(workspaceRoot, PLUGIN_CACHE_DIR, kind);
    fs.mkdirSync(dir, { recursive: true });
    const files = fs
        .readdirSync(dir)
        .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
    for (const { name } of files.slice(keep)) fs.rmSync(path.join(dir, name), { force: true });
    return dir;
}

/** Writes a file whole or not at all: a concurrent run must never read half of it. */
export function writeFileAtomically(file: string, text: string): void {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
}
