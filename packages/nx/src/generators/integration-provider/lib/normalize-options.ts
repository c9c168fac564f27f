import { readNxJson, type Tree } from "@nx/devkit";
import {
    pluginOptionsFromNxJson,
    providerDir,
    type ResolvedPluginOptions
} from "../../../config/plugin-options";
import { readHostProfile, type HostProfile } from "../../../host-profile/host-profile";
import { treeHostReader } from "../../../host-profile/host-reader";
import { isKnownCategory } from "../../../model/categories";
import { buildProviderModel, type ProviderModel } from "../../../model/provider-model";
import { formatIssuePath, parseProviderSpec } from "../../../model/provider-spec";
import { readSpecSource } from "../../../model/spec-file";
import { FlowmaestroError } from "../../../utils/errors";
import { HostSession } from "../../../registration/host-session";
import { credentialFields } from "../../../registration/registrar";
import type { IntegrationProviderGeneratorSchema } from "../schema";
import { hostCompatibilityProblems } from "./host-compatibility";
import { promptForMissing } from "./prompt-missing";
import { specFromOptions } from "./spec-from-options";
import { readTemplateOverrides } from "../../../codegen/templates";

export interface NormalizedOptions {
    model: ProviderModel;
    pluginOptions: ResolvedPluginOptions;
    /** What the host's own source says generated code must look like. */
    profile: HostProfile;
    /** Workspace-relative provider folder: `<providersDir>/<id>`. */
    providerDir: string;
    /** Workspace template overrides, by built-in template name. */
    templateOverrides: Map<string, string>;
    /**
     * Field names of the OAuth app's credentials under `config.oauth.<key>`, as the config file
     * names them: `clientId`/`clientSecret`, or `appId`/`appSecret` (Meta's family app).
     */
    oauthCredentials: { id: string; secret: string };
    /** Non-fatal remarks for the user (e.g. a category outside the seed list). */
    warnings: string[];
    update: boolean;
    /** With --update: overwrite files changed since they were generated (or never generated). */
    force: boolean;
    skipRegister: boolean;
    skipFormat: boolean;
    /** Format in a dry run too (a dry run lists paths only, so it skips Prettier by default). */
    formatDryRun: boolean;
}

/** On --update: operation files the spec no longer lists are kept, and named. */
function staleOperationFiles(tree: Tree, dir: string, model: ProviderModel): string[] {
    const operationsDir = `${dir}/operations`;
    const current = new Set([
        "index.ts",
        ...model.operations.map((operation) => `${operation.id}.ts`)
    ]);
    return tree
        .children(operationsDir)
        .filter((file) => file.endsWith(".ts") && !current.has(file))
        .map(
            (file) =>
                `${operationsDir}/${file} is not an operation of the spec any more; it was kept — delete it if nothing uses it.`
        );
}

/**
 * Everything the generator needs, validated before anything is written: the spec file and flags
 * merged (flags win) into one validated spec, its model, the target folder and the templates.
 */
export async function normalizeOptions(
    tree: Tree,
    given: IntegrationProviderGeneratorSchema,
    /** A spec built elsewhere (`--openapi`) that already has the spec file laid over it. */
    baseSpec?: Record<string, unknown>
): Promise<NormalizedOptions> {
    const specFile = given.spec?.trim() ? readSpecSource(tree, given.spec.trim()) : undefined;
    const options = await promptForMissing(given, baseSpec ?? specFile?.raw);
    const { raw, flagPaths } = specFromOptions(options, baseSpec ?? specFile?.raw);
    if (raw.id === undefined) {
        throw new FlowmaestroError(
            "No provider id: give `name` (the first argument: nx g @flowmaestro/nx:integration-provider acme-chat ...) or --spec a file with an `id`; nothing was written."
        );
    }
    const source = specFile?.name ?? options.openapi?.trim() ?? "flags";
    // A value a flag set has no line in the file.
    const setByFlag = (specPath: ReadonlyArray<PropertyKey>) =>
        specPath.some((_, index) => flagPaths.has(formatIssuePath(specPath.slice(0, index + 1))));
    const lineOf = (specPath: ReadonlyArray<PropertyKey>) =>
        specFile && !setByFlag(specPath) ? specFile.lineOf(specPath) : undefined;
    const spec = parseProviderSpec(raw, source, lineOf);
    const model = buildProviderModel(spec);

    const pluginOptions = pluginOptionsFromNxJson(readNxJson(tree));
    const host = treeHostReader(tree);
    const profile = readHostProfile(host, pluginOptions);
    const hostProblems = hostCompatibilityProblems(model, profile, host, pluginOptions).map(
        ({ path: specPath, message }) => {
            const line = lineOf(specPath);
            return `${line === undefined ? source : `${source}:${line}`}: ${formatIssuePath(specPath)}: ${message}`;
        }
    );
    if (hostProblems.length > 0) {
        throw FlowmaestroError.fromProblems(
            `The provider spec asks for what this workspace cannot run (${hostProblems.length} problem${hostProblems.length === 1 ? "" : "s"}); nothing was written.`,
            hostProblems
        );
    }
    const dir = providerDir(pluginOptions, model.id);
    if (!options.update && tree.exists(dir) && tree.children(dir).length > 0) {
        throw new FlowmaestroError(
            `The provider folder ${dir} already exists; nothing was written. To add operations, use \`nx g @flowmaestro/nx:provider-operation ${model.id} <operationId>\`; to regenerate a provider this plugin generated, pass --update (it refuses files changed since, unless --force).`
        );
    }

    const warnings = isKnownCategory(model.category)
        ? []
        : [
              `Category ${model.category} is not one of the known categories (see --category); check that the frontend knows it.`
          ];
    if (model.webhooks && model.webhooks.signatureType !== "timestamp_signature") {
        for (const key of ["timestampHeader", "timestampMaxAge"] as const) {
            if (model.webhooks[key] === undefined) continue;
            warnings.push(
                `webhooks.${key} is ignored: only signatureType timestamp_signature uses it (this one is ${model.webhooks.signatureType}).`
            );
        }
    }
    if (options.update) warnings.push(...staleOperationFiles(tree, dir, model));

    return {
        model,
        pluginOptions,
        profile,
        providerDir: dir,
        templateOverrides: readTemplateOverrides(tree, pluginOptions.templatesDir),
        oauthCredentials: (model.oauthApp &&
            credentialFields(new HostSession(tree, pluginOptions), model.oauthApp.configKey)) ?? {
            id: "clientId",
            secret: "clientSecret"
        },
        warnings,
        update: options.update ?? false,
        force: options.force ?? false,
        skipRegister: options.skipRegister ?? false,
        skipFormat: options.skipFormat ?? false,
        formatDryRun: options.formatDryRun ?? false
    };
}
