import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { requestIdentifiers } from "./request-identifiers";

function diagnostics(
    input: unknown,
    requests = [request("GET", "https://x.example/tickets/4521.json")]
) {
    return checkRuntime(requestIdentifiers, "zendesk", {
        runs: [observedRun({ operationId: "getTicket", input, requests })]
    });
}

describe(requestIdentifiers.id, () => {
    it("passes identifiers carried in the URL, the body or a header; ignores short and non-identifier values", () => {
        expect(diagnostics({ ticket_id: 4521, include: "users" })).toEqual([]);
        expect(diagnostics({ ticketId: "4521", id: "7" })).toEqual([]);
        expect(
            diagnostics({ requesterId: "u-99" }, [
                request("POST", "https://x.example/t", '{"requester":"u-99"}')
            ])
        ).toEqual([]);
        expect(
            diagnostics({ accountId: "acc-1" }, [
                {
                    method: "GET",
                    url: "https://x.example/t",
                    headers: { "x-account": "acc-1" },
                    body: ""
                }
            ])
        ).toEqual([]);
    });

    it("reports identifier inputs no request carries, at the executor", () => {
        expect(diagnostics({ ticket_id: 4521, lead_id: "lead-77", brandId: "b-1" })).toEqual([
            expect.objectContaining({
                file: providerFile("zendesk", "operations/tickets/getTicket.ts"),
                operationId: "getTicket",
                message: expect.stringContaining('was given lead_id "lead-77", brandId "b-1"')
            })
        ]);
    });
});
