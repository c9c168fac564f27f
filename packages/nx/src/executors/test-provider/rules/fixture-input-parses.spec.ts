import { checkRuntime, firstCaseLine, observedCase, providerFile } from "../__fixtures__/runtime";
import { fixtureInputParses } from "./fixture-input-parses";

const issues = ["ticket_id: Required"];

describe(fixtureInputParses.id, () => {
    it("passes inputs that parse, and an error case that expects a validation error", () => {
        const cases = [
            observedCase({ operationId: "getTicket" }),
            observedCase({
                operationId: "getTicket",
                kind: "error",
                expectedErrorType: "validation",
                parseIssues: issues
            })
        ];
        expect(checkRuntime(fixtureInputParses, "zendesk", { fixtures: { cases } })).toEqual([]);
    });

    it("reports a valid case and a non-validation error case whose input does not parse, at the case", () => {
        const cases = [
            observedCase({ operationId: "getTicket", name: "by_id", parseIssues: issues }),
            observedCase({
                operationId: "getTicket",
                kind: "error",
                expectedErrorType: "not_found",
                parseIssues: issues
            })
        ];
        const diagnostics = checkRuntime(fixtureInputParses, "zendesk", { fixtures: { cases } });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "runtime/fixture-input-parses",
                file: providerFile("zendesk", "fixtures.ts"),
                line: firstCaseLine("zendesk", "getTicket"),
                operationId: "getTicket",
                message: expect.stringContaining(
                    'validCases[0] "by_id" of "getTicket" does not parse with the operation\'s inputSchema: ticket_id: Required'
                )
            }),
            expect.objectContaining({
                line: firstCaseLine("zendesk", "getTicket", "error"),
                message: expect.stringContaining("or expect a validation error")
            })
        ]);
    });
});
