import * as path from "path";
import * as ts from "typescript";
import { operationFixture, type OperationFixture } from "../../../codegen/fixtures";
import { operationContext, sharedContext } from "../../../codegen/render-context";
import { FIXTURES_TEMPLATE, OPERATION_TEMPLATE } from "../../../codegen/templates";
import type { ImportSpec } from "../../../host-profile/import-order";
import { providerNames } from "../../../model/names";
import type { ProviderFolderFacts } from "../../../provider-source";
import { findDescendants, stringLiteralValue } from "../../../utils/ast";
import type { OperationTarget } from "./operation-target";
import { specifierFrom } from "../../../utils/module-specifier";
import { withoutExtension, type RunContext } from "./run-context";

/**
 * New text for an existing provider, rendered from the same templates integration-provider uses
 * (with the workspace's `templatesDir` overrides): the operation file in the provider's definition
 * form, the generated client's method, a new fixture module.
 */

/** The provider's class prefix, as its provider class is named. */
function classPrefix(provider: ProviderFolderFacts): string | undefined {
    return provider.providerClass?.className?.value.replace(/Provider$/, "");
}

/**
 * What templates see of an existing provider: `model` is its `id` and `displayName` only, `names`
 * are derived from its class names, with the client class it has.
 */
function existingProviderContext(context: RunContext, target: OperationTarget) {
    const { provider } = target;
    const id = provider.sources.id;
    return {
        ...sharedContext(context.profile, context.dir),
        model: { id, displayName: provider.providerClass?.displayName?.value ?? id },
        names: {
            ...providerNames(id, classPrefix(provider)),
            clientClass: target.client.clientClass
        }
    };
}

/** How the sibling IIFE definitions get their logger, rewritten for the new file's location. */
function iifeLogger(
    context: RunContext,
    provider: ProviderFolderFacts,
    newFile: string
): { imports: ImportSpec[]; declaration: string; component: string } {
    const sibling = provider.operations.files.find((file) =>
        file.definitions.some((definition) => definition.form === "iife")
    );
    const component = classPrefix(provider) ?? provider.sources.id;
    if (!sibling) return { imports: [], declaration: "", component };
    const sourceFile = provider.sources.parse(sibling.file);
    const declaration = sourceFile.statements.find(
        (statement) =>
            ts.isVariableStatement(statement) &&
            statement.declarationList.declarations.some(
                (item) => ts.isIdentifier(item.name) && item.name.text === "logger"
            )
    );
    const siblingComponent =
        /component:\s*"([^"]+)"/.exec(sourceFile.getFullText())?.[1] ?? component;
    if (!declaration) return { imports: [], declaration: "", component: siblingComponent };
    const used = new Set(
        findDescendants(declaration, ts.isIdentifier).map((identifier) => identifier.text)
    );
    const siblingPath = provider.sources.workspacePath(sibling.file);
    const imports = sourceFile.statements.flatMap((statement): ImportSpec[] => {
        if (!ts.isImportDeclaration(statement)) return [];
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) return [];
        const named = bindings.elements
            .map((element) => element.name.text)
            .filter((name) => used.has(name));
        if (named.length === 0) return [];
        const specifier = stringLiteralValue(statement.moduleSpecifier) ?? "";
        if (!specifier.startsWith(".")) return [{ from: specifier, named }];
        const module = path.posix.normalize(
            path.posix.join(path.posix.dirname(siblingPath), specifier)
        );
        return [{ from: specifierFrom(`${context.dir}/${newFile}`, module), named }];
    });
    return { imports, declaration: declaration.getText(sourceFile), component: siblingComponent };
}

/** The new operation file, written like the provider's own operation files. */
export function renderOperationFile(context: RunContext, target: OperationTarget): string {
    const { client, provider } = target;
    const form = provider.conventions.definitionForm;
    return context.templates.render(
        OPERATION_TEMPLATE,
        operationContext(existingProviderContext(context, target), {
            operation: target.model,
            file: target.relativeFile,
            client: {
                kind: client.kind,
                className: client.clientClass,
                module: specifierFrom(target.file, withoutExtension(target.clientFile)),
                acceptsQuery: client.kind === "request" ? client.acceptsQuery : undefined
            },
            definitionForm: form,
            logger: form === "iife" ? iifeLogger(context, provider, target.relativeFile) : undefined
        })
    );
}

/** The generated client's method for the operation, one indentation step deep. */
export function renderClientMethod(context: RunContext, target: OperationTarget): string {
    return context.templates.renderPartial("client-method", {
        ...existingProviderContext(context, target),
        op: target.model
    });
}

/** The operation's fixture, as the host's TestFixture. */
export function fixtureOf(context: RunContext, target: OperationTarget): OperationFixture {
    return operationFixture(
        target.provider.sources.id,
        target.model,
        context.profile.operationErrorTypes
    );
}

/** A new fixture module holding the operation's fixture. */
export function renderFixtureModule(context: RunContext, target: OperationTarget): string {
    return context.templates.render(FIXTURES_TEMPLATE, {
        ...existingProviderContext(context, target),
        fixtures: [fixtureOf(context, target)]
    });
}
