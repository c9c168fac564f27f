import type { TestFixture } from "../../sandbox";

// The audience the sandbox pages through for getContacts.
const sampleContacts = [
    { id: "c-0001", email: "ines.park@example.org", firstName: "Ines", lastName: "Park" },
    { id: "c-0002", email: "tom.vega@example.org", firstName: "Tom", lastName: "Vega" }
];

export const sendgridFixtures: TestFixture[] = [
    {
        operationId: "sendEmail",
        provider: "sendgrid",
        validCases: [
            {
                name: "plain_text",
                input: {
                    to: [{ email: "ines.park@example.org" }],
                    fromEmail: "robot@example.org",
                    subject: "Your report",
                    textContent: "Attached below."
                },
                expectedOutput: { sent: true, recipientCount: 1 }
            }
        ],
        errorCases: [
            {
                name: "no_body",
                input: {
                    to: [{ email: "ines.park@example.org" }],
                    fromEmail: "robot@example.org",
                    subject: "Empty"
                },
                expectedError: { type: "validation", retryable: false }
            }
        ]
    },
    {
        operationId: "getContacts",
        provider: "sendgrid",
        filterableData: {
            records: sampleContacts,
            recordsField: "contacts",
            offsetField: "nextPageToken",
            defaultPageSize: 50,
            maxPageSize: 500,
            pageSizeParam: "pageSize",
            offsetParam: "pageToken"
        },
        validCases: [{ name: "first_page", input: { pageSize: 50 } }],
        errorCases: []
    },
    {
        operationId: "getTemplates",
        provider: "sendgrid",
        validCases: [
            {
                name: "dynamic_only",
                input: { generations: "dynamic" },
                expectedOutput: {
                    templates: [{ id: "d-7f3a", name: "Receipt", generation: "dynamic" }]
                }
            }
        ],
        errorCases: [
            {
                name: "key_without_access",
                input: {},
                expectedError: { type: "permission", retryable: false }
            }
        ]
    }
];
