import { atFixtureCase, caseLabel } from "../rule";
import type { RuntimeRule } from "../rule";

export const fixtureInputParses: RuntimeRule = {
    id: "runtime/fixture-input-parses",
    severity: "error",
    description:
        "Every fixture case's input parses with its operation's inputSchema, except an error case that expects a `validation` error.",
    check(context) {
        return (context.observed.fixtures?.cases ?? []).flatMap((item) => {
            if (!item.parseIssues) return [];
            if (item.kind === "error" && item.expectedErrorType === "validation") return [];
            return [
                {
                    ...atFixtureCase(context, item),
                    operationId: item.operationId,
                    message: `${caseLabel(item)} of "${item.operationId}" does not parse with the operation's inputSchema: ${item.parseIssues.join("; ")}. Change the input to what the schema accepts${item.kind === "error" ? ", or expect a validation error" : ""}.`
                }
            ];
        });
    }
};
