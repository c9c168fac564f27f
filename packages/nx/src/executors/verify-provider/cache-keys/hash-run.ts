import * as fs from "fs";
import * as path from "path";
import { HOST_FILE_CATALOG } from "../../../host-files/catalog";
import type { ResolvedPluginOptions } from "../../../config/plugin-options";
import { PLUGIN_CACHE_DIR } from "../cache-folder";
import {
    packageManifest,
    packageVersion,
    PLUGIN_ROOT,
    pluginCodeFingerprint
} from "./code-versions";
import { byCodeUnit, sha } from "./digest";
import { FileSystemView } from "./file-system-view";
import { HashMemo } from "./hash-memo";
import type { CompilerFacts } from "./hash-memo";
import type { HasherTypeScript } from "./hasher-typescript";

const TYPESCRIPT_SOURCE = /\.[cm]?tsx?$/;

/**
 * Whether an import specifier (`i:`/`t:`/`r:` as HasherTypeScript.importSpecifiers writes them)
 * names a package: not a path, not a package.json "imports" entry (`#...`, which the importing
 * file's own package decides).
 */
function isPackageImport(specifier: string): boolean {
    const name = specifier.slice(2);
    return specifier[0] !== "r" && !/^(\.|\/|#)/.test(name) && !path.isAbsolute(name);
}

/**
 * The hashing session of one run, shared by every task of it: the run's view of the file system,
 * the memo, and what it has computed (import closures, package scopes, the fixture system).
 */
export class HashRun {
    readonly view: FileSystemView;
    readonly memo: HashMemo;
    readonly pluginCode: string;
    private typescriptPart?: HasherTypeScript;
    private readonly closures = new Map<string, string>();
    private readonly scopes = new Map<string, string>();
    private fixtureSystemAnswer?: string;
    private readonly runValues = new Map<string, unknown>();
    /**
     * Versions that decide results: the workspace's TypeScript (the type check), the plugin's
     * (parses provider files for the rules; usually the same package) and tsgo.
     */
    readonly versions: { typescript: string[]; tsgo: string };

    constructor(
        root: string,
        readonly pluginOptions: ResolvedPluginOptions
    ) {
        this.view = new FileSystemView(root);
        this.versions = {
            typescript: [
                packageVersion("typescript", root),
                packageVersion("typescript", PLUGIN_ROOT)
            ],
            tsgo: packageVersion("@typescript/native-preview", root)
        };
        this.pluginCode = pluginCodeFingerprint();
        this.memo = new HashMemo(
            path.join(root, PLUGIN_CACHE_DIR, "hash-memo.json"),
            this.pluginCode
        );
    }

    get root(): string {
        return this.view.root;
    }

    /**
     * A value every task of the run reads alike (another executor's hasher: test-provider's
     * declared connections), computed by the first task that asks and kept for the run.
     */
    once<T>(name: string, compute: () => T): T {
        if (!this.runValues.has(name)) this.runValues.set(name, compute());
        return this.runValues.get(name) as T;
    }

    /** Loaded on the first question the memo cannot answer. */
    private typescript(): HasherTypeScript {
        if (!this.typescriptPart) {
            const { HasherTypeScript } =
                require("./hasher-typescript") as typeof import("./hasher-typescript");
            this.typescriptPart = new HasherTypeScript(this.view, this.pluginOptions);
        }
        return this.typescriptPart;
    }

    /** Every file of a provider folder (but node_modules) as `path:content-hash`, sorted. */
    providerFiles(projectRoot: string): string[] {
        const entries: string[] = [];
        const walk = (relative: string) => {
            const dir = path.join(this.root, projectRoot, relative);
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                const child = relative ? `${relative}/${entry.name}` : entry.name;
                if (entry.isDirectory()) {
                    if (entry.name !== "node_modules") walk(child);
                } else {
                    entries.push(`${child}:${this.view.contentHash(path.join(dir, entry.name))}`);
                }
            }
        };
        walk("");
        return entries.sort(byCodeUnit);
    }

    /** The files directly in a workspace folder as `name:content-hash`, sorted; none when it is missing. */
    private folderFiles(folder: string): string[] {
        const dir = path.join(this.root, folder);
        let entries: fs.Dirent[];
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        } catch {
            return [];
        }
        return entries
            .filter((entry) => entry.isFile())
            .map((entry) => `${entry.name}:${this.view.contentHash(path.join(dir, entry.name))}`)
            .sort(byCodeUnit);
    }

    private compiler(): CompilerFacts & { tsconfig: string } {
        const tsconfig = path.join(this.root, this.pluginOptions.backendTsConfig);
        // The TypeScript that type-checks (the workspace's) decides the options' meaning.
        const typescriptManifest = packageManifest("typescript", this.root);
        const key = sha(
            this.view.key(tsconfig),
            typescriptManifest ? this.view.key(typescriptManifest) : "",
            typescriptManifest ? this.view.contentHash(typescriptManifest) : ""
        );
        return {
            tsconfig,
            ...this.memo.compiler(key, this.view, (probes) =>
                this.typescript().compilerFacts(tsconfig, probes)
            )
        };
    }

    /**
     * The nearest folder, `directory` itself included, that holds a node_modules folder or a
     * package.json. A package import resolves there as it does in `directory`: the folders in
     * between have neither, so TypeScript's lookup passes them by (the scope itself is looked up
     * afresh on every run). One resolution per scope instead of one per folder: on FlowMaestro a
     * third fewer file-system facts to record and to check on warm runs.
     */
    private packageScope(directory: string): string {
        let scope = this.scopes.get(directory);
        if (scope === undefined) {
            const holds = (op: string, name: string) =>
                this.view.fact(`${op}:${this.view.key(path.join(directory, name))}`) === "true";
            const parent = path.dirname(directory);
            scope =
                holds("d", "node_modules") || holds("f", "package.json") || parent === directory
                    ? directory
                    : this.packageScope(parent);
            this.scopes.set(directory, scope);
        }
        return scope;
    }

    /**
     * Hash of the import closure of `roots` (absolute): workspace files by path and content,
     * packages by name and version, unresolved imports by specifier.
     */
    closureHash(roots: string[]): string {
        const compiler = this.compiler();
        const cacheKey = roots.join("\0");
        const known = this.closures.get(cacheKey);
        if (known) return known;
        const seen = new Set<string>();
        const entries = new Set<string>(compiler.typePackages.map((id) => `types:${id}`));
        const pending = [...roots, ...compiler.typeFiles.map((key) => this.view.absolute(key))];
        while (pending.length > 0) {
            const file = pending.pop()!;
            const key = this.view.key(file);
            if (seen.has(key)) continue;
            seen.add(key);
            const contentHash = this.view.contentHash(file);
            // A file outside the workspace counts by content only: its path differs per machine.
            entries.add(`${FileSystemView.isOutside(key) ? "<outside>" : key}:${contentHash}`);
            const text = this.view.text(file);
            if (text === undefined || !TYPESCRIPT_SOURCE.test(file)) continue;
            const specifiers = this.memo.specifiers(contentHash, () =>
                this.typescript().importSpecifiers(text)
            );
            for (const specifier of specifiers) {
                // Resolved from the file's folder, or a package import from its package scope.
                const from = isPackageImport(specifier)
                    ? this.packageScope(path.dirname(file))
                    : path.dirname(file);
                const target = this.memo.resolution(
                    sha(compiler.fingerprint, this.view.key(from), specifier),
                    this.view,
                    (probes) =>
                        this.typescript().resolve(
                            specifier,
                            path.join(from, "__flowmaestro_nx_import__.ts"),
                            compiler.tsconfig,
                            probes
                        )
                );
                if (target.startsWith("file:")) pending.push(this.view.absolute(target.slice(5)));
                else if (target.startsWith("package:")) entries.add(target.slice(8));
                else entries.add(`unresolved:${specifier}`);
            }
        }
        const value = sha(compiler.fingerprint, ...[...entries].sort(byCodeUnit));
        this.closures.set(cacheKey, value);
        return value;
    }

    /**
     * The fixture system's detection, remembered by the content of the files it reads (the fixtures
     * folder's own files, the loader's among them): one answer per run.
     */
    private fixtureSystem(): string {
        this.fixtureSystemAnswer ??= this.memo.registration(
            sha(
                "fixture system",
                this.view.contentHash(path.join(this.root, this.pluginOptions.fixtureLoaderFile)),
                ...this.folderFiles(this.pluginOptions.fixturesDir)
            ),
            () => this.typescript().fixtureSystem()
        );
        return this.fixtureSystemAnswer;
    }

    /** Hash of the provider's registration slices and diagnostics (see HasherTypeScript). */
    registrationHash(projectRoot: string, providerFilesHash: string): string {
        // Keyed by every host file of the catalog, and the provider's files.
        const crossCutting = HOST_FILE_CATALOG.map(({ option }) => option)
            .sort(byCodeUnit)
            .map(
                (option) =>
                    `${option}:${this.view.contentHash(path.join(this.root, this.pluginOptions[option]))}`
            );
        return this.memo.registration(
            sha(
                JSON.stringify(this.pluginOptions),
                projectRoot,
                providerFilesHash,
                ...crossCutting,
                // Which registrations exist at all: the fixture loader's only with a TestFixture.
                this.fixtureSystem(),
                // The parser of the files read.
                ...this.versions.typescript
            ),
            () => this.typescript().registrationDigest(projectRoot)
        );
    }
}

/** Workspace-relative TypeScript sources of a provider folder, from its `path:hash` entries. */
export function typeScriptSources(providerFiles: string[]): string[] {
    return providerFiles
        .map((entry) => entry.slice(0, entry.lastIndexOf(":")))
        .filter((file) => TYPESCRIPT_SOURCE.test(file));
}
