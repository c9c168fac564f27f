import * as fs from "fs";
import * as path from "path";
import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { SANDBOX_ROOT } from "../../verify-provider/__fixtures__/sandbox";
import { requestUrl } from "./request-url";

const GET_TICKET = "operations/tickets/getTicket.ts";

function urlDiagnostics(url: string, edits = {}) {
    const run = observedRun({ operationId: "getTicket", requests: [request("GET", url)] });
    return checkRuntime(requestUrl, "zendesk", { runs: [run] }, edits);
}

describe(requestUrl.id, () => {
    it("passes well-formed URLs, a trailing slash and words that merely contain null", () => {
        expect(
            urlDiagnostics("https://x.zendesk.com/api/v2/tickets/42.json?sort=nullable")
        ).toEqual([]);
        expect(urlDiagnostics("https://x.zendesk.com/api/v2/tickets/")).toEqual([]);
    });

    it("reports undefined, null, NaN, [object Object] and empty segments", () => {
        for (const [url, problem] of [
            ["https://x.example/tickets/undefined", "`undefined`"],
            ["https://x.example/tickets?after=null", "`null`"],
            ["https://x.example/tickets/NaN/comments", "`NaN`"],
            ["https://x.example/tickets/%5Bobject%20Object%5D", "`[object Object]`"],
            ["https://x.example/tickets//comments", "an empty path segment"]
        ]) {
            expect(urlDiagnostics(url)).toEqual([
                expect.objectContaining({
                    operationId: "getTicket",
                    message: expect.stringContaining(problem)
                })
            ]);
        }
    });

    it("points unresolved template text at the plain-quoted string that holds it", () => {
        // The executor's template literal written with plain quotes (the HubSpot defect).
        const plainQuotes = (text: string) =>
            text.replace(/`([^`]*\$\{params\.ticket_id\}[^`]*)`/, '"$1"');
        const edited = plainQuotes(
            fs.readFileSync(path.join(SANDBOX_ROOT, providerFile("zendesk", GET_TICKET)), "utf8")
        );
        const line =
            edited.split("\n").findIndex((text) => /"[^"]*\$\{params\.ticket_id\}/.test(text)) + 1;
        expect(line).toBeGreaterThan(0);
        expect(
            urlDiagnostics("https://x.zendesk.com/api/v2/tickets/$%7Bparams.ticket_id%7D.json", {
                [GET_TICKET]: plainQuotes
            })
        ).toEqual([
            expect.objectContaining({
                file: providerFile("zendesk", GET_TICKET),
                line,
                message: expect.stringContaining("unresolved template text `${params.ticket_id}`")
            })
        ]);
    });

    it("finds the plain-quoted text in the operation's own file, not a template literal elsewhere that holds the same text", () => {
        const plainQuotes = (text: string) =>
            text.replace(/`([^`]*\$\{params\.ticket_id\}[^`]*)`/, '"$1"');
        // Another file, sorted first, writes the same text correctly.
        const other = {
            "operations/tickets/aaaTicketLink.ts":
                "export const ticketLink = (params: { ticket_id: string }) => `/cases/${params.ticket_id}`;\n",
            [GET_TICKET]: plainQuotes
        };
        expect(
            urlDiagnostics("https://x.zendesk.com/api/v2/cases/$%7Bparams.ticket_id%7D", other)
        ).toEqual([expect.objectContaining({ file: providerFile("zendesk", GET_TICKET) })]);
    });

    it("checks a run with {} for template text only (missing values are expected there)", () => {
        const empty = (url: string) =>
            checkRuntime(requestUrl, "zendesk", {
                runs: [
                    observedRun({
                        operationId: "getTicket",
                        mode: "empty",
                        requests: [request("GET", url)]
                    })
                ]
            });
        expect(empty("https://x.zendesk.com/api/v2/cases/undefined")).toEqual([]);
        expect(empty("https://x.zendesk.com/api/v2/cases/$%7Bparams.ticket_id%7D")).toEqual([
            expect.objectContaining({
                message: expect.stringContaining("(input {})")
            })
        ]);
    });
});
