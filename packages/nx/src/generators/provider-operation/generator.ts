import * as path from "path";
import * as ts from "typescript";
import { logger, readNxJson, type GeneratorCallback, type Tree } from "@nx/devkit";
import { operationFixture } from "../../codegen/fixtures";
import { call, literalBlock, objectLines } from "../../codegen/layout";
import { tsString } from "../../codegen/literals";
import { writeReviewSpec } from "../../codegen/spec-yaml";
import {
    pluginOptionsFromNxJson,
    providerDir,
    type ResolvedPluginOptions
} from "../../config/plugin-options";
import { editWithLineEndings } from "../../host-files/edit-support";
import { planFixtureLoaderFile } from "../../host-files/fixture-loader-file";
import { readHostText } from "../../host-files/host-text";
import { readHostProfile, type HostProfile } from "../../host-profile/host-profile";
import { treeHostReader } from "../../host-profile/host-reader";
import { renderImports } from "../../host-profile/import-order";
import {
    mcpToolName,
    mcpToolNameProblem,
    operationNames,
    pascalCase,
    providerNames
} from "../../model/names";
import { operationModel, type OperationModel } from "../../model/provider-model";
import type { RegistrationModel } from "../../model/registration";
import { groupIdPrefix, type ProviderFolderFacts } from "../../provider-source";
import type { ImportBinding } from "../../provider-source/modules";
import { findDescendants, stringLiteralValue } from "../../utils/ast";
import { formatUnlessPreview } from "../../utils/dry-run";
import { FlowmaestroError } from "../../utils/errors";
import { unwritablePaths } from "../../utils/writable";
import { hostErrorType, parameterPlacement } from "../integration-provider/lib/templates";
import { runWithHostFilesLock } from "../../registration/locked-registration";
import { clientMemberClash } from "./lib/client-class-chain";
import { normalizeOptions, type NewOperation } from "./lib/normalize-options";
import { renderOperationFile } from "./lib/operation-file";
import { clientCallOf, GENERATED_SEND_METHOD, readProviderFromTree } from "./lib/read-provider";
import {
    addClassMemberBefore,
    addImport,
    addToNamedExport,
    exportedKinds,
    type ExportedKinds,
    indentDepth,
    addRegistration,
    addSwitchCase,
    appendArrayElement,
    appendExport,
    insertStatementAfter
} from "./lib/source-edits";
import type { ProviderOperationGeneratorSchema } from "./schema";

/** `import ... from` specifier from a file (workspace path) to a module (workspace path, no .ts). */
function specifierFrom(file: string, module: string): string {
    const relative = path.posix.relative(path.posix.dirname(file), module);
    return relative.startsWith(".") ? relative : `./${relative}`;
}

function withoutExtension(file: string): string {
    return file.replace(/(\/index)?\.ts$/, "");
}

/**
 * Edits of one run: the tree is written once per file, and new files are told apart. Existing
 * files are edited as host files are (strict UTF-8, conflict markers refused, CRLF kept).
 */
class Changes {
    readonly created = new Set<string>();
    readonly edited = new Set<string>();
    constructor(private readonly tree: Tree) {}

    read(file: string): string {
        return readHostText(this.tree, file);
    }

    create(file: string, text: string): void {
        this.tree.write(file, text);
        this.created.add(file);
    }

    edit(file: string, edit: (source: string) => string): void {
        const before = this.read(file);
        const after = editWithLineEndings(before, file, edit);
        if (after === before) return;
        this.tree.write(file, after);
        if (!this.created.has(file)) this.edited.add(file);
    }
}

interface Context {
    tree: Tree;
    changes: Changes;
    options: ResolvedPluginOptions;
    profile: HostProfile;
    dir: string;
}

/**
 * Where a file imports the new operation's names from: the index its sibling's binding imports
 * from (an index re-exports the new module too), else the new module itself.
 */
function importSpecifier(
    provider: ProviderFolderFacts,
    fromFile: string,
    siblingBinding: ImportBinding | undefined,
    newFile: string
): string {
    if (siblingBinding?.kind === "named") {
        const module = provider.modules.resolveModule(fromFile, siblingBinding.specifier);
        if (module?.endsWith("index.ts")) return siblingBinding.specifier;
    }
    return specifierFrom(provider.sources.workspacePath(fromFile), withoutExtension(newFile));
}

/** A sibling's `local` binding in the provider file: a namespace (`WorkItems.x`) or named import. */
function siblingReference(provider: ProviderFolderFacts, group: string[]) {
    const registered = provider.registered;
    const sameGroup = registered.find(
        (entry) => entry.definition && entry.definition.group.join("/") === group.join("/")
    );
    return sameGroup ?? registered[registered.length - 1];
}

/** How sibling cases call their executors: arguments, and whether the call is awaited/returned. */
interface CallForm {
    callee: string;
    arguments: string[];
    awaited: boolean;
    returned: boolean;
}

/** `return await executeX(client, params as never);`, laid out as Prettier would at `indent`. */
function executorStatement(indent: string, form: CallForm, executor: string): string {
    const level = indentDepth(indent);
    // A sibling argument naming the sibling's own executor (`Parameters<typeof executeX>[1]`) names
    // ours; one casting to the sibling's own input type (`as CreateTaskInput`) casts as the seed does.
    const siblingName = form.callee.replace(/^.*execute/, "");
    const args = form.arguments.map((argument) => {
        const renamed = argument.split(form.callee).join(executor);
        return renamed.includes(siblingName) ? renamed.replace(/ as .*$/s, " as never") : renamed;
    });
    const head = `${form.returned ? "return " : ""}${form.awaited ? "await " : ""}${executor}`;
    return call(level, head, args, ";");
}

/** The most common argument list among sibling executor calls, as a call form. */
function mostCommonCall(
    calls: ts.CallExpression[],
    sourceFile: ts.SourceFile
): CallForm | undefined {
    const forms = calls.map((node) => ({
        callee: node.expression.getText(sourceFile),
        arguments: node.arguments.map((argument) => argument.getText(sourceFile)),
        awaited: ts.isAwaitExpression(node.parent),
        returned: ts.isReturnStatement(node.parent) || ts.isReturnStatement(node.parent.parent)
    }));
    const key = (form: CallForm) =>
        `${form.arguments.map((argument) => argument.split(form.callee).join("")).join(",")}|${form.awaited}|${form.returned}`;
    const counts = new Map<string, number>();
    for (const form of forms) counts.set(key(form), (counts.get(key(form)) ?? 0) + 1);
    return [...forms].sort((a, b) => (counts.get(key(b)) ?? 0) - (counts.get(key(a)) ?? 0))[0];
}

/** The file's const whose type is `TestFixture[]` and whose value is an array literal. */
function fixtureArray(sourceFile: ts.SourceFile): ts.ArrayLiteralExpression | undefined {
    for (const declaration of findDescendants(sourceFile, ts.isVariableDeclaration)) {
        const value = declaration.initializer;
        if (
            value &&
            ts.isArrayLiteralExpression(value) &&
            /TestFixture/.test(declaration.type?.getText(sourceFile) ?? "")
        ) {
            return value;
        }
    }
    return undefined;
}

/**
 * Adds a fixture to the fixture module in the file's style: an object in the exported array, or —
 * where the array lists named constants (`const zones_getZone: TestFixture = {...}`) — one more
 * constant, named by the operation id like its siblings, and its name in the array.
 */
function addFixture(source: string, file: string, id: string, fixture: object): string {
    const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
    const list = fixtureArray(sourceFile);
    const named =
        list !== undefined && list.elements.length > 0 && list.elements.every(ts.isIdentifier);
    if (!named) {
        return appendArrayElement(
            source,
            file,
            fixtureArray,
            (indent) => literalBlock(fixture, indentDepth(indent)),
            "the exported TestFixture[] array"
        );
    }
    const statement = sourceFile.statements.find(
        (candidate) =>
            candidate.getStart() <= list.getStart() && list.getEnd() <= candidate.getEnd()
    )!;
    const declaration = `const ${id}: TestFixture = ${literalBlock(fixture, 0)};\n\n`;
    const withConstant =
        source.slice(0, statement.getStart()) + declaration + source.slice(statement.getStart());
    return appendArrayElement(
        withConstant,
        file,
        fixtureArray,
        () => id,
        "the exported TestFixture[] array"
    );
}

/** How the sibling IIFE definitions get their logger, rewritten for the new file's location. */
function iifeLogger(
    context: Context,
    provider: ProviderFolderFacts,
    newFile: string
): { imports: Array<{ from: string; named: string[] }>; declaration: string; component: string } {
    const sibling = provider.operations.files.find((file) =>
        file.definitions.some((definition) => definition.form === "iife")
    );
    const className =
        provider.providerClass?.className?.value.replace(/Provider$/, "") ?? provider.sources.id;
    if (!sibling) {
        return { imports: [], declaration: "", component: className };
    }
    const sourceFile = provider.sources.parse(sibling.file);
    const text = sourceFile.getFullText();
    const declaration = sourceFile.statements.find(
        (statement) =>
            ts.isVariableStatement(statement) &&
            statement.declarationList.declarations.some(
                (item) => ts.isIdentifier(item.name) && item.name.text === "logger"
            )
    );
    const component = /component:\s*"([^"]+)"/.exec(text)?.[1] ?? className;
    if (!declaration) return { imports: [], declaration: "", component };
    const used = new Set(
        findDescendants(declaration, ts.isIdentifier).map((identifier) => identifier.text)
    );
    const imports = sourceFile.statements.flatMap((statement) => {
        if (!ts.isImportDeclaration(statement)) return [];
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) return [];
        const named = bindings.elements
            .map((element) => element.name.text)
            .filter((name) => used.has(name));
        const specifier = stringLiteralValue(statement.moduleSpecifier) ?? "";
        if (named.length === 0) return [];
        const module = specifier.startsWith(".")
            ? path.posix.normalize(
                  path.posix.join(
                      path.posix.dirname(provider.sources.workspacePath(sibling.file)),
                      specifier
                  )
              )
            : specifier;
        return [
            {
                from: specifier.startsWith(".")
                    ? specifierFrom(`${context.dir}/${newFile}`, module)
                    : module,
                named
            }
        ];
    });
    return { imports, declaration: declaration.getText(sourceFile), component };
}

type Names = ReturnType<typeof operationNames>;

/** The names of `kinds` for an operation. */
function namesOf(kinds: ExportedKinds, names: Names): { values: string[]; types: string[] } {
    const value = { definition: names.definition, execute: names.execute, schema: names.schema };
    return {
        values: kinds.values.map((kind) => value[kind]),
        types: kinds.types.map(() => names.paramsType)
    };
}

/** Everything an operation module exports, for indexes that re-export with `*` or anew. */
const ALL_KINDS: ExportedKinds = { values: ["schema", "definition", "execute"], types: ["params"] };

/**
 * Re-exports a new operation module from `operations/<group...>/index.ts` in the index's own style
 * (`export *`, or named re-exports of the names its siblings re-export), and makes every index up
 * to operations/ export it too (a new group gets its index and a re-export in its parent).
 */
function addToIndex(context: Context, folder: string, module: string, names: Names): void {
    const index = `${context.dir}/${folder}/index.ts`;
    const parentFolder = path.posix.dirname(folder);
    const isTop = folder === "operations";
    if (!context.tree.exists(index)) {
        context.changes.create(index, `export * from "./${module}";\n`);
        if (!isTop) addToIndex(context, parentFolder, path.posix.basename(folder), names);
        return;
    }
    const source = context.changes.read(index);
    const kinds = exportedKinds(source, index);
    const hasStar = /export \* from/.test(source);
    if (source.includes(`"./${module}"`)) {
        // The module is re-exported already (a group): add the names where it is named.
        const exported = namesOf(kinds ?? ALL_KINDS, names);
        context.changes.edit(index, (text) =>
            addToNamedExport(
                addToNamedExport(text, index, `./${module}`, exported.values, false),
                index,
                `./${module}`,
                exported.types,
                true
            )
        );
    } else if (hasStar || !kinds) {
        context.changes.edit(index, (text) =>
            appendExport(text, index, `export * from "./${module}";`)
        );
    } else {
        const exported = namesOf(kinds, names);
        const statements = [
            `export { ${exported.values.join(", ")} } from "./${module}";`,
            ...(exported.types.length > 0
                ? [`export type { ${exported.types.join(", ")} } from "./${module}";`]
                : [])
        ].join("\n");
        context.changes.edit(index, (text) => appendExport(text, index, statements));
    }
    if (!isTop) addToIndex(context, parentFolder, path.posix.basename(folder), names);
}

/** Adds one operation to the provider, in its style. Returns what it did, for the log. */
function addOperation(context: Context, spec: NewOperation): string[] {
    const { tree, changes, profile, dir } = context;
    const provider = readProviderFromTree(tree, dir, profile.fixtures?.fixtureModule);
    const providerFile = provider.providerFile!;
    const conventions = provider.conventions;
    const group = spec.group;
    const base = spec.operation.id;
    let id = base;
    if (group.length > 0 && conventions.ids.nested === "group-prefixed") {
        const prefix = groupIdPrefix(conventions.ids, group);
        id = base.startsWith(`${prefix}_`) ? base : `${prefix}_${base}`;
    }
    const fileBase = id === base ? base : base.replace(/^[^_]+_/, "");
    const names = operationNames(fileBase);
    const relativeFile = ["operations", ...group, `${fileBase}.ts`].join("/");
    const file = `${dir}/${relativeFile}`;
    const existing = provider.operations.files
        .flatMap((entry) => entry.definitions)
        .find((definition) => definition.id === id || definition.variable === names.definition);
    if (existing) {
        throw new FlowmaestroError(
            `"${provider.sources.id}" already has operation ${existing.id === id ? `"${id}"` : names.definition} (${dir}/${existing.file}:${existing.idPosition.line}); nothing was written.`
        );
    }
    if (tree.exists(file)) {
        throw new FlowmaestroError(`${file} already exists; nothing was written.`);
    }
    const toolNameProblem = mcpToolNameProblem(provider.sources.id, id);
    if (toolNameProblem) {
        throw new FlowmaestroError(`operation "${id}": ${toolNameProblem}; nothing was written.`);
    }
    const client = clientCallOf(tree, provider);
    const clash =
        client.kind === "generated" &&
        clientMemberClash(
            tree,
            provider.sources.workspacePath(client.clientFile),
            client.clientClass,
            id,
            names.clientMethod
        );
    if (clash) throw new FlowmaestroError(clash);
    const model: OperationModel = {
        ...operationModel({ ...spec.operation, id: fileBase }, provider.sources.id),
        id,
        mcpToolName: mcpToolName(provider.sources.id, id)
    };
    const clientFile = provider.sources.workspacePath(client.clientFile);
    const jsonSchemaRequired = profile.fields.operationDefinition.get("inputSchemaJSON");
    changes.create(
        file,
        renderOperationFile({
            operation: model,
            id,
            names,
            client,
            clientModule: specifierFrom(file, withoutExtension(clientFile)),
            coreTypesModule: specifierFrom(file, profile.modules.coreTypes),
            jsonSchemaModule:
                jsonSchemaRequired && profile.jsonSchema
                    ? specifierFrom(file, profile.jsonSchema.module)
                    : undefined,
            form: conventions.definitionForm,
            logger:
                conventions.definitionForm === "iife"
                    ? iifeLogger(context, provider, relativeFile)
                    : undefined,
            profile,
            failureType: hostErrorType(profile, "server_error")
        })
    );
    const done = [`created ${file}`];

    // Re-export from the right index (a new group gets its own).
    addToIndex(context, ["operations", ...group].join("/"), fileBase, names);

    // The provider class: import (or namespace reference), registration, dispatch case.
    const providerPath = provider.sources.workspacePath(providerFile);
    const sibling = siblingReference(provider, group);
    let reference = (name: string) => name;
    const siblingBinding = sibling && provider.modules.importsOf(providerFile).get(sibling.local);
    if (sibling?.member !== undefined && siblingBinding?.kind === "namespace") {
        const siblingGroup = sibling.definition?.group.join("/") ?? "";
        if (siblingGroup === group.join("/")) {
            reference = (name) => `${sibling.local}.${name}`;
        } else {
            const namespace = pascalCase(group[group.length - 1] ?? "Operations");
            const from = specifierFrom(
                providerPath,
                `${dir}/${["operations", ...group].join("/")}`
            );
            changes.edit(providerPath, (source) => {
                const sourceFile = ts.createSourceFile(
                    providerPath,
                    source,
                    ts.ScriptTarget.Latest,
                    true
                );
                const lastNamespace = sourceFile.statements
                    .filter(ts.isImportDeclaration)
                    .filter(
                        (statement) =>
                            statement.importClause?.namedBindings &&
                            ts.isNamespaceImport(statement.importClause.namedBindings)
                    )
                    .pop();
                return insertStatementAfter(
                    source,
                    providerPath,
                    lastNamespace!,
                    `import * as ${namespace} from "${from}";`
                );
            });
            reference = (name) => `${namespace}.${name}`;
        }
    } else {
        const from = importSpecifier(provider, providerFile, siblingBinding, file);
        changes.edit(providerPath, (source) =>
            addImport(
                source,
                providerPath,
                { from, named: [names.definition, names.execute] },
                profile.importOrder
            )
        );
    }
    changes.edit(providerPath, (source) =>
        addRegistration(source, providerPath, reference(names.definition))
    );
    const dispatch = provider.providerClass?.dispatch;
    const caseCall = conventions.dispatch.caseCall;
    if (dispatch?.kind === "switch" && caseCall) {
        const executor = reference(names.execute);
        changes.edit(providerPath, (source) =>
            addSwitchCase(source, providerPath, "executeOperation", id, (indent) =>
                executorStatement(indent, caseCall, executor)
            )
        );
        done.push(`registered and dispatched "${id}" in ${providerPath}`);
    } else {
        done.push(
            `registered "${id}" in ${providerPath} (executeOperation does not dispatch with a switch: check it reaches the new operation)`
        );
    }

    // MCP: only where tool calls are dispatched case by case; listings over this.operations need nothing.
    const mcp = provider.mcp;
    if (mcp.dispatch.kind === "switch" && mcp.dispatchFile) {
        const mcpPath = provider.sources.workspacePath(mcp.dispatchFile);
        const mcpSource = provider.sources.parse(mcp.dispatchFile);
        const methods = findDescendants(mcpSource, ts.isMethodDeclaration).filter((method) =>
            method.body ? findDescendants(method.body, ts.isSwitchStatement).length > 0 : false
        );
        const method = methods.find((candidate) =>
            /execute/i.test(candidate.name.getText(mcpSource))
        );
        const labels = mcp.dispatch.cases.map((entry) => entry.value);
        const toolPrefix = `${providerNames(provider.sources.id).toolPrefix}_`;
        const label = labels.some((value) => value.startsWith(toolPrefix))
            ? `${toolPrefix}${id}`
            : id;
        const calls = method
            ? findDescendants(method, ts.isCallExpression).filter((candidate) =>
                  /(^|\.)execute[A-Z]/.test(candidate.expression.getText(mcpSource))
              )
            : [];
        const siblingCall = mostCommonCall(calls, mcpSource);
        if (method && siblingCall) {
            const siblingExecutor = siblingCall.callee;
            const executor = siblingExecutor.includes(".")
                ? `${siblingExecutor.slice(0, siblingExecutor.lastIndexOf("."))}.${names.execute}`
                : names.execute;
            const binding = provider.modules
                .importsOf(mcp.dispatchFile)
                .get(siblingExecutor.split(".")[0]);
            if (binding?.kind === "named") {
                const from = importSpecifier(provider, mcp.dispatchFile, binding, file);
                changes.edit(mcpPath, (source) =>
                    addImport(
                        source,
                        mcpPath,
                        { from, named: [names.execute] },
                        profile.importOrder
                    )
                );
            }
            changes.edit(mcpPath, (source) =>
                addSwitchCase(source, mcpPath, method.name.getText(mcpSource), label, (indent) =>
                    executorStatement(indent, siblingCall, executor)
                )
            );
            done.push(`added MCP tool dispatch "${label}" in ${mcpPath}`);
        }
    } else if (mcp.listing === "opt-out") {
        done.push(`no MCP tool: ${provider.sources.id} offers none on purpose`);
    }

    // The generated client gets the method the executor calls.
    if (client.kind === "generated") {
        changes.edit(clientFile, (source) => {
            const placement = parameterPlacement(model);
            const args = [tsString(model.method), tsString(model.path), "params"];
            const body =
                placement.length === 0
                    ? call(2, `return this.${GENERATED_SEND_METHOD}`, args, ";")
                    : `        return this.${GENERATED_SEND_METHOD}(${args.join(", ")}, {\n${objectLines(
                          3,
                          placement.map(([name, location, wireName]) => [
                              name,
                              `[${tsString(location)}, ${tsString(wireName)}]`
                          ])
                      )}\n        });`;
            const withMethod = addClassMemberBefore(
                source,
                clientFile,
                (sourceFile) =>
                    findDescendants(sourceFile, ts.isMethodDeclaration).find(
                        (candidate) => candidate.name.getText(sourceFile) === GENERATED_SEND_METHOD
                    ),
                (indent) =>
                    `${indent}async ${names.clientMethod}(params: ${names.paramsType}): Promise<unknown> {\n${body}\n${indent}}`,
                `the private ${GENERATED_SEND_METHOD}() method of ${client.clientClass}`
            );
            return addImport(
                withMethod,
                clientFile,
                { from: "../operations", named: [names.paramsType], typeOnly: true },
                profile.importOrder
            );
        });
    }

    // A fixture where the host has the fixture system.
    if (profile.fixtures) {
        const fixture = operationFixture(provider.sources.id, model, profile.operationErrorTypes);
        const fixturesFile = `${dir}/${profile.fixtures.fixtureModule}`;
        if (tree.exists(fixturesFile)) {
            changes.edit(fixturesFile, (source) => addFixture(source, fixturesFile, id, fixture));
        } else {
            const camel = providerNames(provider.sources.id).camel;
            changes.create(
                fixturesFile,
                `${renderImports([{ from: specifierFrom(fixturesFile, profile.fixtures.module), named: ["TestFixture"], typeOnly: true }], profile.importOrder)}\n\nexport const ${camel}Fixtures: TestFixture[] = ${literalBlock([fixture], 0)};\n`
            );
            const loader = profile.fixtures.loaderFile;
            changes.edit(
                loader,
                (source) =>
                    planFixtureLoaderFile(
                        source,
                        { id: provider.sources.id } as RegistrationModel,
                        { fileName: loader }
                    ).text
            );
        }
        done.push(`added a fixture for "${id}" to ${fixturesFile}`);
    }
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
    return runWithHostFilesLock(tree, async () => {
        await addOperations(tree, schema, options);
        return undefined;
    });
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
    const context: Context = {
        tree,
        changes: new Changes(tree),
        options,
        profile: readHostProfile(treeHostReader(tree), options),
        dir: providerDir(options, normalized.provider)
    };
    normalized.warnings.forEach((warning) => logger.warn(warning));
    normalized.notes.forEach((note) => logger.info(note));
    const report: string[] = [];
    for (const operation of normalized.operations) {
        report.push(...addOperation(context, operation));
    }
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
    // New files are formatted like the host; edited files keep every byte they had.
    const edited = new Map(
        [...context.changes.edited].map((file) => [file, tree.read(file, "utf-8") ?? ""])
    );
    await formatUnlessPreview(tree, schema);
    for (const [file, text] of edited) tree.write(file, text);
    report.forEach((line) => logger.info(line));
}

export default providerOperationGenerator;
