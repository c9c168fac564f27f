import * as ts from "typescript";
import type { RegistrationModel } from "../model/registration";
import { findDescendants, positionOf, stringLiteralValue, unwrapExpression } from "../utils/ast";
import { lastReadPerFile } from "../utils/memo";
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
import type { Addition, HostFileEdit } from "./edit-support";
import type { FixtureLoaderFileModel } from "./types";

/**
 * fixtureLoader.ts (the sixth registration, where the host has the sandbox fixture system): a
 * hard-coded array of provider ids, each loaded with `import(\`../providers/${p}/fixtures\`)`. A
 * provider missing there silently has no sandbox test data.
 */

interface LoaderSource {
    sourceFile: ts.SourceFile;
    list: ts.ArrayLiteralExpression;
    elements: Array<{ id: string; node: ts.Expression }>;
}

/** A dynamic `import(...)` whose specifier is a template mentioning the fixtures module. */
function importsFixtures(node: ts.Node): boolean {
    return (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] !== undefined &&
        /fixtures/.test(node.arguments[0].getText())
    );
}

/** The const array a `for (const p of <list>)` loop iterates, when that loop imports fixtures. */
function iteratedList(sourceFile: ts.SourceFile): ts.ArrayLiteralExpression | undefined {
    for (const loop of findDescendants(sourceFile, ts.isForOfStatement)) {
        if (!ts.isIdentifier(loop.expression)) continue;
        if (
            !findDescendants(loop.statement, (node): node is ts.CallExpression =>
                importsFixtures(node)
            ).length
        ) {
            continue;
        }
        const name = loop.expression.text;
        const declaration = findDescendants(sourceFile, ts.isVariableDeclaration).find(
            (candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === name
        );
        const value = declaration?.initializer && unwrapExpression(declaration.initializer);
        if (value && ts.isArrayLiteralExpression(value)) return value;
    }
    return undefined;
}

const readLoader = lastReadPerFile(function readLoader(
    source: string,
    fileName: string
): LoaderSource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const list = iteratedList(sourceFile);
    if (!list) {
        throw unexpectedShape(
            fileName,
            'expected the fixture loader: `const providers = ["slack", ...]` iterated by a loop that imports `../providers/${provider}/fixtures`'
        );
    }
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
    return { sourceFile, list, elements };
});

export function parseFixtureLoaderFile(source: string, fileName: string): FixtureLoaderFileModel {
    const { sourceFile, list, elements } = readLoader(source, fileName);
    return {
        providers: elements.map(({ id, node }) => ({
            key: id,
            value: id,
            position: positionOf(node, sourceFile)
        })),
        listPosition: positionOf(list, sourceFile)
    };
}

/**
 * The list is kept (mostly) alphabetical: the new id goes before the first id that sorts after it,
 * else at the end.
 */
function loaderAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string
): Addition[] {
    const { list, elements } = readLoader(source, fileName);
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
    context: { fileName?: string } = {}
): HostFileEdit {
    const fileName = context.fileName ?? "fixtureLoader.ts";
    return editHostFile(
        source,
        fileName,
        (lfSource) => loaderAdditions(lfSource, registration, fileName),
        verifyTypeScript(fileName)
    );
}

export const editFixtureLoaderFile = textEdit(planFixtureLoaderFile);
