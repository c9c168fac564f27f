import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { workspaceRoot } from "@nx/devkit";
import type { CustomHasher, HasherContext, Task } from "@nx/devkit";
import type * as ts from "typescript";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import { analyzeProviderFolder, readProviderSources } from "../../provider-source/provider-folder";
import type { ProviderSources } from "../../provider-source/provider-folder";
import { loadHostModels } from "./host-models";
import { normalizeVerifyOptions, projectRootOf } from "./options";
import { sliceRegistration } from "./registration-slice";
import type { HostModels } from "./registration-slice";
import { REGISTRATION_RULES } from "./rules";
import { runRules } from "./run-rules";
import { loadTypeScript } from "./typecheck";

/**
 * Custom cache hasher for verify-provider. The result of a task depends on exactly:
 * - the provider folder's files (every rule but the registration ones reads only these);
 * - for the type check: every file in the import closure of the provider's files (what the
 *   program rooted at them reads), the versions of the packages and type packages it resolves to,
 *   the compiler options and the TypeScript version;
 * - the registration diagnostics, which are a pure function of this provider's slices of the
 *   cross-cutting files (its registry entry, OAuth entry, config key, map entries, shared element,
 *   secrets) — so editing another provider's entries leaves this hash unchanged;
 * - the executor options, the plugin options and the plugin version.
 * Shared work (cross-cutting files, per-file hashes and resolutions) is done once per run.
 */

const PLUGIN_VERSION = (() => {
    try {
        return (
            JSON.parse(fs.readFileSync(path.join(__dirname, "../../../package.json"), "utf8")) as {
                version: string;
            }
        ).version;
    } catch {
        return "unknown";
    }
})();

function sha(...parts: string[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex");
}

interface FileRecord {
    hash: string;
    /** Absolute files it imports (resolved inside the workspace, not through packages). */
    imports: string[];
    /** `name@version` of the packages it resolves into, and unresolved specifiers. */
    externals: string[];
}

/** Per-run state shared by every task of the run. */
class RunState {
    private hosts?: HostModels;
    private readonly files = new Map<string, FileRecord>();
    private compiler?: {
        typescript: typeof ts;
        options: ts.CompilerOptions;
        host: ts.ModuleResolutionHost;
        cache: ts.ModuleResolutionCache;
        fingerprint: string;
    };

    constructor(
        readonly workspaceRoot: string,
        readonly pluginOptions: ResolvedPluginOptions
    ) {}

    hostModels(): HostModels {
        return (this.hosts ??= loadHostModels(this.workspaceRoot, this.pluginOptions));
    }

    private compilerState() {
        if (this.compiler) return this.compiler;
        const typescript = loadTypeScript(this.workspaceRoot);
        const configPath = path.join(this.workspaceRoot, this.pluginOptions.backendTsConfig);
        const read = typescript.readConfigFile(configPath, typescript.sys.readFile);
        const parsed = typescript.parseJsonConfigFileContent(
            read.config ?? {},
            typescript.sys,
            path.dirname(configPath),
            undefined,
            configPath
        );
        const host: ts.ModuleResolutionHost = typescript.sys;
        const cache = typescript.createModuleResolutionCache(
            path.dirname(configPath),
            (file) => file,
            parsed.options
        );
        // Automatic type packages (`types`, or every @types package) are part of every program.
        const typePackages = typescript
            .getAutomaticTypeDirectiveNames(parsed.options, host)
            .map((name) => {
                const resolved = typescript.resolveTypeReferenceDirective(
                    name,
                    configPath,
                    parsed.options,
                    host
                ).resolvedTypeReferenceDirective;
                return `${name}@${resolved?.packageId?.version ?? resolved?.resolvedFileName ?? "unresolved"}`;
            });
        const fingerprint = sha(
            typescript.version,
            JSON.stringify(read.config ?? null),
            JSON.stringify(parsed.options),
            JSON.stringify(
                read.error
                    ? typescript.flattenDiagnosticMessageText(read.error.messageText, "\n")
                    : ""
            ),
            ...typePackages
        );
        this.compiler = { typescript, options: parsed.options, host, cache, fingerprint };
        return this.compiler;
    }

    private fileRecord(file: string): FileRecord {
        const known = this.files.get(file);
        if (known) return known;
        const { typescript, options, host, cache } = this.compilerState();
        let content: string;
        try {
            content = fs.readFileSync(file, "utf8");
        } catch {
            const missing = { hash: "missing", imports: [], externals: [] };
            this.files.set(file, missing);
            return missing;
        }
        const record: FileRecord = { hash: sha(content), imports: [], externals: [] };
        this.files.set(file, record);
        if (!/\.[cm]?tsx?$/.test(file)) return record;
        const info = typescript.preProcessFile(content, true, true);
        for (const reference of info.referencedFiles) {
            record.imports.push(path.resolve(path.dirname(file), reference.fileName));
        }
        for (const directive of info.typeReferenceDirectives) {
            const resolved = typescript.resolveTypeReferenceDirective(
                directive.fileName,
                file,
                options,
                host
            ).resolvedTypeReferenceDirective;
            record.externals.push(
                `types:${directive.fileName}@${resolved?.packageId?.version ?? resolved?.resolvedFileName ?? "unresolved"}`
            );
        }
        for (const imported of info.importedFiles) {
            const resolved = typescript.resolveModuleName(
                imported.fileName,
                file,
                options,
                host,
                cache
            ).resolvedModule;
            if (!resolved) {
                record.externals.push(`unresolved:${imported.fileName}`);
            } else if (resolved.isExternalLibraryImport) {
                const id = resolved.packageId;
                record.externals.push(
                    id ? `${id.name}@${id.version}` : `external:${resolved.resolvedFileName}`
                );
            } else {
                record.imports.push(resolved.resolvedFileName);
            }
        }
        return record;
    }

    /** Hash of the import closure of `roots` (workspace files by content, packages by version). */
    closureHash(roots: string[]): string {
        const seen = new Set<string>();
        const pending = [...roots];
        const entries: string[] = [];
        while (pending.length > 0) {
            const file = pending.pop()!;
            if (seen.has(file)) continue;
            seen.add(file);
            const record = this.fileRecord(file);
            entries.push(`${path.relative(this.workspaceRoot, file)}:${record.hash}`);
            entries.push(...record.externals);
            pending.push(...record.imports);
        }
        return sha(this.compilerState().fingerprint, ...[...new Set(entries)].sort());
    }
}

const runs = new WeakMap<object, RunState>();

function runState(context: HasherContext): RunState {
    const key = context.taskGraph as object | undefined;
    const known = key ? runs.get(key) : undefined;
    if (known) return known;
    const state = new RunState(workspaceRoot, pluginOptionsFromNxJson(context.nxJsonConfiguration));
    if (key) runs.set(key, state);
    return state;
}

/** Version of the native compiler package, which decides tsgo's diagnostics. */
function tsgoVersion(root: string): string {
    try {
        const manifest = require.resolve("@typescript/native-preview/package.json", {
            paths: [root]
        });
        return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
    } catch {
        return "missing";
    }
}

function filesHash(sources: ProviderSources): string {
    return sha(...[...sources.files.entries()].sort(([a], [b]) => a.localeCompare(b)).flat());
}

export const verifyProviderHasher: CustomHasher = async (task: Task, context: HasherContext) => {
    const state = runState(context);
    const project = context.projectsConfigurations.projects[task.target.project];
    const target = project?.targets?.[task.target.target];
    const options = normalizeVerifyOptions({
        ...(target?.options ?? {}),
        ...(task.target.configuration
            ? (target?.configurations?.[task.target.configuration] ?? {})
            : {}),
        ...task.overrides
    });
    const sources = readProviderSources(
        state.workspaceRoot,
        projectRootOf(context, task.target.project)
    );
    const provider = analyzeProviderFolder(sources);
    const slice = sliceRegistration(sources.id, provider.providerClass, state.hostModels());
    const diagnostics = runRules(REGISTRATION_RULES, { provider, registration: slice });
    const nodes: Record<string, string> = {
        "provider files": filesHash(sources),
        // The slices without positions (another provider's entry inserted above this one's moves it
        // but changes nothing), plus the registration diagnostics, whose positions are printed.
        "cross-cutting slices": sha(
            JSON.stringify(slice, (key, value: unknown) =>
                key === "position" || key === "line" ? undefined : value
            ),
            JSON.stringify(diagnostics)
        ),
        options: sha(
            JSON.stringify(options),
            JSON.stringify(state.pluginOptions),
            PLUGIN_VERSION,
            options.typecheck && options.compiler === "tsgo" ? tsgoVersion(state.workspaceRoot) : ""
        )
    };
    if (options.typecheck) {
        nodes["import closure"] = state.closureHash(
            sources
                .typeScriptFiles()
                .map((file) => path.join(state.workspaceRoot, sources.workspacePath(file)))
        );
    }
    const value = sha(...Object.entries(nodes).flat());
    return { value, details: { command: `verify-provider ${sources.id}`, nodes } };
};

export default verifyProviderHasher;
