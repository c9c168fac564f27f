import { check, replace } from "../__fixtures__/sandbox";
import { operationsReachable } from "./operations-reachable";

describe(operationsReachable.id, () => {
    it("follows nested group index files and namespace re-exports", () => {
        expect(check(operationsReachable, "zendesk")).toEqual([]);
        expect(check(operationsReachable, "cloudflare")).toEqual([]);
    });

    it("fails on an operation file no index re-exports", () => {
        const diagnostics = check(operationsReachable, "zendesk", {
            files: {
                "operations/tickets/index.ts": replace(/export[^;]*"\.\/listTickets";\n/g, "")
            }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/zendesk/operations/tickets/listTickets.ts"
            })
        ]);
        expect(diagnostics[0].message).toContain(
            'add `export * from "./listTickets";` to operations/tickets/index.ts'
        );
    });
});
