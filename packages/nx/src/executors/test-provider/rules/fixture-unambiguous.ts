import { atFixtureCase, caseLabel } from "../rule";
import type { RuntimeRule } from "../rule";
import type { ObservedCase } from "../probe/observations";

/** JSON with object keys sorted: equal for equal data written in any key order. */
function canonical(value: unknown): string {
    return JSON.stringify(value, (_key, item: unknown) =>
        item && typeof item === "object" && !Array.isArray(item)
            ? Object.fromEntries(
                  Object.keys(item)
                      .sort()
                      .map((key) => [key, (item as Record<string, unknown>)[key]])
              )
            : item
    );
}

export const fixtureUnambiguous: RuntimeRule = {
    id: "runtime/fixture-unambiguous",
    severity: "warning",
    description:
        "No two valid cases of one operation share an input but expect different outputs (the sandbox cannot tell them apart).",
    check(context) {
        const firstByInput = new Map<string, ObservedCase>();
        const valid = (context.observed.fixtures?.cases ?? []).filter(
            (item) => item.kind === "valid"
        );
        return valid.flatMap((item) => {
            const key = `${item.operationId}\0${canonical(item.input)}`;
            const first = firstByInput.get(key);
            if (!first) {
                firstByInput.set(key, item);
                return [];
            }
            if (canonical(first.expectedOutput) === canonical(item.expectedOutput)) return [];
            return [
                {
                    ...atFixtureCase(context, item),
                    operationId: item.operationId,
                    message: `${caseLabel(item)} of "${item.operationId}" has the same input as ${caseLabel(first)} but a different expectedOutput: the sandbox answers that input with the first one only. Give this case an input of its own.`
                }
            ];
        });
    }
};
