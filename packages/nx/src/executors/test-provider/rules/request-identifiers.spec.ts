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

    it("finds identifiers in a base64 JSON query payload and in a reference re-formed by the executor", () => {
        const payload = Buffer.from(JSON.stringify([{ $distinct_id: "user_abc123" }])).toString(
            "base64"
        );
        expect(
            diagnostics({ distinct_id: "user_abc123" }, [
                request("POST", `https://x.example/engage?data=${payload}`)
            ])
        ).toEqual([]);
        expect(
            diagnostics({ postId: "urn:li:ugcPost:7150892345678901" }, [
                request(
                    "GET",
                    "https://x.example/socialActions/urn%3Ali%3Aactivity%3A7150892345678901"
                )
            ])
        ).toEqual([]);
    });

    it("does not judge a run that failed (it may have stopped before the request that carries it)", () => {
        const failed = observedRun({
            operationId: "getTicket",
            input: { employeeId: "12345" },
            requests: [request("POST", "https://x.example/auth")],
            result: { success: false, errorType: "server_error" }
        });
        expect(checkRuntime(requestIdentifiers, "zendesk", { runs: [failed] })).toEqual([]);
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
