import * as fs from "fs";
import * as path from "path";
import { globWithWorkspaceContextSync } from "nx/src/utils/workspace-context";
import type { ResolvedPluginOptions } from "../config/plugin-options";

/**
 * Where the host keeps workflow definitions in its repository: the seeding scripts. On FlowMaestro
 * main only `backend/scripts/seed-workflow-templates.ts` holds integration nodes; its tests build
 * workflows against mocked providers (in their own `config.inputs` shape), which are not stored
 * definitions, and there are no template JSON files. More files: the `workflowDefinitionFiles` option.
 */
export const SEEDING_SCRIPTS_DIR = "backend/scripts";
const SCRIPT_FILE = /\.(ts|js|json)$/;

/** An object key `provider:` and one `operation:`, quoted (JSON) or not. */
const PROVIDER_KEY = /\bprovider["']?\s*:/;
const OPERATION_KEY = /\boperation["']?\s*:/;

/** The `.ts`, `.js` and `.json` files under the seeding scripts folder, at any depth. */
function seedingScripts(workspaceRoot: string): string[] {
    let entries: string[];
    try {
        entries = fs.readdirSync(path.join(workspaceRoot, SEEDING_SCRIPTS_DIR), {
            recursive: true,
            encoding: "utf8"
        });
    } catch {
        return []; // no scripts folder
    }
    return entries
        .filter(
            (entry) => SCRIPT_FILE.test(entry) && !entry.split(path.sep).includes("node_modules")
        )
        .map((entry) => `${SEEDING_SCRIPTS_DIR}/${entry.split(path.sep).join("/")}`)
        .filter((file) => fs.statSync(path.join(workspaceRoot, file)).isFile());
}

/**
 * The workspace files whose workflow definitions `check-references` reads, sorted: the seeding
 * scripts that name an operation of a provider, and every file the option's globs match.
 * Nx's own file index answers the globs, so ignored files (node_modules, .gitignore) never count.
 */
export function workflowDefinitionFiles(
    workspaceRoot: string,
    options: ResolvedPluginOptions
): string[] {
    if (!fs.existsSync(workspaceRoot)) return [];
    // One listing of a small folder: no need to set up Nx's file index for the whole workspace.
    const detected = seedingScripts(workspaceRoot).filter((file) => {
        const text = fs.readFileSync(path.join(workspaceRoot, file), "utf8");
        return PROVIDER_KEY.test(text) && OPERATION_KEY.test(text);
    });
    const configured =
        options.workflowDefinitionFiles.length > 0
            ? globWithWorkspaceContextSync(workspaceRoot, options.workflowDefinitionFiles)
            : [];
    return [...new Set([...detected, ...configured])].sort();
}
