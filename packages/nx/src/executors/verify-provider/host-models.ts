import * as fs from "fs";
import * as path from "path";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import { HOST_FILE_CATALOG, parseHostFileText } from "../../host-files/catalog";
import { hostCategoryNames } from "../../model/categories";
import { findFixtureLoader } from "../../host-profile/host-profile";
import { fsHostReader } from "../../host-profile/host-reader";
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
 * Reads and parses every host file of the catalog once (the fixture loader only where the host
 * has the fixture system); a file that cannot be read carries why.
 */
export function loadHostModels(workspaceRoot: string, options: ResolvedPluginOptions): HostModels {
    const fixtureSystem = findFixtureLoader(fsHostReader(workspaceRoot), options) !== undefined;
    const files = Object.fromEntries(
        HOST_FILE_CATALOG.filter((entry) => entry.where === "always" || fixtureSystem).map(
            (entry) => [
                entry.key,
                readHostFile<unknown>(workspaceRoot, options[entry.option], (source, file) =>
                    parseHostFileText(entry, source, file)
                )
            ]
        )
    ) as Omit<HostModels, "categoryNames">;
    return {
        ...files,
        categoryNames: hostCategoryNames(files.registry.model, files.sharedProviders.model)
    };
}
