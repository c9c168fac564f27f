/**
 * SendGrid Provider Test Fixtures
 */

import type { TestFixture } from "../../sandbox";

/**
 * Sample contacts for filterableData
 */
const sampleContacts = [
    {
        id: "d9c12a3b-4567-890e-f123-456789abcdef",
        email: "john.doe@example.com",
        firstName: "John",
        lastName: "Doe",
        createdAt: "2024-01-15T10:30:00Z",
        updatedAt: "2024-06-20T14:45:00Z"
    },
    {
        id: "e8d23b4c-5678-901f-a234-567890bcdef0",
        email: "jane.smith@example.com",
        firstName: "Jane",
        lastName: "Smith",
        createdAt: "2024-02-10T09:00:00Z",
        updatedAt: "2024-05-11T16:20:00Z"
    }
];

export const sendgridFixtures: TestFixture[] = [
    {
        operationId: "sendEmail",
        provider: "sendgrid",
        validCases: [
            {
                name: "send_plain_text_email",
                description: "Send a plain text email to one recipient",
                input: {
                    to: [{ email: "john.doe@example.com", name: "John Doe" }],
                    fromEmail: "noreply@example.com",
                    fromName: "Example App",
                    subject: "Welcome!",
                    textContent: "Thanks for signing up."
                },
                expectedOutput: {
                    sent: true,
                    recipientCount: 1
                }
            }
        ],
        errorCases: [
            {
                name: "missing_content",
                description: "Neither textContent nor htmlContent is given",
                input: {
                    to: [{ email: "john.doe@example.com" }],
                    fromEmail: "noreply@example.com",
                    subject: "Empty"
                },
                expectedError: {
                    type: "validation",
                    message: "Either textContent or htmlContent is required",
                    retryable: false
                }
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
            maxPageSize: 1000,
            pageSizeParam: "pageSize",
            offsetParam: "pageToken"
        },
        validCases: [
            {
                name: "list_contacts",
                description: "List the first page of contacts",
                input: {
                    pageSize: 50
                }
            }
        ],
        errorCases: []
    },
    {
        operationId: "getTemplates",
        provider: "sendgrid",
        validCases: [
            {
                name: "list_dynamic_templates",
                description: "List dynamic templates",
                input: {
                    generations: "dynamic"
                },
                expectedOutput: {
                    templates: [
                        {
                            id: "d-f43daeeaef504760851f727007e0b5d0",
                            name: "Welcome Email",
                            generation: "dynamic",
                            updatedAt: "2024-03-01T12:00:00Z"
                        }
                    ],
                    count: 1
                }
            }
        ],
        errorCases: [
            {
                name: "unauthorized",
                description: "API key lacks template access",
                input: {},
                expectedError: {
                    type: "permission",
                    message: "SendGrid authentication failed. Please check your API key.",
                    retryable: false
                }
            }
        ]
    }
];
