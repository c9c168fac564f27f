import {
    multiOperationProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import {
    check,
    checkFolder,
    replace,
    sandboxLine,
    SANDBOX_PROVIDERS
} from "../__fixtures__/sandbox";
import { operationsReachable } from "./operations-reachable";

const ZENDESK = "backend/src/integrations/providers/zendesk";

describe(operationsReachable.id, () => {
    it("follows named, star and namespace re-exports through group index files", () => {
        // zendesk: named re-exports from tickets/ and users/; cloudflare: `export * as DNS`.
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(operationsReachable, id)).toEqual([]);
        }
        // Two levels deep: operations/engagements/notes/createNote.ts.
        expect(
            checkFolder(operationsReachable, providerFolder("help-hub", multiOperationProvider()))
        ).toEqual([]);
    });

    it("warns at the group index that should re-export the file", () => {
        const index = `${ZENDESK}/operations/tickets/index.ts`;
        const edit = replace(/\n\/\/ List Tickets\n(export[^;]*"\.\/listTickets";\n)+/, "");
        const diagnostics = check(operationsReachable, "zendesk", {
            files: { "operations/tickets/index.ts": edit }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: index,
                // After the index's last statement.
                line: sandboxLine(index, 'export type { GetTicketParams } from "./getTicket";'),
                message:
                    'operations/tickets/listTickets.ts is not re-exported from operations/index.ts: add `export * from "./listTickets";` to operations/tickets/index.ts.'
            })
        ]);
    });

    it("asks operations/index.ts to re-export a group folder whose own index reaches the file", () => {
        const index = `${ZENDESK}/operations/index.ts`;
        const edit = replace(/\n\/\/ User Operations\n(export[^;]*"\.\/users";\n\n?)+/, "");
        const diagnostics = check(operationsReachable, "zendesk", {
            files: { "operations/index.ts": edit }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: index,
                line: sandboxLine(index, /^export type \{ GetTicketParams, ListTicketsParams \}/)
            })
        ]);
        expect(diagnostics[0].message).toBe(
            'operations/users/getCurrentUser.ts is not re-exported from operations/index.ts: add `export * from "./users";` to operations/index.ts.'
        );
    });
});
