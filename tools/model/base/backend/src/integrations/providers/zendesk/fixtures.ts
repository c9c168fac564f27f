/**
 * Zendesk Provider Test Fixtures
 */

import type { TestFixture } from "../../sandbox";

const sampleTicket = {
    id: 35436,
    url: "https://example.zendesk.com/api/v2/tickets/35436.json",
    subject: "Help, my printer is on fire!",
    description: "The fire is very colorful.",
    status: "open",
    priority: "high",
    requester_id: 20978392,
    assignee_id: 235323,
    tags: ["enterprise", "printer"],
    created_at: "2024-07-20T22:55:29Z",
    updated_at: "2024-07-21T10:12:00Z"
};

const sampleUser = {
    id: 235323,
    url: "https://example.zendesk.com/api/v2/users/235323.json",
    name: "Johnny Agent",
    email: "johnny@example.com",
    role: "agent",
    time_zone: "Pacific Time (US & Canada)",
    created_at: "2023-01-10T08:00:00Z",
    updated_at: "2024-07-01T09:30:00Z"
};

export const zendeskFixtures: TestFixture[] = [
    {
        operationId: "getTicket",
        provider: "zendesk",
        validCases: [
            {
                name: "get_ticket_by_id",
                description: "Get a ticket by its ID",
                input: { ticket_id: 35436 },
                expectedOutput: sampleTicket
            }
        ],
        errorCases: [
            {
                name: "ticket_not_found",
                description: "No ticket has this ID",
                input: { ticket_id: 99999999 },
                expectedError: {
                    type: "not_found",
                    message: "RecordNotFound",
                    retryable: false
                }
            }
        ]
    },
    {
        operationId: "listTickets",
        provider: "zendesk",
        filterableData: {
            records: [sampleTicket],
            recordsField: "tickets",
            offsetField: "next_page",
            defaultPageSize: 100,
            maxPageSize: 100,
            pageSizeParam: "per_page",
            offsetParam: "page"
        },
        validCases: [
            {
                name: "list_tickets",
                description: "List the first page of tickets",
                input: { per_page: 25 }
            }
        ],
        errorCases: []
    },
    {
        operationId: "getCurrentUser",
        provider: "zendesk",
        validCases: [
            {
                name: "get_authenticated_user",
                description: "Get the user the token belongs to",
                input: {},
                expectedOutput: sampleUser
            }
        ],
        errorCases: []
    }
];
