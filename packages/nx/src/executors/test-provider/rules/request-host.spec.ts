import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { siteOf } from "../probe/sites";
import { requestHost } from "./request-host";

function diagnostics(
    url: string,
    observed: { codeSites?: string[]; connectionValues?: string } = {},
    input: unknown = {}
) {
    return checkRuntime(requestHost, "zendesk", {
        codeSites: ["zendesk.com"],
        ...observed,
        runs: [observedRun({ operationId: "getTicket", input, requests: [request("GET", url)] })]
    });
}

describe(requestHost.id, () => {
    it("passes hosts of the domains the provider's code writes, per-connection hosts and hosts its input names", () => {
        expect(diagnostics("https://acme.zendesk.com/api/v2/tickets/1.json")).toEqual([]);
        expect(
            diagnostics("https://help.acme.io/api/v2/tickets/1.json", {
                connectionValues: JSON.stringify({
                    metadata: { instanceUrl: "https://help.acme.io" }
                })
            })
        ).toEqual([]);
        expect(
            diagnostics("https://search.eu-west-1.amazonaws.com/", {
                connectionValues: JSON.stringify({ data: { region: "eu-west-1" } })
            })
        ).toEqual([]);
        expect(
            diagnostics(
                "https://files.example.org/a.pdf",
                {},
                { fileUrl: "https://files.example.org/a.pdf" }
            )
        ).toEqual([]);
    });

    it("reports a request to another domain at the executor", () => {
        expect(diagnostics("https://api.other-crm.com/v1/tickets/1")).toEqual([
            expect.objectContaining({
                file: providerFile("zendesk", "operations/tickets/getTicket.ts"),
                operationId: "getTicket",
                message: expect.stringContaining(
                    '"getTicket" sent GET https://api.other-crm.com/v1/tickets/1 (fixture "validCases[0]"): not a host of the provider\'s API'
                )
            })
        ]);
    });

    it("compares domains, keeping a country's second level", () => {
        expect(siteOf("api.eu1.hubspot.com")).toBe("hubspot.com");
        expect(siteOf("shop.example.co.uk")).toBe("example.co.uk");
    });
});
