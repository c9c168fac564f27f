import * as path from "path";
import * as ts from "typescript";
import type { RegistrationModel } from "../model/registration";
import { findDescendants, positionOf, stringLiteralValue, unwrapExpression } from "../utils/ast";
import {
    editHostFile,
    hostString,
    insertIntoList,
    lineIndentAt,
    memberIndentation,
    parseHostTypeScript,
    textEdit,
    unexpectedShape,
    verifyTypeScript
} from "./edit-support";
import type { Addition, HostFileEdit, HostFilePlanContext } from "./edit-support";
import type { FixtureLoaderFileModel } from "./types";

/**
 * fixtureLoader.ts (the sixth registration, where the host has the sandbox fixture system): a
 * hard-coded array of provider ids, each loaded with a dynamic import whose specifier is a path
 * template (`import(\`../providers/${p}/fixtures\`)`). A provider missing there silently has no
 * sandbox test data. The template is also the one statement of where a provider's fixture module
 * lives: FlowMaestro's history has held more than one place (`__tests__/fixtures` in February 2026).
 */

/** fixtureLoader.ts read for planning: the provider list and the import template. */
export interface LoaderSource {
    sourceFile: ts.SourceFile;
    list: ts.ArrayLiteralExpression;
    elements: Array<{ id: string; node: ts.Expression }>;
    template: ts.TemplateExpression;
}

/** The specifier of a dynamic `import(...)`: a template mentioning the fixtures module. */
function isFixturesImportTemplate(node: ts.Node): node is ts.TemplateExpression {
    return (
        ts.isTemplateExpression(node) &&
        ts.isCallExpression(node.parent) &&
        node.parent.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.parent.arguments[0] === node &&
        /fixtures/.test(node.getText())
    );
}

/**
 * The const array a `for (const p of <list>)` loop iterates, when that loop imports fixtures, with
 * the import's template.
 */
function iteratedList(
    sourceFile: ts.SourceFile
): { list: ts.ArrayLiteralExpression; template: ts.TemplateExpression } | undefined {
    for (const loop of findDescendants(sourceFile, ts.isForOfStatement)) {
        if (!ts.isIdentifier(loop.expression)) continue;
        const [template] = findDescendants(loop.statement, isFixturesImportTemplate);
        if (!template) continue;
        const name = loop.expression.text;
        const declaration = findDescendants(sourceFile, ts.isVariableDeclaration).find(
            (candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === name
        );
        const value = declaration?.initializer && unwrapExpression(declaration.initializer);
        if (value && ts.isArrayLiteralExpression(value)) return { list: value, template };
    }
    return undefined;
}

/** Stands for the provider id while the import template is resolved as a path. */
const PROVIDER_PLACEHOLDER = "\0provider\0";

/**
 * The fixture module relative to a provider folder (`fixtures.ts`, `__tests__/fixtures.ts`): the
 * loader's import template resolved against the loader's folder, with the provider id as one whole
 * path segment, taken after that segment.
 */
function fixtureModuleOf(template: ts.TemplateExpression, fileName: string): string {
    const [span] = template.templateSpans;
    const resolved =
        template.templateSpans.length === 1
            ? path.posix.join(
                  path.posix.dirname(fileName),
                  `${template.head.text}${PROVIDER_PLACEHOLDER}${span.literal.text}`
              )
            : "";
    const segments = resolved.split("/");
    const at = segments.indexOf(PROVIDER_PLACEHOLDER);
    if (at < 0 || at === segments.length - 1) {
        throw unexpectedShape(
            fileName,
            "the fixture loader's import path must be a template with the provider id as one folder, e.g. `../providers/${provider}/fixtures`",
            template
        );
    }
    return `${segments.slice(at + 1).join("/")}.ts`;
}

export function readFixtureLoaderFile(source: string, fileName: string): LoaderSource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const found = iteratedList(sourceFile);
    if (!found) {
        throw unexpectedShape(
            fileName,
            'expected the fixture loader: `const providers = ["slack", ...]` iterated by a loop that imports `../providers/${provider}/fixtures`'
        );
    }
    const { list, template } = found;
    const elements = list.elements.map((node) => {
        const id = stringLiteralValue(node);
        if (id === undefined) {
            throw unexpectedShape(
                fileName,
                "every element of the fixture loader's provider list must be a string literal",
                node
            );
        }
        return { id, node };
    });
    return { sourceFile, list, elements, template };
}

/** Throws when the import template does not place the provider id as one folder. */
export function fixtureLoaderFileModel(
    loader: LoaderSource,
    fileName: string
): FixtureLoaderFileModel {
    const { sourceFile, list, elements, template } = loader;
    return {
        fixtureModule: fixtureModuleOf(template, fileName),
        providers: elements.map(({ id, node }) => ({
            key: id,
            value: id,
            position: positionOf(node, sourceFile)
        })),
        listPosition: positionOf(list, sourceFile)
    };
}

export function parseFixtureLoaderFile(source: string, fileName: string): FixtureLoaderFileModel {
    return fixtureLoaderFileModel(readFixtureLoaderFile(source, fileName), fileName);
}

/**
 * The list is kept (mostly) alphabetical: the new id goes before the first id that sorts after it,
 * else at the end.
 */
function loaderAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    read: typeof readFixtureLoaderFile
): Addition[] {
    const { list, elements } = read(source, fileName);
    if (elements.some((element) => element.id === registration.id)) return [];
    const what = `fixture loader entry "${registration.id}"`;
    const { indent } = memberIndentation(source, list);
    const item = `${indent}${hostString(registration.id)}`;
    const next = elements.findIndex((element) => element.id > registration.id);
    if (next === 0) {
        const first = elements[0].node;
        return [
            {
                what,
                index: first.getStart(),
                text: `${hostString(registration.id)},\n${lineIndentAt(source, first.getStart())}`
            }
        ];
    }
    const after = next === -1 ? undefined : elements[next - 1].node;
    return [insertIntoList(source, list, what, item, { after })];
}

/** Adds the provider to the fixture loader's list when missing. */
export function planFixtureLoaderFile(
    source: string,
    registration: RegistrationModel,
    context: HostFilePlanContext<LoaderSource> = {}
): HostFileEdit {
    const fileName = context.fileName ?? "fixtureLoader.ts";
    return editHostFile(
        source,
        fileName,
        (lfSource) =>
            loaderAdditions(
                lfSource,
                registration,
                fileName,
                context.read ?? readFixtureLoaderFile
            ),
        verifyTypeScript(fileName)
    );
}

export const editFixtureLoaderFile = textEdit(planFixtureLoaderFile);
