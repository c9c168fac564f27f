import * as ts from "typescript";
import { literalBlock } from "../../../codegen/layout";
import type { Addition } from "../../../host-files/edit-support";
import { planFixtureLoaderFile } from "../../../host-files/fixture-loader-file";
import type { RegistrationModel } from "../../../model/registration";
import { findDescendants } from "../../../utils/ast";
import type { OperationTarget } from "./operation-target";
import { fixtureOf, renderFixtureModule } from "./render-new-files";
import type { RunContext } from "./run-context";
import { appendArrayElement, indentDepth } from "./source-edits";

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

const FIXTURE_ARRAY = "the exported TestFixture[] array";

/**
 * A fixture for the fixture module in the file's style: an object in the exported array, or —
 * where the array lists named constants (`const zones_getZone: TestFixture = {...}`) — one more
 * constant, named by the operation id like its siblings, and its name in the array.
 */
function fixtureAdditions(source: string, file: string, id: string, fixture: object): Addition[] {
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
            FIXTURE_ARRAY
        );
    }
    const statement = sourceFile.statements.find(
        (candidate) =>
            candidate.getStart() <= list.getStart() && list.getEnd() <= candidate.getEnd()
    )!;
    return [
        {
            what: `fixture constant ${id}`,
            index: statement.getStart(),
            text: `const ${id}: TestFixture = ${literalBlock(fixture, 0)};\n\n`
        },
        ...appendArrayElement(source, file, fixtureArray, () => id, FIXTURE_ARRAY)
    ];
}

/**
 * A fixture where the host has the fixture system: added to the provider's fixture module, or in a
 * new one that the host's fixture loader then loads (a host file: this runs under the host-files
 * lock the generator holds).
 */
export function addFixture(context: RunContext, target: OperationTarget): string[] {
    const { tree, changes, profile, dir } = context;
    if (!profile.fixtures) return [];
    const fixturesFile = `${dir}/${profile.fixtures.fixtureModule}`;
    if (tree.exists(fixturesFile)) {
        const fixture = fixtureOf(context, target);
        changes.insert(fixturesFile, (source) =>
            fixtureAdditions(source, fixturesFile, target.id, fixture)
        );
    } else {
        changes.create(fixturesFile, renderFixtureModule(context, target));
        const loader = profile.fixtures.loaderFile;
        const registration = { id: target.provider.sources.id } as RegistrationModel;
        changes.apply(loader, (source) =>
            planFixtureLoaderFile(source, registration, { fileName: loader })
        );
    }
    return [`added a fixture for "${target.id}" to ${fixturesFile}`];
}
