import { checkRuntime, observedRun, providerFile, request } from "../__fixtures__/runtime";
import { blockedByConnection, connectionFields } from "./connection-fields";

describe(connectionFields.id, () => {
    it("passes runs that read only what the host fills, or fields its connection data types declare", () => {
        const declaredOnly = observedRun({
            operationId: "getTicket",
            connectionPlaceholders: [{ field: "data.connection_string", declared: true }]
        });
        expect(
            checkRuntime(connectionFields, "zendesk", {
                runs: [observedRun({ operationId: "getTicket" }), declaredOnly]
            })
        ).toEqual([]);
    });

    it("warns once per undeclared field, naming it where the provider reads it, with the runs it stopped", () => {
        const stopped = observedRun({
            operationId: "getTicket",
            result: { success: false, errorType: "server_error", message: "Invalid URL" },
            connectionPlaceholders: [{ field: "metadata.subdomain", declared: false }]
        });
        const ran = observedRun({
            operationId: "createTicket",
            requests: [request("POST", "https://test-subdomain.zendesk.com/api/v2/tickets.json")],
            connectionPlaceholders: [{ field: "metadata.subdomain", declared: false }]
        });
        const [warning, ...others] = checkRuntime(connectionFields, "zendesk", {
            runs: [stopped, ran]
        });
        expect(others).toEqual([]);
        expect(warning).toEqual(
            expect.objectContaining({
                severity: "warning",
                file: expect.stringMatching(new RegExp(`^${providerFile("zendesk", "")}`)),
                message: expect.stringContaining(
                    "read connection metadata.subdomain, which nothing in the host declares"
                )
            })
        );
        expect(warning.message).toContain("read by getTicket, createTicket");
        expect(warning.message).toContain("1 of 2 runs stopped before any request with it");
    });

    it("counts a run as stopped by the connection only when it failed before any request after reading a placeholder", () => {
        const placeholders = [{ field: "data.api_key", declared: true }];
        const failed = { result: { success: false }, connectionPlaceholders: placeholders };
        expect(blockedByConnection(observedRun({ operationId: "a", ...failed }))).toBe(true);
        expect(
            blockedByConnection(
                observedRun({
                    operationId: "a",
                    ...failed,
                    requests: [request("GET", "https://x.example/")]
                })
            )
        ).toBe(false);
        expect(
            blockedByConnection(
                observedRun({ operationId: "a", connectionPlaceholders: placeholders })
            )
        ).toBe(false);
        expect(
            blockedByConnection(observedRun({ operationId: "a", result: { success: false } }))
        ).toBe(false);
    });
});
