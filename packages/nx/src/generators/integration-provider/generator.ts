import { formatFiles, logger, type GeneratorCallback, type Tree } from "@nx/devkit";
import { registrationFromModel } from "../../model/registration";
import { runWithHostFilesLock } from "../register-provider/locked-registration";
import { registerProvider } from "../register-provider/register";
import { normalizeOptions } from "./lib/normalize-options";
import { renderProviderFiles } from "./lib/templates";
import type { IntegrationProviderGeneratorSchema } from "./schema";
import { FlowmaestroError } from "../../utils/errors";
import { unwritablePaths } from "../../utils/writable";

/**
 * Scaffolds a provider folder (provider class, client, one file per operation, MCP adapter) from a
 * spec file and/or flags, then registers it. Everything is validated first, and every change goes
 * through the tree, so a failure or `--dry-run` leaves the workspace untouched. Runs under the
 * host-files lock; the returned callback checks the registration on disk and releases it.
 */
export async function integrationProviderGenerator(
    tree: Tree,
    schema: IntegrationProviderGeneratorSchema
): Promise<GeneratorCallback> {
    return runWithHostFilesLock(tree, () => generate(tree, schema));
}

async function generate(tree: Tree, schema: IntegrationProviderGeneratorSchema) {
    const options = normalizeOptions(tree, schema);
    options.warnings.forEach((warning) => logger.warn(warning));
    const unwritable = unwritablePaths(tree, [options.providerDir]);
    if (unwritable.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot generate "${options.model.id}"; nothing was written:`,
            unwritable
        );
    }

    renderProviderFiles(
        tree,
        options.model,
        options.providerDir,
        options.templateOverrides,
        options.oauthCredentials
    );
    // Format before registering: formatFiles formats every changed file, and the host files must
    // keep every byte the registrar does not insert (its insertions are already in house style).
    if (!options.skipFormat) {
        await formatFiles(tree);
    }
    if (options.skipRegister) return undefined;
    const registration = registrationFromModel(options.model);
    registerProvider(tree, registration, options.pluginOptions);
    return { registration, options: options.pluginOptions };
}

export default integrationProviderGenerator;
