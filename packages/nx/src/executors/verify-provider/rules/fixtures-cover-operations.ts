import * as ts from "typescript";
import {
    findDescendants,
    positionOf,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression
} from "../../../utils/ast";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

/** `operationId: "x"` anywhere in the fixture module, with string constants of the file resolved. */
function fixtureOperationIds(sourceFile: ts.SourceFile): Set<string> {
    const constants = new Map<string, string>();
    for (const declaration of findDescendants(sourceFile, ts.isVariableDeclaration)) {
        const value =
            declaration.initializer &&
            stringLiteralValue(unwrapExpression(declaration.initializer));
        if (ts.isIdentifier(declaration.name) && value !== undefined) {
            constants.set(declaration.name.text, value);
        }
    }
    const ids = new Set<string>();
    for (const property of findDescendants(sourceFile, ts.isPropertyAssignment)) {
        if (propertyNameText(property.name) !== "operationId") continue;
        const value = unwrapExpression(property.initializer);
        const id =
            stringLiteralValue(value) ??
            (ts.isIdentifier(value) ? constants.get(value.text) : undefined);
        if (id !== undefined) ids.add(id);
    }
    return ids;
}

export const fixturesCoverOperations: Rule = {
    id: "structure/fixtures-cover-operations",
    severity: "warning",
    description:
        "Where the host has the sandbox fixture system, every registered operation has a fixture in the provider's fixture module (where the loader imports it from).",
    check(context) {
        // Unknown while the loader cannot be read (registration/fixture-loader-entry says why).
        const fixtureModule = context.registration.fixtureLoader?.model?.fixtureModule;
        if (fixtureModule === undefined) return [];
        const { sources, providerFile, providerClass } = context.provider;
        const registered = context.provider.registered.flatMap((operation) =>
            operation.id === undefined ? [] : [operation.id]
        );
        if (registered.length === 0) return [];
        if (!sources.has(fixtureModule)) {
            return [
                inProvider(
                    context,
                    providerFile,
                    providerClass?.className?.position,
                    `No ${fixtureModule}: sandbox connections of this provider have no test data. Add ${sources.dir}/${fixtureModule} with a TestFixture per operation (${registered.length} operations).`
                )
            ];
        }
        const sourceFile = sources.parse(fixtureModule);
        const covered = fixtureOperationIds(sourceFile);
        const missing = registered.filter((id) => !covered.has(id));
        if (missing.length === 0) return [];
        const exported = sourceFile.statements.find(ts.isVariableStatement);
        return [
            inProvider(
                context,
                fixtureModule,
                exported ? positionOf(exported, sourceFile) : undefined,
                `${missing.length} registered operation${missing.length === 1 ? " has" : "s have"} no fixture, so sandbox connections return nothing for ${missing.length === 1 ? "it" : "them"}: ${missing.join(", ")}. Add a TestFixture with operationId ${missing.length === 1 ? "" : "each of "}${missing.map((id) => JSON.stringify(id)).join(", ")}.`
            )
        ];
    }
};
