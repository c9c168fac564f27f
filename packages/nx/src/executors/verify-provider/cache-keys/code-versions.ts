import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, sha } from "./digest";

/** The code that decides a result: the plugin's own, and the versions of installed packages. */

/**
 * The manifest of the package `name` as Node resolves it from `from` (nearest node_modules
 * upwards), looked up afresh: `require.resolve` caches answers for the life of the process.
 */
export function packageManifest(name: string, from: string): string | undefined {
    for (let dir = from; ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, "node_modules", name, "package.json");
        if (fs.existsSync(manifest)) return manifest;
        if (path.dirname(dir) === dir) return undefined;
    }
}

export function packageVersion(name: string, from: string): string {
    const manifest = packageManifest(name, from);
    try {
        return manifest
            ? (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version
            : "missing";
    } catch {
        return "unreadable";
    }
}

/** The plugin's own code folder (dist/ when installed, src/ in unit tests). */
export const PLUGIN_ROOT = path.resolve(__dirname, "../../..");
const PLUGIN_VERSION = (() => {
    try {
        const manifest = path.join(PLUGIN_ROOT, "../package.json");
        return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
    } catch {
        return "unknown";
    }
})();

function codeFingerprint(): string {
    const parts: string[] = [];
    const walk = (dir: string) => {
        for (const entry of fs
            .readdirSync(dir, { withFileTypes: true })
            .sort((a, b) => byCodeUnit(a.name, b.name))) {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== "node_modules") walk(file);
            } else if (/\.[cm]?[jt]s$/.test(entry.name)) {
                parts.push(path.relative(PLUGIN_ROOT, file), fs.readFileSync(file, "utf8"));
            }
        }
    };
    walk(PLUGIN_ROOT);
    return sha(PLUGIN_VERSION, ...parts);
}

// Kept for the process, not per run: it describes the code this process loaded, which no run
// changes, and walking the plugin's files again for every run would cost each run that walk.
let pluginCode: string | undefined;

/** Hash of the plugin's version and code (what an install of one release has in common). */
export function pluginCodeFingerprint(): string {
    return (pluginCode ??= codeFingerprint());
}
