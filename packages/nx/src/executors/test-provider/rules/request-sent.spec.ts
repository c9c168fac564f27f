import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { requestSent } from "./request-sent";

describe(requestSent.id, () => {
    it("passes an operation that sent a request, and a database provider's that sent none", () => {
        const sent = observedRun({
            operationId: "getTicket",
            requests: [request("GET", "https://x.example/t/1")]
        });
        expect(checkRuntime(requestSent, "zendesk", { runs: [sent] })).toEqual([]);
        // A database provider: a driver package instead of an HTTP client.
        const driver = {
            "client/ZendeskClient.ts": null,
            "ZendeskProvider.ts": (text: string) =>
                `import { Pool } from "pg";\nvoid Pool;\n${text}`
        };
        expect(
            checkRuntime(
                requestSent,
                "zendesk",
                { runs: [observedRun({ operationId: "getTicket" })] },
                driver
            )
        ).toEqual([]);
    });

    it("passes an operation that returned a link it signed, and a run a placeholder connection field stopped", () => {
        const signed = observedRun({
            operationId: "getTicket",
            result: { success: true, signedUrl: true }
        });
        const stopped = observedRun({
            operationId: "getTicket",
            thrown: "TypeError: Invalid URL",
            connectionPlaceholders: [{ field: "metadata.subdomain", declared: false }]
        });
        expect(checkRuntime(requestSent, "zendesk", { runs: [signed, stopped] })).toEqual([]);
    });

    it("reports an HTTP operation that sent nothing at its executor, with how the run ended", () => {
        const run = observedRun({
            operationId: "getTicket",
            caseName: "by_id",
            result: { success: false, errorType: "server_error", message: "boom" }
        });
        expect(checkRuntime(requestSent, "zendesk", { runs: [run] })).toEqual([
            expect.objectContaining({
                file: providerFile("zendesk", "operations/tickets/getTicket.ts"),
                operationId: "getTicket",
                message: expect.stringContaining(
                    '"getTicket" sent no HTTP request when run with fixture "by_id": it returned a server_error error (boom)'
                )
            })
        ]);
    });
});
