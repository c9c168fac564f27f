import * as ts from "typescript";
import {
    findDescendants,
    findProperty,
    positionOf,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import type { SourcePosition } from "../utils/ast";

export type FixtureCaseKind = "valid" | "error" | "edge";

/** A `TestFixture` object literal of fixtures.ts and where its cases are written. */
export interface LocatedFixture {
    /** `operationId`, with string constants of the file resolved; undefined when computed. */
    operationId?: string;
    position: SourcePosition;
    /** Position of each element of `validCases` / `errorCases` / `edgeCases`, by index. */
    cases: Record<FixtureCaseKind, SourcePosition[]>;
}

const CASE_LISTS: Record<FixtureCaseKind, string> = {
    valid: "validCases",
    error: "errorCases",
    edge: "edgeCases"
};

/** Every object literal with an `operationId` property, in source order. */
export function locateFixtures(sourceFile: ts.SourceFile): LocatedFixture[] {
    const constants = new Map<string, string>();
    for (const declaration of findDescendants(sourceFile, ts.isVariableDeclaration)) {
        const value =
            declaration.initializer &&
            stringLiteralValue(unwrapExpression(declaration.initializer));
        if (ts.isIdentifier(declaration.name) && value !== undefined) {
            constants.set(declaration.name.text, value);
        }
    }
    const fixtures: LocatedFixture[] = [];
    for (const object of findDescendants(sourceFile, ts.isObjectLiteralExpression)) {
        const idProperty = object.properties.find(
            (property): property is ts.PropertyAssignment =>
                ts.isPropertyAssignment(property) &&
                propertyNameText(property.name) === "operationId"
        );
        if (!idProperty) continue;
        const value = unwrapExpression(idProperty.initializer);
        const cases = {} as Record<FixtureCaseKind, SourcePosition[]>;
        for (const [kind, list] of Object.entries(CASE_LISTS) as [FixtureCaseKind, string][]) {
            const initializer = findProperty(object, list)?.initializer;
            const array = initializer && unwrapExpression(initializer);
            cases[kind] =
                array && ts.isArrayLiteralExpression(array)
                    ? array.elements.map((element) => positionOf(element, sourceFile))
                    : [];
        }
        fixtures.push({
            operationId:
                stringLiteralValue(value) ??
                (ts.isIdentifier(value) ? constants.get(value.text) : undefined),
            position: positionOf(object, sourceFile),
            cases
        });
    }
    return fixtures;
}
