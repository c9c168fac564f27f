import * as ts from "typescript";
import { locateFixtures } from "../../../provider-source/fixtures";
import { positionOf } from "../../../utils/ast";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

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
        const covered = new Set(locateFixtures(sourceFile).map((fixture) => fixture.operationId));
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
