import * as path from "path";
import { formatFiles, logger, readNxJson, updateNxJson, writeJson, type Tree } from "@nx/devkit";
import type { NxJsonConfiguration } from "@nx/devkit";
import {
    PATH_OPTIONS,
    DEFAULT_PLUGIN_OPTIONS,
    PLUGIN_NAME,
    type FlowmaestroPluginOptions
} from "../../config/plugin-options";
import { CONTRACTS_SYNC_GENERATOR } from "../../contracts/contract-file";
import { HOST_FILE_CATALOG } from "../../host-files/catalog";
import type { InitGeneratorSchema } from "./schema";

export const SYNC_GENERATOR = `${PLUGIN_NAME}:sync-registrations`;

interface DetectedPath {
    option: (typeof PATH_OPTIONS)[number];
    what: string;
    /** Text that tells the file from others of its name. */
    marker?: RegExp;
}

/** Path options whose default file or folder init checks: the folders, and the host files it can tell apart. */
const DETECTED_PATHS: DetectedPath[] = [
    { option: "providersDir", what: "providers folder" },
    ...HOST_FILE_CATALOG.flatMap((entry) =>
        entry.detect ? [{ option: entry.option, what: entry.role, marker: entry.detect }] : []
    ),
    { option: "backendTsConfig", what: "backend tsconfig" },
    { option: "coreDir", what: "core integration types" }
];

const SKIPPED_FOLDERS = new Set(["node_modules", ".git", ".nx", "dist", "build", "coverage"]);
const SEARCH_DEPTH = 6;

/** Workspace paths whose last segment is `name` (files or folders), breadth-first, shallow. */
function findByName(tree: Tree, name: string): string[] {
    const found: string[] = [];
    let level = ["."];
    for (let depth = 0; depth < SEARCH_DEPTH && level.length > 0; depth++) {
        const next: string[] = [];
        for (const dir of level) {
            for (const child of tree.children(dir)) {
                if (SKIPPED_FOLDERS.has(child)) continue;
                const full = dir === "." ? child : `${dir}/${child}`;
                if (child === name) found.push(full);
                if (!tree.isFile(full)) next.push(full);
            }
        }
        level = next;
    }
    return found;
}

/**
 * The plugin options this workspace needs: only paths whose default is missing and whose file is
 * found exactly once elsewhere (by name, and by content where the name is common). Paths found
 * nowhere, or in several places, are left to the user with a warning.
 */
export function detectPluginOptions(tree: Tree): FlowmaestroPluginOptions {
    const options: FlowmaestroPluginOptions = {};
    for (const { option, what, marker } of DETECTED_PATHS) {
        const defaultPath = DEFAULT_PLUGIN_OPTIONS[option] as string;
        if (tree.exists(defaultPath)) continue;
        const candidates = findByName(tree, path.posix.basename(defaultPath)).filter(
            (candidate) =>
                !marker ||
                (tree.isFile(candidate) && marker.test(tree.read(candidate, "utf-8") ?? ""))
        );
        if (candidates.length === 1) {
            options[option] = candidates[0];
            logger.info(
                `${what}: found at ${candidates[0]} (not ${defaultPath}); set "${option}".`
            );
        } else {
            logger.warn(
                `${what}: not found at ${defaultPath}${candidates.length > 1 ? ` (candidates: ${candidates.join(", ")})` : ""}. Set "${option}" on the ${PLUGIN_NAME} entry in nx.json.`
            );
        }
    }
    return options;
}

function hasPluginEntry(nxJson: NxJsonConfiguration): boolean {
    return (nxJson.plugins ?? []).some((entry) =>
        typeof entry === "string" ? entry === PLUGIN_NAME : entry.plugin === PLUGIN_NAME
    );
}

/**
 * What Nx's own init ignores in git: the cache and the workspace data, not all of .nx/, where Nx
 * Console keeps workspace files meant to be committed (.nx/console/plugins.mjs).
 */
const NX_IGNORED_FOLDERS = [".nx/cache", ".nx/workspace-data"];

/** Whether a .gitignore line (`.nx`, `/.nx/`, `.nx/cache`, `.nx/**`, ...) ignores `folder`. */
function ignores(line: string, folder: string): boolean {
    const pattern = line
        .trim()
        .replace(/^\//, "")
        .replace(/\/(\*\*?)?$/, "");
    return pattern !== "" && (folder === pattern || folder.startsWith(`${pattern}/`));
}

/**
 * Adds the Nx folders .gitignore does not ignore yet. A line that ignores all of .nx/ (what this
 * generator used to write, or the user's choice) is left as it is: init only adds lines.
 */
function ignoreNxFolders(tree: Tree): boolean {
    const text = tree.exists(".gitignore") ? (tree.read(".gitignore", "utf-8") ?? "") : "";
    const lines = text.split(/\r?\n/);
    if (lines.some((line) => ignores(line, ".nx/console"))) {
        logger.info(
            ".gitignore ignores all of .nx/, Nx Console's workspace files (.nx/console/) too; left as it is. Nx itself needs only .nx/cache and .nx/workspace-data ignored."
        );
    }
    const missing = NX_IGNORED_FOLDERS.filter(
        (folder) => !lines.some((line) => ignores(line, folder))
    );
    if (missing.length === 0) return false;
    const separator = text === "" || text.endsWith("\n") ? "" : "\n";
    tree.write(
        ".gitignore",
        `${text}${separator}\n# Nx cache and workspace data\n${missing.join("\n")}\n`
    );
    return true;
}

/**
 * `nx g @flowmaestro/nx:init` (what `nx add @flowmaestro/nx` runs): nx.json with the plugin and the
 * sync generator, .nx/cache and .nx/workspace-data ignored. A second run changes nothing.
 */
export async function initGenerator(tree: Tree, schema: InitGeneratorSchema = {}): Promise<void> {
    const existing = readNxJson(tree);
    const nxJson: NxJsonConfiguration = existing ?? {
        $schema: "./node_modules/nx/schemas/nx-schema.json"
    };
    let changed = existing === null;
    if (!hasPluginEntry(nxJson)) {
        const options = detectPluginOptions(tree);
        nxJson.plugins = [...(nxJson.plugins ?? []), { plugin: PLUGIN_NAME, options }];
        changed = true;
    }
    const globalGenerators = nxJson.sync?.globalGenerators ?? [];
    // Contracts are adopted deliberately: the first \`nx sync\` then writes a file per provider.
    const wanted = schema.contracts ? [SYNC_GENERATOR, CONTRACTS_SYNC_GENERATOR] : [SYNC_GENERATOR];
    const missingGenerators = wanted.filter(
        (generator) => !globalGenerators.includes(generator)
    );
    if (missingGenerators.length > 0) {
        nxJson.sync = {
            ...nxJson.sync,
            globalGenerators: [...globalGenerators, ...missingGenerators]
        };
        changed = true;
    }
    if (existing === null) writeJson(tree, "nx.json", nxJson);
    else if (changed) updateNxJson(tree, nxJson);
    const ignored = ignoreNxFolders(tree);
    if (!changed && !ignored) {
        logger.info(`${PLUGIN_NAME} is already set up; nothing changed.`);
        return;
    }
    logger.info(
        [
            `${PLUGIN_NAME} is set up. Every provider folder is now a project (provider-<id>). In CI:`,
            `  npx nx sync:check                    # fails when a provider lacks a registration${schema.contracts ? " or its contract is behind its code" : ""} (nx sync adds it)`,
            "  npx nx affected -t verify-provider   # checks what changed"
        ].join("\n")
    );
    if (!schema.skipFormat) await formatFiles(tree);
}

export default initGenerator;
