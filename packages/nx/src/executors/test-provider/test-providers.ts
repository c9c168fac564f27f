import * as path from "path";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import { findFixtureSystem } from "../../host-profile/host-profile";
import { fsHostReader } from "../../host-profile/host-reader";
import { analyzeProviderFolder, readProviderSources } from "../../provider-source/provider-folder";
import { runRules } from "../verify-provider/run-rules";
import { sortDiagnostics } from "../verify-provider/verify";
import type { ProviderReport } from "../verify-provider/verify";
import { coverageNote } from "./coverage";
import { readDeclaredConnections } from "./declared-connection";
import { findHostLoader } from "./probe/loader";
import { runProbe } from "./probe/run-probe";
import { RUNTIME_RULES } from "./rules";

/**
 * Tests provider folders (workspace-relative) by running their own code in one probe process,
 * then checks what it observed. Reports are in the order of `dirs`.
 */
export async function testProviders(
    workspaceRoot: string,
    pluginOptions: ResolvedPluginOptions,
    dirs: string[],
    options: { operationTimeout: number }
): Promise<ProviderReport[]> {
    const fixtureModule = findFixtureSystem(
        fsHostReader(workspaceRoot),
        pluginOptions
    )?.fixtureModule;
    const providers = dirs.map((dir) =>
        analyzeProviderFolder(readProviderSources(workspaceRoot, dir, { fixtureModule }))
    );
    const declaredConnection = readDeclaredConnections(
        workspaceRoot,
        pluginOptions.sharedProvidersFile
    );
    const tsconfig = path.join(workspaceRoot, pluginOptions.backendTsConfig);
    const backendDir = path.dirname(tsconfig);
    const observations = await runProbe(
        {
            loader: findHostLoader(backendDir),
            tsconfig,
            operationTimeout: options.operationTimeout,
            providers: providers.map(({ sources, providerFile, providerClass }) => ({
                id: sources.id,
                providerFile: path.join(workspaceRoot, sources.workspacePath(providerFile ?? "")),
                className: providerClass?.className?.value,
                fixturesFile:
                    fixtureModule !== undefined && sources.has(fixtureModule)
                        ? path.join(workspaceRoot, sources.workspacePath(fixtureModule))
                        : undefined,
                declaredConnection: declaredConnection(sources.id)
            }))
        },
        // The host runs its backend from there (tsx finds the backend tsconfig from it).
        backendDir
    );
    return providers.map((provider, index) => ({
        id: provider.sources.id,
        diagnostics: sortDiagnostics(
            runRules(RUNTIME_RULES, { provider, observed: observations[index] })
        ),
        note: coverageNote(observations[index])
    }));
}
