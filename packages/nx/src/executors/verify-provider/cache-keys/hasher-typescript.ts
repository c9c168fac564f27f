import * as path from "path";
import type * as ts from "typescript";
import type { ResolvedPluginOptions } from "../../../config/plugin-options";
import { findFixtureSystem } from "../../../host-profile/host-profile";
import { fsHostReader } from "../../../host-profile/host-reader";
import {
    analyzeProviderFolder,
    readProviderSources
} from "../../../provider-source/provider-folder";
import { loadHostModels } from "../host-models";
import { sliceRegistration } from "../registration-slice";
import type { HostModels } from "../registration-slice";
import { REGISTRATION_RULES } from "../rules";
import { runRules } from "../run-rules";
import { loadTypeScript, NO_INPUTS } from "../typecheck/host-typescript";
import { byCodeUnit, sha } from "./digest";
import { FileSystemView } from "./file-system-view";
import type { Probes } from "./file-system-view";
import type { CompilerFacts } from "./hash-memo";

/**
 * The part of the cache hasher that needs TypeScript: loaded only when the memo (hash-memo.ts)
 * cannot answer, because loading it costs more than everything else the hasher does.
 */

/**
 * The value with the workspace root replaced by "." in every string (parsed compiler options and
 * messages hold absolute paths) and object keys sorted, so that it reads the same in every clone.
 */
export function machineIndependent(value: unknown, roots: readonly string[]): unknown {
    if (typeof value === "string") {
        return roots.reduce(
            (text, root) => text.split(`${root}${path.sep}`).join("").split(root).join("."),
            value
        );
    }
    if (Array.isArray(value)) return value.map((item) => machineIndependent(item, roots));
    if (value && typeof value === "object") {
        return Object.fromEntries(
            Object.keys(value)
                .sort(byCodeUnit)
                .map((key) => [
                    key,
                    machineIndependent((value as Record<string, unknown>)[key], roots)
                ])
        );
    }
    return value;
}

export class HasherTypeScript {
    private readonly typescript: typeof ts;
    private hostModels?: HostModels;
    private readonly configs = new Map<string, ts.ParsedCommandLine>();
    private readonly options = new Map<string, ts.CompilerOptions>();

    constructor(
        private readonly view: FileSystemView,
        private readonly pluginOptions: ResolvedPluginOptions
    ) {
        this.typescript = loadTypeScript(view.root);
    }

    private parseConfig(tsconfig: string, probes: Probes): ts.ParsedCommandLine {
        const host = this.view.recordingHost(probes);
        const read = this.typescript.readConfigFile(tsconfig, host.readFile);
        const parsed = this.typescript.parseJsonConfigFileContent(
            read.config ?? {},
            host,
            path.dirname(tsconfig),
            undefined,
            tsconfig
        );
        if (read.error) parsed.errors.push(read.error);
        return parsed;
    }

    /** The compiler options that decide diagnostics, and the type packages every program holds. */
    compilerFacts(tsconfig: string, probes: Probes): CompilerFacts {
        const typescript = this.typescript;
        const parsed = this.parseConfig(tsconfig, probes);
        this.configs.set(tsconfig, parsed);
        const host = this.view.recordingHost(probes);
        const typePackages: string[] = [];
        const typeFiles: string[] = [];
        const names =
            parsed.options.types ?? typescript.getAutomaticTypeDirectiveNames(parsed.options, host);
        for (const name of names) {
            const resolved = typescript.resolveTypeReferenceDirective(
                name,
                tsconfig,
                parsed.options,
                host
            ).resolvedTypeReferenceDirective;
            const file = resolved?.resolvedFileName;
            if (resolved?.packageId && !(file && this.isWorkspaceSource(file, probes))) {
                typePackages.push(`${name}@${resolved.packageId.version}`);
            } else if (file) {
                typeFiles.push(this.view.key(file));
            } else {
                typePackages.push(`${name}@unresolved`);
            }
        }
        const errors = parsed.errors
            .filter((error) => error.code !== NO_INPUTS)
            .map((error) => typescript.flattenDiagnosticMessageText(error.messageText, "\n"));
        const fingerprint = sha(
            typescript.version,
            JSON.stringify(
                machineIndependent(
                    {
                        options: parsed.options,
                        projectReferences: parsed.projectReferences ?? [],
                        errors
                    },
                    [this.view.root, this.view.realRoot]
                )
            ),
            ...typePackages.sort(byCodeUnit),
            ...typeFiles.sort(byCodeUnit)
        );
        return { fingerprint, typePackages, typeFiles };
    }

    /** `i:<module>`, `t:<type reference>`, `r:<path reference>` for every import of a file. */
    importSpecifiers(text: string): string[] {
        const info = this.typescript.preProcessFile(text, true, true);
        return [
            ...info.importedFiles.map((file) => `i:${file.fileName}`),
            ...info.typeReferenceDirectives.map((file) => `t:${file.fileName}`),
            ...info.referencedFiles.map((file) => `r:${file.fileName}`)
        ];
    }

    /**
     * Where an import of `containingFile` leads: `file:<key>` (a file whose content and imports
     * count; a workspace package linked into node_modules too), `package:<name>@<version>` (an
     * installed package), or `none`. `probes` receives every file-system fact the
     * resolution looked at. No resolution cache: a cached answer would not look again, and so
     * would not record what it depends on.
     */
    resolve(specifier: string, containingFile: string, tsconfig: string, probes: Probes): string {
        const typescript = this.typescript;
        const kind = specifier.slice(0, 1);
        const name = specifier.slice(2);
        if (kind === "r")
            return `file:${this.view.key(path.resolve(path.dirname(containingFile), name))}`;
        let options = this.options.get(tsconfig);
        if (!options) {
            options = (this.configs.get(tsconfig) ?? this.parseConfig(tsconfig, {})).options;
            this.options.set(tsconfig, options);
        }
        const host = this.view.recordingHost(probes);
        const resolved =
            kind === "t"
                ? typescript.resolveTypeReferenceDirective(name, containingFile, options, host)
                      .resolvedTypeReferenceDirective
                : typescript.resolveModuleName(name, containingFile, options, host).resolvedModule;
        if (!resolved?.resolvedFileName) return "none";
        if (
            resolved.isExternalLibraryImport &&
            resolved.packageId &&
            !this.isWorkspaceSource(resolved.resolvedFileName, probes)
        ) {
            return `package:${resolved.packageId.name}@${resolved.packageId.version}`;
        }
        return `file:${this.view.key(resolved.resolvedFileName)}`;
    }

    /**
     * Whether a file that resolved into a package is the workspace's own source: a workspace
     * package that npm links into node_modules (`node_modules/@flowmaestro/shared ->
     * ../../shared`) has a name and a version, but its files change without its version.
     */
    private isWorkspaceSource(file: string, probes: Probes): boolean {
        const real = this.view.key(this.view.recordingHost(probes).realpath(file));
        return !FileSystemView.isOutside(real) && !real.split("/").includes("node_modules");
    }

    /** The host's fixture system as the verifier detects it (see findFixtureSystem), or "none". */
    fixtureSystem(): string {
        return JSON.stringify(
            findFixtureSystem(fsHostReader(this.view.root), this.pluginOptions) ?? "none"
        );
    }

    /**
     * Hash of the provider's slices of the cross-cutting files (without positions: an entry moved
     * by another provider's insertion above it changes nothing) and of its registration
     * diagnostics, whose printed positions do count.
     */
    registrationDigest(projectRoot: string): string {
        this.hostModels ??= loadHostModels(this.view.root, this.pluginOptions);
        const sources = readProviderSources(this.view.root, projectRoot);
        const provider = analyzeProviderFolder(sources);
        const slice = sliceRegistration(sources.id, provider.providerClass, this.hostModels);
        const diagnostics = runRules(REGISTRATION_RULES, { provider, registration: slice });
        return sha(
            JSON.stringify(slice, (key, value: unknown) =>
                key === "position" || key === "line" ? undefined : value
            ),
            JSON.stringify(diagnostics)
        );
    }
}
