import type { ResolvedPluginOptions } from "../../config/plugin-options";
import type { Derivation } from "../../contracts/contract-file";
import { analyzeProviderFolder, readProviderSources } from "../../provider-source/provider-folder";
import type { ProviderFolderFacts } from "../../provider-source/provider-folder";
import { loadHostModels } from "./host-models";
import { sliceRegistration } from "./registration-slice";
import type { HostModels } from "./registration-slice";
import { ALL_RULES } from "./rules";
import { runRules } from "./run-rules";
import type { Diagnostic } from "./rule";
import { typecheckProviders } from "./typecheck";
import type { Compiler, TypecheckResult } from "./typecheck";
import { typecheckWithResultCache } from "./typecheck/result-cache";

export interface ProviderReport {
    id: string;
    diagnostics: Diagnostic[];
    /** What the run covered, closing the provider's summary line (test-provider: how many cases ran). */
    note?: string;
}

export interface VerifyRunOptions {
    typecheck: boolean;
    compiler: Compiler;
    /**
     * Reuse earlier type checks: a provider's diagnostics while its import closure is unchanged,
     * and the type checker's build info for the files that did change.
     */
    incremental?: boolean;
    /** The contracts the providers' code implies, by provider id (the contract rules need them). */
    derivedContracts?: Map<string, Derivation>;
}

/** The rule diagnostics of one provider folder, given the run's cross-cutting files. */
export function checkProvider(
    provider: ProviderFolderFacts,
    hosts: HostModels,
    derivedContract?: Derivation
): Diagnostic[] {
    const registration = sliceRegistration(provider.sources.id, provider.providerClass, hosts);
    return runRules(ALL_RULES, { provider, registration, derivedContract });
}

const SEVERITY_ORDER = { error: 0, warning: 1 };

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort(
        (a, b) =>
            SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
            (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
            a.line - b.line ||
            a.column - b.column
    );
}

/**
 * Verifies provider folders (workspace-relative) with one read of the cross-cutting files and one
 * type-check program for all of them (those whose earlier result still holds excepted). Reports
 * are in the order of `dirs`.
 */
export function verifyProviders(
    workspaceRoot: string,
    pluginOptions: ResolvedPluginOptions,
    dirs: string[],
    options: VerifyRunOptions
): ProviderReport[] {
    const hosts = loadHostModels(workspaceRoot, pluginOptions);
    // The rules read the type-check program's parse of the provider files instead of parsing
    // them again; the folders are read first because the program is rooted at their files.
    let parsedByProgram: TypecheckResult["sourceFile"];
    const folders = dirs.map((dir) =>
        readProviderSources(workspaceRoot, dir, {
            parsedElsewhere: (file) => parsedByProgram?.(file),
            fixtureModule: hosts.fixtureLoader?.model?.fixtureModule
        })
    );
    const targets = folders.map((sources) => ({
        id: sources.id,
        dir: sources.dir,
        files: sources.typeScriptFiles().map((file) => sources.workspacePath(file))
    }));
    const types = !options.typecheck
        ? undefined
        : (options.incremental ?? true)
          ? typecheckWithResultCache(workspaceRoot, pluginOptions, targets, options.compiler)
          : typecheckProviders(
                workspaceRoot,
                pluginOptions.backendTsConfig,
                targets,
                options.compiler,
                false
            );
    parsedByProgram = types?.sourceFile;
    const providers = folders.map(analyzeProviderFolder);
    return providers.map((provider) => ({
        id: provider.sources.id,
        diagnostics: sortDiagnostics([
            ...checkProvider(provider, hosts, options.derivedContracts?.get(provider.sources.id)),
            ...(types?.diagnostics.get(provider.sources.id) ?? [])
        ])
    }));
}
