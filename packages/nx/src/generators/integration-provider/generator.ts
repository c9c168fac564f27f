import { logger, type GeneratorCallback, type Tree } from "@nx/devkit";
import { describeHostProfile } from "../../host-profile/host-profile";
import { registrationFromModel } from "../../model/registration";
import { updateContractsAfterWrite } from "../../contracts/after-generate";
import {
    runWithHostFilesLock,
    type WrittenRegistration
} from "../../registration/locked-registration";
import type { WritableHostSession } from "../../registration/host-session";
import { registerProvider } from "../../registration/registrar";
import { readSpecSource } from "../../model/spec-file";
import { normalizeOptions } from "./lib/normalize-options";
import { importOpenApi, writeSpecFile } from "./lib/openapi-import";
import { promptForMissing } from "./lib/prompt-missing";
import { settleGeneratedFiles, snapshotForUpdate } from "./lib/generated-files";
import { renderProviderFiles } from "./lib/templates";
import type { IntegrationProviderGeneratorSchema } from "./schema";
import { FlowmaestroError } from "../../utils/errors";
import { unwritablePaths } from "../../utils/writable";
import { classChain, clientMemberClash } from "../../codegen/client-class-chain";
import { isVerbose } from "../../utils/dry-run";
import { formatNewFiles } from "../../codegen/format-new-files";

/**
 * Scaffolds a provider folder (provider class, client, one file per operation, MCP adapter) from a
 * spec file and/or flags, then registers it. Everything is validated first, and every change goes
 * through the tree, so a failure or `--dry-run` leaves the workspace untouched. With `--openapi`
 * the spec starts from an OpenAPI document; `--writeSpec` writes the spec and generates nothing.
 * The rest runs under the host-files lock, taken once the questions are answered (nobody waits on
 * a person typing); the returned callback checks the registration on disk and releases it.
 */
export async function integrationProviderGenerator(
    tree: Tree,
    schema: IntegrationProviderGeneratorSchema
): Promise<GeneratorCallback> {
    const imported = await importOpenApi(tree, schema);
    if (schema.writeSpec?.trim()) {
        writeSpecFile(tree, schema, imported);
        return () => undefined;
    }
    const specFile =
        !imported && schema.spec?.trim() ? readSpecSource(tree, schema.spec.trim()) : undefined;
    // normalizeOptions asks again for what is still missing: nothing, once answered here.
    const answered = await promptForMissing(schema, imported?.spec ?? specFile?.raw);
    const callback = await runWithHostFilesLock(tree, (session) =>
        generate(session, answered, imported)
    );
    return updateContractsAfterWrite(tree, callback);
}

async function generate(
    session: WritableHostSession,
    schema: IntegrationProviderGeneratorSchema,
    imported: Awaited<ReturnType<typeof importOpenApi>>
): Promise<WrittenRegistration | undefined> {
    const { tree } = session;
    const options = await normalizeOptions(tree, schema, imported?.spec);
    [...(imported?.warnings ?? []), ...options.warnings].forEach((warning) => logger.warn(warning));
    const unwritable = unwritablePaths(tree, [options.providerDir]);
    if (unwritable.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot generate "${options.model.id}"; nothing was written:`,
            unwritable
        );
    }

    if (isVerbose()) {
        logger.info(describeHostProfile(options.profile));
    }
    const previous = options.update
        ? { ...snapshotForUpdate(tree, options.providerDir, options.force), force: options.force }
        : undefined;
    const rendered = renderProviderFiles(
        tree,
        {
            model: options.model,
            profile: options.profile,
            providerDir: options.providerDir,
            oauthCredentials: options.oauthCredentials
        },
        options.templateOverrides
    );
    const { names, operations } = options.model;
    const clientFile = `${options.providerDir}/client/${names.clientClass}.ts`;
    const chain = classChain(tree, clientFile, names.clientClass);
    for (const operation of operations) {
        const clash = clientMemberClash(
            chain,
            clientFile,
            operation.id,
            operation.names.clientMethod
        );
        if (clash) throw new FlowmaestroError(clash);
    }
    // Format before registering: formatFiles formats every changed file, and the host files must
    // keep every byte the registrar does not insert (its insertions are already in house style).
    // A dry run of --update formats too: only formatted content tells which files the update
    // leaves as they are.
    await formatNewFiles(tree, {
        ...options,
        formatDryRun: options.formatDryRun || options.update
    });
    settleGeneratedFiles(tree, options.providerDir, rendered, previous);
    if (options.skipRegister) return undefined;
    const registration = registrationFromModel(options.model);
    registerProvider(session, registration);
    return { registration, options: options.pluginOptions };
}

export default integrationProviderGenerator;
