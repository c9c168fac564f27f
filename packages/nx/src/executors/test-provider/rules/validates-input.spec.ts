import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { validatesInput } from "./validates-input";

function diagnostics(run: Partial<Parameters<typeof observedRun>[0]>) {
    return checkRuntime(validatesInput, "zendesk", {
        runs: [observedRun({ operationId: "getTicket", mode: "empty", ...run })]
    });
}

describe(validatesInput.id, () => {
    it("passes a validation error result, and a throw after the operation's schema refused the input, with nothing sent", () => {
        expect(diagnostics({ result: { success: false, errorType: "validation" } })).toEqual([]);
        expect(
            diagnostics({
                result: undefined,
                thrown: "Error: getTicket rejected its input: [...]",
                inputRefused: true
            })
        ).toEqual([]);
    });

    it("does not judge a run a placeholder connection field stopped before any request (it is counted instead)", () => {
        const placeholders = [{ field: "metadata.provider_config.region", declared: false }];
        expect(
            diagnostics({
                result: undefined,
                thrown: "TypeError: Cannot read properties of undefined (reading 'apiUrl')",
                connectionPlaceholders: placeholders
            })
        ).toEqual([]);
        // Sending a request with {} is judged whatever the connection held.
        expect(
            diagnostics({
                connectionPlaceholders: placeholders,
                requests: [request("GET", "https://x.example/tickets")]
            })
        ).toHaveLength(1);
    });

    it("reports a throw the schema did not cause, whatever its message says", () => {
        expect(
            diagnostics({
                result: undefined,
                thrown: "Error: Invalid parameters for getTicket: [...]",
                inputRefused: false
            })
        ).toHaveLength(1);
    });

    it("reports an operation that ran with {} at executeOperation's dispatch", () => {
        const found = diagnostics({
            result: { success: true },
            requests: [request("GET", "https://x.zendesk.com/api/v2/tickets/undefined.json")]
        });
        expect(found).toEqual([
            expect.objectContaining({
                file: providerFile("zendesk", "ZendeskProvider.ts"),
                operationId: "getTicket",
                message: expect.stringContaining(
                    "run with {} it returned success and sent GET https://x.zendesk.com/api/v2/tickets/undefined.json instead of a validation error"
                )
            })
        ]);
        expect(found[0].line).toBeGreaterThan(1);
        expect(
            diagnostics({ result: undefined, thrown: "TypeError: x is undefined" })
        ).toHaveLength(1);
    });
});
