import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import { hostCategoryNames } from "../../model/categories";
import { parseConfigFile } from "../../host-files/config-file";
import { parseFixtureLoaderFile } from "../../host-files/fixture-loader-file";
import { findFixtureSystem } from "../../host-profile/host-profile";
import { fsHostReader } from "../../host-profile/host-reader";
import { parseOAuthRegistryFile } from "../../host-files/oauth-registry-file";
import { parseOAuthServiceFile } from "../../host-files/oauth-service-file";
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
 * Reads and parses the cross-cutting files once (five, the OAuth service, and the fixture loader
 * where the host has the fixture system); a file that cannot be read carries why.
 */
export function loadHostModels(workspaceRoot: string, options: ResolvedPluginOptions): HostModels {
    const read = <T>(file: string, parse: (source: string, fileName: string) => T) =>
        readHostFile(workspaceRoot, file, parse);
    const fixtures = findFixtureSystem(fsHostReader(workspaceRoot), options);
    const registry = read(options.registryFile, parseRegistryFile);
    const sharedProviders = read(options.sharedProvidersFile, parseSharedProvidersFile);
    return {
        fixtureLoader: fixtures ? read(fixtures.loaderFile, parseFixtureLoaderFile) : undefined,
        registry,
        oauthRegistry: read(options.oauthRegistryFile, parseOAuthRegistryFile),
        config: read(options.configFile, parseConfigFile),
        sharedProviders,
        pulumi: read(options.pulumiFile, parsePulumiFile),
        oauthService: read(options.oauthServiceFile, parseOAuthServiceFile),
        categoryNames: hostCategoryNames(registry.model, sharedProviders.model)
    };
}
