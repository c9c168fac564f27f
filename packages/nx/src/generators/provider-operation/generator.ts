import { logger, readNxJson, type GeneratorCallback, type Tree } from "@nx/devkit";
import { formatNewFiles } from "../../codegen/format-new-files";
import { updateContractsAfterWrite } from "../../contracts/after-generate";
import { writeReviewSpec } from "../../codegen/spec-yaml";
import { readTemplateOverrides, TemplateSet } from "../../codegen/templates";
import {
    pluginOptionsFromNxJson,
    providerDir,
    type ResolvedPluginOptions
} from "../../config/plugin-options";
import { readHostProfile } from "../../host-profile/host-profile";
import { treeHostReader } from "../../host-profile/host-reader";
import { FlowmaestroError } from "../../utils/errors";
import { unwritablePaths } from "../../utils/writable";
import { runWithHostFilesLock } from "../../registration/locked-registration";
import { addFixture } from "./lib/fixture-edits";
import { normalizeOptions, type NewOperation } from "./lib/normalize-options";
import { resolveOperation } from "./lib/operation-target";
import {
    addClientMethod,
    addMcpDispatch,
    addToIndex,
    registerInProviderClass
} from "./lib/provider-edits";
import { renderOperationFile } from "./lib/render-new-files";
import { Changes, type RunContext } from "./lib/run-context";
import type { ProviderOperationGeneratorSchema } from "./schema";

/**
 * Adds one operation to the provider, in its style: read the provider as the tree holds it, render
 * the new file from the operation template, then wire it into the provider's files. Returns what it
 * did, for the log.
 */
function addOperation(context: RunContext, spec: NewOperation): string[] {
    const target = resolveOperation(context, spec);
    context.changes.create(target.file, renderOperationFile(context, target));
    addToIndex(context, ["operations", ...target.group].join("/"), target.fileBase, target.names);
    const done = [`created ${target.file}`, registerInProviderClass(context, target)];
    done.push(...addMcpDispatch(context, target));
    addClientMethod(context, target);
    done.push(...addFixture(context, target));
    return done;
}

/**
 * `nx g @flowmaestro/nx:provider-operation <provider> <operationId>`: adds operations to an existing
 * provider in its own style. Nothing is written unless every operation can be added. Edits run
 * under the host-files lock, taken before the provider is read (concurrent runs on one provider, or
 * on the fixture loader, would otherwise write over each other); the callback releases it.
 */
export async function providerOperationGenerator(
    tree: Tree,
    schema: ProviderOperationGeneratorSchema
): Promise<GeneratorCallback> {
    const options = pluginOptionsFromNxJson(readNxJson(tree));
    if (schema.writeSpec?.trim()) {
        await writeOperationsSpec(tree, schema, options);
        return () => undefined;
    }
    const callback = await runWithHostFilesLock(tree, async () => {
        await addOperations(tree, schema, options);
        return undefined;
    });
    return updateContractsAfterWrite(tree, callback);
}

/** --writeSpec: the operations as derived, for review; nothing else is written. */
async function writeOperationsSpec(
    tree: Tree,
    schema: ProviderOperationGeneratorSchema,
    options: ResolvedPluginOptions
): Promise<void> {
    const normalized = await normalizeOptions(tree, schema, options);
    writeReviewSpec(
        tree,
        schema.writeSpec!.trim(),
        { operations: normalized.rawOperations },
        {
            title: `Operations for "${normalized.provider}"${schema.openapi ? ` derived from ${schema.openapi}` : ""}.`,
            command: `nx g @flowmaestro/nx:provider-operation ${normalized.provider} --spec <file>${schema.group ? ` --group ${schema.group}` : ""}`,
            warnings: normalized.warnings
        },
        schema.force
    );
}

async function addOperations(
    tree: Tree,
    schema: ProviderOperationGeneratorSchema,
    options: ResolvedPluginOptions
): Promise<void> {
    const normalized = await normalizeOptions(tree, schema, options);
    const context: RunContext = {
        tree,
        changes: new Changes(tree),
        profile: readHostProfile(treeHostReader(tree), options),
        dir: providerDir(options, normalized.provider),
        templates: new TemplateSet(readTemplateOverrides(tree, options.templatesDir))
    };
    normalized.warnings.forEach((warning) => logger.warn(warning));
    normalized.notes.forEach((note) => logger.info(note));
    const report = normalized.operations.flatMap((operation) => addOperation(context, operation));
    // Nx writes file by file and does not roll back: refuse before any file is written.
    const unwritable = unwritablePaths(
        tree,
        tree.listChanges().map((change) => change.path)
    );
    if (unwritable.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot add operations to "${normalized.provider}"; nothing was written:`,
            unwritable
        );
    }
    await formatNewFiles(tree, schema, context.changes.edited);
    report.forEach((line) => logger.info(line));
}

export default providerOperationGenerator;
