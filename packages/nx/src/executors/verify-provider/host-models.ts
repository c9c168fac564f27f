import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import { hostCategoryNames } from "../../model/categories";
import { parseConfigFile } from "../../host-files/config-file";
import { parseFixtureLoaderFile } from "../../host-files/fixture-loader-file";
import { findFixtureLoader } from "../../host-profile/host-profile";
import { fsHostReader } from "../../host-profile/host-reader";
import { parseOAuthRegistryFile } from "../../host-files/oauth-registry-file";
import { parseOAuthServiceFile } from "../../host-files/oauth-service-file";
import { parsePulumiFile } from "../../host-files/pulumi-file";
import { parseRegistryFile } from "../../host-files/registry-file";
import { parseSharedProvidersFile } from "../../host-files/shared-providers-file";
import { FileProblemError } from "../../utils/errors";
import { decodeUtf8 } from "../../utils/utf8";
import type { HostFile, HostModels } from "./registration-slice";

function readHostFile<T>(
    workspaceRoot: string,
    file: string,
    parse: (source: string, fileName: string) => T
): HostFile<T> {
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(path.join(workspaceRoot, file));
    } catch {
        return {
            file,
            error: "the file does not exist (set its path in the @flowmaestro/nx plugin options in nx.json if it lives elsewhere)"
        };
    }
    return parseHostFile(file, bytes, parse);
}

/** A host file's bytes parsed: its model, or why (and where) it cannot be read. */
export function parseHostFile<T>(
    file: string,
    bytes: Uint8Array,
    parse: (source: string, fileName: string) => T
): HostFile<T> {
    try {
        // Strictly decoded, as the registrar reads it: a file it refuses cannot be checked either.
        return { file, model: parse(decodeUtf8(bytes, file), file) };
    } catch (error) {
        if (error instanceof FileProblemError) {
            return { file, error: error.reason, position: error.position };
        }
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
    const fixtureLoader = findFixtureLoader(fsHostReader(workspaceRoot), options);
    const registry = read(options.registryFile, parseRegistryFile);
    const sharedProviders = read(options.sharedProvidersFile, parseSharedProvidersFile);
    return {
        fixtureLoader: fixtureLoader ? read(fixtureLoader, parseFixtureLoaderFile) : undefined,
        registry,
        oauthRegistry: read(options.oauthRegistryFile, parseOAuthRegistryFile),
        config: read(options.configFile, parseConfigFile),
        sharedProviders,
        pulumi: read(options.pulumiFile, parsePulumiFile),
        oauthService: read(options.oauthServiceFile, parseOAuthServiceFile),
        categoryNames: hostCategoryNames(registry.model, sharedProviders.model)
    };
}
