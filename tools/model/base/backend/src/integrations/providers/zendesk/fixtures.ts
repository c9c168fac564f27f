import type { TestFixture } from "../../sandbox";

const sampleTicket = {
    id: 4021,
    headline: "Invoice shows the wrong currency",
    state: "open",
    urgency: "normal",
    opened_by: 77,
    labels: ["billing"],
    opened_at: "2025-03-02T08:15:00Z"
};

const sampleUser = { id: 77, display_name: "Rosa Iyer", email: "rosa@example.net", kind: "agent" };

export const zendeskFixtures: TestFixture[] = [
    {
        operationId: "getTicket",
        provider: "zendesk",
        validCases: [
            { name: "by_number", input: { ticket_id: 4021 }, expectedOutput: sampleTicket }
        ],
        errorCases: [
            {
                name: "no_such_ticket",
                input: { ticket_id: 1 },
                expectedError: { type: "not_found", retryable: false }
            }
        ]
    },
    {
        operationId: "listTickets",
        provider: "zendesk",
        filterableData: {
            records: [sampleTicket],
            recordsField: "tickets",
            offsetField: "after",
            defaultPageSize: 25,
            maxPageSize: 100,
            pageSizeParam: "per_page",
            offsetParam: "after"
        },
        validCases: [{ name: "first_page", input: { per_page: 25 } }],
        errorCases: []
    },
    {
        operationId: "getCurrentUser",
        provider: "zendesk",
        validCases: [{ name: "token_owner", input: {}, expectedOutput: sampleUser }],
        errorCases: []
    }
];
