import * as fs from "fs";
import * as path from "path";
import type { CreateNodes, CreateNodesResult, TargetConfiguration } from "@nx/devkit";
import { PLUGIN_NAME, resolvePluginOptions } from "../config/plugin-options";
import type { FlowmaestroPluginOptions, ResolvedPluginOptions } from "../config/plugin-options";
import { hostFilePaths } from "../host-files/catalog";
import { PROVIDER_FILE_PATTERN, PROVIDER_FOLDER_NAME } from "../model/names";
import { workflowDefinitionFiles } from "../references/workflow-files";

export const PROVIDER_PROJECT_TAG = "type:integration-provider";
export const VERIFY_EXECUTOR = `${PLUGIN_NAME}:verify-provider`;
export const TEST_EXECUTOR = `${PLUGIN_NAME}:test-provider`;
export const REFERENCES_EXECUTOR = `${PLUGIN_NAME}:check-references`;
export const REFERENCES_TARGET = "check-references";
/** The project of the files holding workflow definitions (docs/executors/check-references.md). */
export const WORKFLOW_DEFINITIONS_PROJECT = "workflow-definitions";
export const WORKFLOW_DEFINITIONS_TAG = "type:workflow-definitions";

/** `provider-<id>`: the project name of a provider folder (docs/ci.md). */
export function providerProjectName(providerId: string): string {
    return `provider-${providerId}`;
}

/** The provider id a project name `provider-<id>` stands for, else undefined. */
export function providerIdOfProjectName(projectName: string): string | undefined {
    const prefix = providerProjectName("");
    return projectName.startsWith(prefix) ? projectName.slice(prefix.length) : undefined;
}

/**
 * The provider id when `file` is `<providersDir>/<id>/<Name>Provider.ts`, else undefined. The glob
 * cannot carry the options, so the providers folder is matched here, on the path alone.
 */
export function providerIdOf(file: string, options: ResolvedPluginOptions): string | undefined {
    const prefix = `${options.providersDir}/`;
    if (!file.startsWith(prefix)) return undefined;
    const [id, fileName, ...rest] = file.slice(prefix.length).split("/");
    if (rest.length > 0 || !fileName || !PROVIDER_FILE_PATTERN.test(fileName)) return undefined;
    return id;
}

/**
 * How the workspace's package manager runs a local binary, as Nx's own plugins write their
 * `help.command`. Nx's detection is by lockfile too; it is not imported because loading it (and
 * its version probes) would add to every project-graph computation.
 */
export function packageManagerExec(workspaceRoot: string): string {
    const has = (lockfile: string) => fs.existsSync(path.join(workspaceRoot, lockfile));
    if (has("bun.lockb") || has("bun.lock")) return "bunx";
    if (has("yarn.lock")) return "yarn";
    if (has("pnpm-lock.yaml")) return "pnpm exec";
    return "npx";
}

/**
 * The verify target. Its cache key comes from the executor's custom hasher (hasher.ts), and Nx
 * ignores `inputs` for such a target (`nx show target` says "inputs do not affect cache hash"),
 * so `inputs` lists only files the hasher always reads: the provider folder, the cross-cutting
 * files (of which it keeps this provider's entries), the backend tsconfig and TypeScript. The rest
 * of the key (the workspace files the provider's imports reach, the versions of the packages they
 * reach) is found per run and cannot be a glob; docs/ci.md's "Precise cache" says what it is.
 */
export function verifyTarget(
    options: ResolvedPluginOptions,
    providerId: string,
    exec: string
): TargetConfiguration {
    const workspaceFile = (file: string) => `{workspaceRoot}/${file}`;
    return {
        executor: VERIFY_EXECUTOR,
        cache: true,
        inputs: [
            "{projectRoot}/**/*",
            ...hostFilePaths(options).map(workspaceFile),
            workspaceFile(options.backendTsConfig),
            { externalDependencies: ["typescript"] }
        ],
        outputs: [],
        options: {},
        metadata: {
            description: `Verify the "${providerId}" provider: template, registrations, types`,
            technologies: ["typescript"],
            help: {
                command: `${exec} nx run ${providerProjectName(providerId)}:${options.targetName} --help`,
                example: { options: { format: "json", typecheck: false } }
            }
        }
    };
}

/**
 * The runtime test target. Like verify's, its cache key comes from the executor's hasher (the
 * provider folder, the workspace files its imports reach, package versions, the host's loader), so
 * `inputs` list only what the hasher always reads.
 */
export function testTarget(
    options: ResolvedPluginOptions,
    providerId: string,
    exec: string
): TargetConfiguration {
    return {
        executor: TEST_EXECUTOR,
        cache: true,
        inputs: [
            "{projectRoot}/**/*",
            `{workspaceRoot}/${options.backendTsConfig}`,
            { externalDependencies: ["typescript"] }
        ],
        outputs: [],
        options: {},
        metadata: {
            description: `Run the "${providerId}" provider's own code with HTTP intercepted`,
            technologies: ["typescript"],
            help: {
                command: `${exec} nx run ${providerProjectName(providerId)}:${options.testTargetName} --help`,
                example: { options: { format: "json" } }
            }
        }
    };
}

/** The deepest folder holding every one of the files (`.` when they share none). */
function commonFolder(files: string[]): string {
    const [first, ...rest] = files.map((file) => path.posix.dirname(file).split("/"));
    let depth = first.length;
    for (const parts of rest) {
        while (depth > 0 && parts.slice(0, depth).join("/") !== first.slice(0, depth).join("/")) {
            depth--;
        }
    }
    return depth === 0 ? "." : first.slice(0, depth).join("/");
}

/**
 * The reference check. Its inputs are the files it reads: the workflow definitions and every
 * provider's contract (a provider folder's existence is seen through its `*Provider.ts`), so that
 * Nx's cache replays it only while neither changed. No `externalDependencies`: Nx refuses a
 * package it has no lockfile node for, and the parser's version does not change what is found. The project depends on every provider project,
 * so `nx affected` selects it when a contract changes.
 */
export function referencesTarget(
    options: ResolvedPluginOptions,
    files: string[],
    exec: string
): TargetConfiguration {
    const workspaceFile = (file: string) => `{workspaceRoot}/${file}`;
    return {
        executor: REFERENCES_EXECUTOR,
        cache: true,
        inputs: [
            ...files.map(workspaceFile),
            ...options.workflowDefinitionFiles.map(workspaceFile),
            workspaceFile(`${options.providersDir}/*/contract.json`),
            workspaceFile(`${options.providersDir}/*/*Provider.ts`)
        ],
        outputs: [],
        options: {},
        metadata: {
            description: "Check that workflow definitions call existing operations and inputs",
            technologies: ["typescript"],
            help: {
                command: `${exec} nx run ${WORKFLOW_DEFINITIONS_PROJECT}:${REFERENCES_TARGET} --help`,
                example: { options: { format: "json" } }
            }
        }
    };
}

/** The project owning the files that hold workflow definitions, when the workspace has any. */
function workflowDefinitionsProject(
    workspaceRoot: string,
    options: ResolvedPluginOptions,
    exec: string
): [string, CreateNodesResult] | undefined {
    const files = workflowDefinitionFiles(workspaceRoot, options);
    if (files.length === 0) return undefined;
    const root = commonFolder(files);
    return [
        root,
        {
            projects: {
                [root]: {
                    name: WORKFLOW_DEFINITIONS_PROJECT,
                    root,
                    projectType: "library",
                    tags: [WORKFLOW_DEFINITIONS_TAG],
                    implicitDependencies: [`tag:${PROVIDER_PROJECT_TAG}`],
                    targets: { [REFERENCES_TARGET]: referencesTarget(options, files, exec) }
                }
            }
        }
    ];
}

function providerProject(
    root: string,
    id: string,
    options: ResolvedPluginOptions,
    exec: string
): CreateNodesResult {
    return {
        projects: {
            [root]: {
                name: providerProjectName(id),
                root,
                sourceRoot: root,
                projectType: "library",
                tags: [PROVIDER_PROJECT_TAG],
                targets: {
                    [options.targetName]: verifyTarget(options, id, exec),
                    [options.testTargetName]: testTarget(options, id, exec)
                }
            }
        }
    };
}

/**
 * Folders of the providers folder that hold no `*Provider.ts` (empty, or only an index.ts), which
 * the glob cannot see. One listing of the providers folder finds them; they become projects too,
 * so that verify's `structure/single-provider-file` reports them instead of nobody noticing. (A
 * wider glob such as `**\/*.ts` would see them without reading the disk, but Nx marks every project
 * affected when a file matching a plugin glob is deleted.)
 */
function foldersWithoutProviderFile(
    workspaceRoot: string,
    options: ResolvedPluginOptions,
    withProviderFile: Set<string>
): string[] {
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(path.join(workspaceRoot, options.providersDir), {
            withFileTypes: true
        });
    } catch {
        return []; // no providers folder (yet)
    }
    return entries
        .filter(
            (entry) =>
                entry.isDirectory() &&
                PROVIDER_FOLDER_NAME.test(entry.name) &&
                !withProviderFile.has(entry.name)
        )
        .map((entry) => entry.name)
        .sort();
}

/**
 * Every provider folder (`<providersDir>/<id>/`) becomes the project `provider-<id>` with a cached
 * verify target: found through the glob when it holds a `*Provider.ts`, and through one listing of
 * the providers folder otherwise. The work is synchronous and cannot fail per file, so it returns
 * the `[file, result]` pairs directly rather than through `createNodesFromFiles`: importing
 * @nx/devkit here would add its load time to every project-graph computation.
 */
export const createNodes: CreateNodes<FlowmaestroPluginOptions> = [
    "**/*Provider.ts",
    (files, rawOptions, context) => {
        const options = resolvePluginOptions(rawOptions);
        const exec = packageManagerExec(context.workspaceRoot);
        const found = new Set<string>();
        const results = files.map((file) => {
            const id = providerIdOf(file, options);
            if (!id) return [file, {}] as const;
            found.add(id);
            return [file, providerProject(path.posix.dirname(file), id, options, exec)] as const;
        });
        for (const id of foldersWithoutProviderFile(context.workspaceRoot, options, found)) {
            const root = `${options.providersDir}/${id}`;
            results.push([root, providerProject(root, id, options, exec)] as const);
        }
        const definitions = workflowDefinitionsProject(context.workspaceRoot, options, exec);
        if (definitions) results.push(definitions);
        return results;
    }
];

/** Deprecated alias Nx still looks up. */
export const createNodesV2 = createNodes;
