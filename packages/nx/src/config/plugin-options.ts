import * as path from "path";
import type { NxJsonConfiguration } from "@nx/devkit";
import { FlowmaestroError } from "../utils/errors";

export const PLUGIN_NAME = "@flowmaestro/nx";

/** Options on the plugin's entry in nx.json (docs/options.md). Every path is workspace-relative. */
export interface FlowmaestroPluginOptions {
    providersDir?: string;
    registryFile?: string;
    oauthRegistryFile?: string;
    configFile?: string;
    sharedProvidersFile?: string;
    pulumiFile?: string;
    /** The OAuth service whose code fills in `{placeholders}` of OAuth URLs. */
    oauthServiceFile?: string;
    backendTsConfig?: string;
    /** Folder of the core integration types and base classes every provider builds on. */
    coreDir?: string;
    /** Folder of the sandbox fixture system (`TestFixture`), where the host has one. */
    fixturesDir?: string;
    /** The fixture loader with the hard-coded provider list (the sixth registration). */
    fixtureLoaderFile?: string;
    /** Module exporting `toJSONSchema`, when detection from the core folder cannot find it. */
    jsonSchemaModule?: string;
    /** Workspace folder whose files override the built-in templates, file by file. */
    templatesDir?: string;
    /** Name of the inferred verification target. */
    targetName?: string;
    /** Name of the inferred runtime test target. */
    testTargetName?: string;
    /**
     * Globs of further files holding workflow definitions for `check-references`, beside the
     * seeding scripts it detects (e.g. `["backend/templates/**\/*.json"]`).
     */
    workflowDefinitionFiles?: string[];
}

/** Options without a default: absent unless set. */
const OPTIONAL_OPTIONS = ["templatesDir", "jsonSchemaModule"] as const;
type OptionalOption = (typeof OPTIONAL_OPTIONS)[number];

/** Options whose value is a list of workspace-relative globs. */
const GLOB_LIST_OPTIONS = ["workflowDefinitionFiles"] as const;

export type ResolvedPluginOptions = Required<Omit<FlowmaestroPluginOptions, OptionalOption>> &
    Pick<FlowmaestroPluginOptions, OptionalOption>;

export const DEFAULT_PLUGIN_OPTIONS: ResolvedPluginOptions = {
    providersDir: "backend/src/integrations/providers",
    registryFile: "backend/src/integrations/registry.ts",
    oauthRegistryFile: "backend/src/services/oauth/OAuthProviderRegistry.ts",
    configFile: "backend/src/core/config/index.ts",
    sharedProvidersFile: "shared/src/providers.ts",
    pulumiFile: "infra/pulumi/Pulumi.production.yaml",
    oauthServiceFile: "backend/src/services/oauth/OAuthService.ts",
    backendTsConfig: "backend/tsconfig.json",
    coreDir: "backend/src/integrations/core",
    fixturesDir: "backend/src/integrations/sandbox",
    fixtureLoaderFile: "backend/src/integrations/sandbox/fixtureLoader.ts",
    targetName: "verify-provider",
    testTargetName: "test-provider",
    workflowDefinitionFiles: []
};

/** Options naming one workspace path each. */
export const PATH_OPTIONS = [
    "providersDir",
    "registryFile",
    "oauthRegistryFile",
    "configFile",
    "sharedProvidersFile",
    "pulumiFile",
    "oauthServiceFile",
    "backendTsConfig",
    "coreDir",
    "fixturesDir",
    "fixtureLoaderFile",
    "templatesDir",
    "jsonSchemaModule"
] as const;

/** Normalises a workspace-relative path and refuses one that leaves the workspace. */
export function workspaceRelativePath(value: string, what: string): string {
    const normalized = path.posix.normalize(value.replace(/\\/g, "/")).replace(/\/+$/, "");
    if (path.posix.isAbsolute(normalized) || normalized === ".." || normalized.startsWith("../")) {
        throw new FlowmaestroError(
            `${what} must be a path inside the workspace, relative to its root; got ${JSON.stringify(value)}.`
        );
    }
    return normalized;
}

function globList(key: string, value: unknown): string[] {
    if (!Array.isArray(value) || value.some((glob) => typeof glob !== "string" || glob.trim() === "")) {
        throw new FlowmaestroError(
            `nx.json: option "${key}" of plugin ${PLUGIN_NAME} must be a list of non-empty glob strings.`
        );
    }
    return value.map((glob: string) => workspaceRelativePath(glob, `nx.json: plugin option "${key}"`));
}

export function resolvePluginOptions(options: FlowmaestroPluginOptions = {}): ResolvedPluginOptions {
    const resolved: ResolvedPluginOptions = { ...DEFAULT_PLUGIN_OPTIONS };
    for (const [key, value] of Object.entries(options)) {
        if (value === undefined) continue;
        if (!(key in DEFAULT_PLUGIN_OPTIONS) && !(OPTIONAL_OPTIONS as readonly string[]).includes(key)) {
            throw new FlowmaestroError(
                `nx.json: unknown option "${key}" for plugin ${PLUGIN_NAME}. Known options: ${[
                    ...Object.keys(DEFAULT_PLUGIN_OPTIONS),
                    ...OPTIONAL_OPTIONS
                ].join(", ")}.`
            );
        }
        if ((GLOB_LIST_OPTIONS as readonly string[]).includes(key)) {
            (resolved as unknown as Record<string, string[]>)[key] = globList(key, value);
            continue;
        }
        if (typeof value !== "string" || value.trim() === "") {
            throw new FlowmaestroError(
                `nx.json: option "${key}" of plugin ${PLUGIN_NAME} must be a non-empty string.`
            );
        }
        (resolved as unknown as Record<string, string>)[key] = (PATH_OPTIONS as readonly string[]).includes(key)
            ? workspaceRelativePath(value, `nx.json: plugin option "${key}"`)
            : value;
    }
    return resolved;
}

/** The options of this plugin's entry in nx.json (defaults when it is listed bare or absent). */
export function pluginOptionsFromNxJson(nxJson: NxJsonConfiguration | null): ResolvedPluginOptions {
    for (const entry of nxJson?.plugins ?? []) {
        if (typeof entry === "string") {
            if (entry === PLUGIN_NAME) return resolvePluginOptions();
        } else if (entry.plugin === PLUGIN_NAME) {
            return resolvePluginOptions((entry.options ?? {}) as FlowmaestroPluginOptions);
        }
    }
    return resolvePluginOptions();
}

/** Folder of one provider. */
export function providerDir(options: ResolvedPluginOptions, providerId: string): string {
    return `${options.providersDir}/${providerId}`;
}
