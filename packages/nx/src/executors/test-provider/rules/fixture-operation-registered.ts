import { atFixtureCase } from "../rule";
import type { RuntimeRule } from "../rule";

export const fixtureOperationRegistered: RuntimeRule = {
    id: "runtime/fixture-operation-registered",
    severity: "error",
    description: "Every fixture names an operation the provider registers.",
    check(context) {
        const registered = new Set(context.observed.operations.map((operation) => operation.id));
        const reported = new Set<number>();
        return (context.observed.fixtures?.cases ?? []).flatMap((item) => {
            if (registered.has(item.operationId) || reported.has(item.fixtureIndex)) return [];
            reported.add(item.fixtureIndex);
            return [
                {
                    ...atFixtureCase(context, item),
                    operationId: item.operationId,
                    message: `This fixture is for operation "${item.operationId}", which the provider does not register (it registers ${[...registered].join(", ") || "none"}): the sandbox never serves it. Rename its operationId to a registered operation or remove it.`
                }
            ];
        });
    }
};
