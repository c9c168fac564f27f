import { formatFiles, logger, type Tree } from "@nx/devkit";
import { describeHostProfile } from "../../host-profile/host-profile";
import { registrationFromModel } from "../../model/registration";
import { registerProvider } from "../register-provider/register";
import { normalizeOptions } from "./lib/normalize-options";
import { renderProviderFiles } from "./lib/templates";
import type { IntegrationProviderGeneratorSchema } from "./schema";
import { FlowmaestroError } from "../../utils/errors";
import { unwritablePaths } from "../../utils/writable";

/** Nx does not pass `--dry-run` to generators; a preview shows the host profile it would use. */
function isDryRun(): boolean {
    return process.argv.some((arg) => arg === "--dry-run" || arg === "--dryRun" || arg === "-d");
}

/**
 * Scaffolds a provider folder (provider class, client, one file per operation, MCP adapter) from a
 * spec file and/or flags, then registers it. Everything is validated first, and every change goes
 * through the tree, so a failure or `--dry-run` leaves the workspace untouched.
 */
export async function integrationProviderGenerator(
    tree: Tree,
    schema: IntegrationProviderGeneratorSchema
): Promise<void> {
    const options = normalizeOptions(tree, schema);
    options.warnings.forEach((warning) => logger.warn(warning));
    const unwritable = unwritablePaths(tree, [options.providerDir]);
    if (unwritable.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot generate "${options.model.id}"; nothing was written:`,
            unwritable
        );
    }

    if (process.env.NX_VERBOSE_LOGGING === "true" || isDryRun()) {
        logger.info(describeHostProfile(options.profile));
    }
    renderProviderFiles(
        tree,
        {
            model: options.model,
            profile: options.profile,
            providerDir: options.providerDir,
            oauthCredentials: options.oauthCredentials
        },
        options.templateOverrides
    );
    // Format before registering: formatFiles formats every changed file, and the host files must
    // keep every byte the registrar does not insert (its insertions are already in house style).
    if (!options.skipFormat) {
        await formatFiles(tree);
    }
    if (!options.skipRegister) {
        registerProvider(tree, registrationFromModel(options.model), options.pluginOptions);
    }
}

export default integrationProviderGenerator;
