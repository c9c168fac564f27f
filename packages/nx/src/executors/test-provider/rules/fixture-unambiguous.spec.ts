import { checkRuntime, observedCase } from "../__fixtures__/runtime";
import { fixtureUnambiguous } from "./fixture-unambiguous";

describe(fixtureUnambiguous.id, () => {
    it("passes distinct inputs, and equal inputs with equal outputs (keys in any order)", () => {
        const cases = [
            observedCase({
                operationId: "getTicket",
                input: { ticket_id: 1 },
                expectedOutput: { a: 1, b: 2 }
            }),
            observedCase({
                operationId: "getTicket",
                index: 1,
                input: { ticket_id: 2 },
                expectedOutput: { a: 3 }
            }),
            observedCase({
                operationId: "getTicket",
                index: 2,
                input: { ticket_id: 1 },
                expectedOutput: { b: 2, a: 1 }
            })
        ];
        expect(checkRuntime(fixtureUnambiguous, "zendesk", { fixtures: { cases } })).toEqual([]);
    });

    it("warns at the second valid case that repeats an input with another output", () => {
        const cases = [
            observedCase({
                operationId: "getTicket",
                name: "first",
                input: { ticket_id: 1 },
                expectedOutput: { a: 1 }
            }),
            observedCase({
                operationId: "getTicket",
                index: 1,
                name: "second",
                input: { ticket_id: 1 },
                expectedOutput: { a: 2 }
            })
        ];
        expect(checkRuntime(fixtureUnambiguous, "zendesk", { fixtures: { cases } })).toEqual([
            expect.objectContaining({
                severity: "warning",
                operationId: "getTicket",
                message: expect.stringContaining(
                    'validCases[1] "second" of "getTicket" has the same input as validCases[0] "first"'
                )
            })
        ]);
    });
});
