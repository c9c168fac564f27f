import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import { parseConfigFile } from "../../host-files/config-file";
import { parseFixtureLoaderFile } from "../../host-files/fixture-loader-file";
import { findFixtureSystem } from "../../host-profile/host-profile";
import { fsHostReader } from "../../host-profile/host-reader";
import { parseOAuthRegistryFile } from "../../host-files/oauth-registry-file";
import { parsePulumiFile } from "../../host-files/pulumi-file";
import { parseRegistryFile } from "../../host-files/registry-file";
import { parseSharedProvidersFile } from "../../host-files/shared-providers-file";
import type { HostFile, HostModels } from "./registration-slice";

function readHostFile<T>(
    workspaceRoot: string,
    file: string,
    parse: (source: string, fileName: string) => T
): HostFile<T> {
    let source: string;
    try {
        source = fs.readFileSync(path.join(workspaceRoot, file), "utf8");
    } catch {
        return {
            file,
            error: `${file} does not exist (check the plugin's path options in nx.json).`
        };
    }
    try {
        return { file, model: parse(source, file) };
    } catch (error) {
        return { file, error: error instanceof Error ? error.message : String(error) };
    }
}

/**
 * Reads and parses the cross-cutting files once (five, and the fixture loader where the host has
 * the fixture system); a file that cannot be read carries why.
 */
export function loadHostModels(workspaceRoot: string, options: ResolvedPluginOptions): HostModels {
    const fixtures = findFixtureSystem(fsHostReader(workspaceRoot), options);
    return {
        fixtureLoader: fixtures
            ? readHostFile(workspaceRoot, fixtures.loaderFile, parseFixtureLoaderFile)
            : undefined,
        registry: readHostFile(workspaceRoot, options.registryFile, parseRegistryFile),
        oauthRegistry: readHostFile(
            workspaceRoot,
            options.oauthRegistryFile,
            parseOAuthRegistryFile
        ),
        config: readHostFile(workspaceRoot, options.configFile, parseConfigFile),
        sharedProviders: readHostFile(
            workspaceRoot,
            options.sharedProvidersFile,
            parseSharedProvidersFile
        ),
        pulumi: readHostFile(workspaceRoot, options.pulumiFile, parsePulumiFile)
    };
}
