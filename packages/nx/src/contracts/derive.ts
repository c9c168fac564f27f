import { fork } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import { sha } from "../executors/verify-provider/cache-keys/digest";
import { packageVersion } from "../executors/verify-provider/cache-keys/code-versions";
import { HashRun, typeScriptSources } from "../executors/verify-provider/cache-keys/hash-run";
import { findHostLoader } from "../executors/test-provider/probe/loader";
import { childEntry } from "../executors/test-provider/probe/run-probe";
import { providerClassFacts } from "../provider-source/provider-class";
import { readProviderSources } from "../provider-source/provider-folder";
import { CONTRACT_FILE } from "./contract-file";
import type { Derivation, DerivedContract } from "./contract-file";
import type { DeriveJob, DeriveMessage } from "./derive-child";

interface CacheEntry {
    key: string;
    contract: DerivedContract;
}

function cacheFile(root: string): string {
    return path.join(root, "node_modules/.cache/flowmaestro-nx/contracts.json");
}

function readCache(root: string): Record<string, CacheEntry> {
    try {
        return JSON.parse(fs.readFileSync(cacheFile(root), "utf8")) as Record<string, CacheEntry>;
    } catch {
        return {};
    }
}

function writeCache(root: string, cache: Record<string, CacheEntry>): void {
    try {
        fs.mkdirSync(path.dirname(cacheFile(root)), { recursive: true });
        fs.writeFileSync(cacheFile(root), JSON.stringify(cache));
    } catch {
        // A read-only node_modules only costs the next run a derivation.
    }
}

/**
 * Per provider, a key that changes whenever its derived contract can: the inputs test-provider's
 * hasher uses (the provider folder's files, its contract excepted, since that is the output; the
 * import closure of its TypeScript files; the host's loader) plus the host's schema converter.
 * Workspace-relative and version-based like every cache key here, so a copy derives nothing again.
 */
function derivationKeys(
    root: string,
    pluginOptions: ResolvedPluginOptions,
    ids: string[]
): string[] {
    const run = new HashRun(root, pluginOptions);
    const backendDir = path.join(root, path.dirname(pluginOptions.backendTsConfig));
    const runtime = sha(
        run.pluginCode,
        `node ${process.version}`,
        ...["tsx", "typescript", "zod", "zod-to-json-schema"].map(
            (name) => `${name} ${packageVersion(name, backendDir)}`
        )
    );
    return ids.map((id) => {
        const projectRoot = path.posix.join(pluginOptions.providersDir, id);
        const files = run
            .providerFiles(projectRoot)
            .filter((entry) => !entry.startsWith(`${CONTRACT_FILE}:`));
        return sha(
            "contract",
            runtime,
            ...files,
            run.closureHash(
                typeScriptSources(files).map((file) => path.join(root, projectRoot, file))
            )
        );
    });
}

/** Loads the providers in one child process with the host's loader and reads their contracts. */
function deriveInChild(
    root: string,
    pluginOptions: ResolvedPluginOptions,
    ids: string[]
): Promise<Map<string, Derivation>> {
    const tsconfig = path.join(root, pluginOptions.backendTsConfig);
    const backendDir = path.dirname(tsconfig);
    const job: DeriveJob = {
        loader: findHostLoader(backendDir),
        tsconfig,
        coreDir: path.join(root, pluginOptions.coreDir),
        backendDir,
        providers: ids.map((id) => {
            const sources = readProviderSources(
                root,
                path.posix.join(pluginOptions.providersDir, id)
            );
            const [providerFile] = sources.providerFiles();
            return {
                id,
                providerFile: path.join(root, sources.workspacePath(providerFile ?? "")),
                className: providerFile
                    ? providerClassFacts(sources.parse(providerFile), providerFile)?.className
                          ?.value
                    : undefined
            };
        })
    };
    const { entry, execArgv } = childEntry(require.resolve("./derive-child"));
    // The host runs its backend from there (tsx finds the backend tsconfig from it).
    const child = fork(entry, [], {
        cwd: backendDir,
        execArgv,
        stdio: ["ignore", "ignore", "pipe", "ipc"]
    });
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => {
        output = (output + chunk.toString("utf8")).slice(-2000);
    });
    const derived = new Map<string, Derivation>();
    child.on("message", (message: DeriveMessage) => {
        if (message.type === "contract") derived.set(message.id, { contract: message.contract });
        if (message.type === "failed") derived.set(message.id, { error: message.error });
    });
    child.send(job);
    return new Promise((resolve) =>
        child.on("exit", (code, signal) => {
            for (const id of ids) {
                if (!derived.has(id)) {
                    derived.set(id, {
                        error: `the derivation process ended (${signal ?? `exit code ${code}`}) before reaching this provider. Its last output:\n${output.trim()}`
                    });
                }
            }
            resolve(derived);
        })
    );
}

/**
 * The contracts the providers' code implies, each derived again only when one of its inputs
 * changed since the last derivation (the cache lives in the workspace's node_modules/.cache).
 */
export async function deriveContracts(
    root: string,
    pluginOptions: ResolvedPluginOptions,
    ids: string[]
): Promise<Map<string, Derivation>> {
    if (!fs.existsSync(root)) {
        // A tree only in memory (a test's): there is no code to run.
        return new Map(ids.map((id) => [id, { error: `${root} is not on disk` }]));
    }
    const cache = readCache(root);
    const keys = derivationKeys(root, pluginOptions, ids);
    const stale = ids.filter((id, index) => cache[id]?.key !== keys[index]);
    const fresh = stale.length > 0 ? await deriveInChild(root, pluginOptions, stale) : new Map();
    const result = new Map<string, Derivation>();
    for (const [index, id] of ids.entries()) {
        const derivation: Derivation = fresh.get(id) ?? { contract: cache[id]!.contract };
        if ("contract" in derivation)
            cache[id] = { key: keys[index], contract: derivation.contract };
        result.set(id, derivation);
    }
    if (stale.length > 0) writeCache(root, cache);
    return result;
}

/**
 * The derived contracts of the provider folders (workspace-relative) that have a committed
 * contract, for verify-provider to compare: a provider without one is left to `nx sync`, and a
 * host whose code cannot be run (no loader) has its providers' contracts not checked.
 */
export async function deriveCommittedContracts(
    root: string,
    pluginOptions: ResolvedPluginOptions,
    projectRoots: string[]
): Promise<Map<string, Derivation>> {
    const ids = projectRoots
        .filter((projectRoot) => fs.existsSync(path.join(root, projectRoot, CONTRACT_FILE)))
        .map((projectRoot) => path.posix.basename(projectRoot));
    if (ids.length === 0) return new Map();
    try {
        return await deriveContracts(root, pluginOptions, ids);
    } catch (error) {
        return new Map(ids.map((id) => [id, { error: (error as Error).message }]));
    }
}
