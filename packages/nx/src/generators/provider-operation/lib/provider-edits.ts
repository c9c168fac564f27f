import * as path from "path";
import * as ts from "typescript";
import { call } from "../../../codegen/layout";
import { pascalCase, providerNames, type OperationNames } from "../../../model/names";
import type { ProviderFolderFacts } from "../../../provider-source";
import type { ImportBinding } from "../../../provider-source/modules";
import { findDescendants } from "../../../utils/ast";
import type { OperationTarget } from "./operation-target";
import { GENERATED_SEND_METHOD } from "./read-provider";
import { renderClientMethod } from "./render-new-files";
import { specifierFrom } from "../../../utils/module-specifier";
import { withoutExtension, type RunContext } from "./run-context";
import {
    addClassMemberBefore,
    addImport,
    addRegistration,
    addSwitchCase,
    addToNamedExport,
    appendExport,
    exportedKinds,
    indentDepth,
    insertStatementAfter,
    type ExportedKinds
} from "./source-edits";

/**
 * The edits that wire a new operation into the provider's own files, each in the file's style:
 * the operation indexes, the provider class (import, registration, dispatch case), the MCP
 * adapter's dispatch, the generated client's method. Each returns what it did, for the log.
 */

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

/** The names of `kinds` for an operation. */
function namesOf(
    kinds: ExportedKinds,
    names: OperationNames
): { values: string[]; types: string[] } {
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
export function addToIndex(
    context: RunContext,
    folder: string,
    module: string,
    names: OperationNames
): void {
    const index = `${context.dir}/${folder}/index.ts`;
    const parentFolder = path.posix.dirname(folder);
    const isTop = folder === "operations";
    if (!context.tree.exists(index)) {
        context.changes.create(index, `export * from "./${module}";\n`);
        if (!isTop) addToIndex(context, parentFolder, path.posix.basename(folder), names);
        return;
    }
    const from = `./${module}`;
    context.changes.insert(index, (source) => {
        const kinds = exportedKinds(source, index);
        if (source.includes(`"${from}"`)) {
            // The module is re-exported already (a group): add the names where it is named.
            const exported = namesOf(kinds ?? ALL_KINDS, names);
            return [
                ...addToNamedExport(source, index, from, exported.values, false),
                ...addToNamedExport(source, index, from, exported.types, true)
            ];
        }
        if (/export \* from/.test(source) || !kinds) {
            return appendExport(source, index, `export * from "${from}";`);
        }
        const exported = namesOf(kinds, names);
        const statements = [
            `export { ${exported.values.join(", ")} } from "${from}";`,
            ...(exported.types.length > 0
                ? [`export type { ${exported.types.join(", ")} } from "${from}";`]
                : [])
        ].join("\n");
        return appendExport(source, index, statements);
    });
    if (!isTop) addToIndex(context, parentFolder, path.posix.basename(folder), names);
}

/** The provider class: import (or namespace reference), registration, dispatch case. */
export function registerInProviderClass(context: RunContext, target: OperationTarget): string {
    const { changes, profile, dir } = context;
    const { provider, group, names, id } = target;
    const providerFile = provider.providerFile!;
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
            changes.insert(providerPath, (source) => {
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
                return [
                    insertStatementAfter(
                        source,
                        lastNamespace!,
                        `import * as ${namespace} from "${from}";`
                    )
                ];
            });
            reference = (name) => `${namespace}.${name}`;
        }
    } else {
        const from = importSpecifier(provider, providerFile, siblingBinding, target.file);
        changes.insert(providerPath, (source) =>
            addImport(
                source,
                providerPath,
                { from, named: [names.definition, names.execute] },
                profile.importOrder
            )
        );
    }
    changes.insert(providerPath, (source) =>
        addRegistration(source, providerPath, reference(names.definition))
    );
    const dispatch = provider.providerClass?.dispatch;
    const caseCall = provider.conventions.dispatch.caseCall;
    if (dispatch?.kind === "switch" && caseCall) {
        const executor = reference(names.execute);
        changes.insert(providerPath, (source) =>
            addSwitchCase(source, providerPath, "executeOperation", id, (indent) =>
                executorStatement(indent, caseCall, executor)
            )
        );
        return `registered and dispatched "${id}" in ${providerPath}`;
    }
    return `registered "${id}" in ${providerPath} (executeOperation does not dispatch with a switch: check it reaches the new operation)`;
}

/** MCP: only where tool calls are dispatched case by case; listings over this.operations need nothing. */
export function addMcpDispatch(context: RunContext, target: OperationTarget): string[] {
    const { changes, profile } = context;
    const { provider, names, id } = target;
    const mcp = provider.mcp;
    if (mcp.dispatch.kind !== "switch" || !mcp.dispatchFile) {
        return mcp.listing === "opt-out"
            ? [`no MCP tool: ${provider.sources.id} offers none on purpose`]
            : [];
    }
    const mcpPath = provider.sources.workspacePath(mcp.dispatchFile);
    const mcpSource = provider.sources.parse(mcp.dispatchFile);
    const methods = findDescendants(mcpSource, ts.isMethodDeclaration).filter((method) =>
        method.body ? findDescendants(method.body, ts.isSwitchStatement).length > 0 : false
    );
    const method = methods.find((candidate) => /execute/i.test(candidate.name.getText(mcpSource)));
    const labels = mcp.dispatch.cases.map((entry) => entry.value);
    const toolPrefix = `${providerNames(provider.sources.id).toolPrefix}_`;
    const label = labels.some((value) => value.startsWith(toolPrefix)) ? `${toolPrefix}${id}` : id;
    const calls = method
        ? findDescendants(method, ts.isCallExpression).filter((candidate) =>
              /(^|\.)execute[A-Z]/.test(candidate.expression.getText(mcpSource))
          )
        : [];
    const siblingCall = mostCommonCall(calls, mcpSource);
    if (!method || !siblingCall) return [];
    const siblingExecutor = siblingCall.callee;
    const executor = siblingExecutor.includes(".")
        ? `${siblingExecutor.slice(0, siblingExecutor.lastIndexOf("."))}.${names.execute}`
        : names.execute;
    const binding = provider.modules.importsOf(mcp.dispatchFile).get(siblingExecutor.split(".")[0]);
    if (binding?.kind === "named") {
        const from = importSpecifier(provider, mcp.dispatchFile, binding, target.file);
        changes.insert(mcpPath, (source) =>
            addImport(source, mcpPath, { from, named: [names.execute] }, profile.importOrder)
        );
    }
    changes.insert(mcpPath, (source) =>
        addSwitchCase(source, mcpPath, method.name.getText(mcpSource), label, (indent) =>
            executorStatement(indent, siblingCall, executor)
        )
    );
    return [`added MCP tool dispatch "${label}" in ${mcpPath}`];
}

/** The generated client gets the method the executor calls, before its private send(). */
export function addClientMethod(context: RunContext, target: OperationTarget): void {
    const { client, clientFile, names } = target;
    if (client.kind !== "generated") return;
    const method = renderClientMethod(context, target);
    context.changes.insert(clientFile, (source) => [
        ...addClassMemberBefore(
            source,
            clientFile,
            (sourceFile) =>
                findDescendants(sourceFile, ts.isMethodDeclaration).find(
                    (candidate) => candidate.name.getText(sourceFile) === GENERATED_SEND_METHOD
                ),
            (indent) => method.replace(/^ {4}/, indent),
            `the private ${GENERATED_SEND_METHOD}() method of ${client.clientClass}`
        ),
        ...addImport(
            source,
            clientFile,
            { from: "../operations", named: [names.paramsType], typeOnly: true },
            context.profile.importOrder
        )
    ]);
}
