import type { TestFixture } from "../../sandbox";

// Rooms the sandbox pages and filters for listChannels; `_kind` is a filter-only field.
const sampleRooms = [
    { id: "R01AURORA", name: "aurora", isPrivate: false, isArchived: false, _kind: "open" },
    { id: "R02BOREAL", name: "boreal-ops", isPrivate: true, isArchived: false, _kind: "invite" },
    { id: "R03CIRRUS", name: "cirrus-2019", isPrivate: false, isArchived: true, _kind: "open" }
];

export const slackFixtures: TestFixture[] = [
    {
        operationId: "sendMessage",
        provider: "slack",
        validCases: [
            {
                name: "post_to_room",
                input: { channel: "#aurora", text: "Deploy finished" },
                expectedOutput: { messageId: "1700000000.000100", channel: "R01AURORA" }
            },
            {
                name: "reply_in_thread",
                input: { channel: "#aurora", text: "Rolled back", thread_ts: "1700000000.000100" },
                expectedOutput: { messageId: "1700000000.000200", channel: "R01AURORA" }
            }
        ],
        errorCases: [
            {
                name: "unknown_room",
                input: { channel: "#nowhere", text: "Hi" },
                expectedError: { type: "not_found", message: "no_such_room", retryable: false }
            }
        ]
    },
    {
        operationId: "listChannels",
        provider: "slack",
        filterableData: {
            records: sampleRooms,
            recordsField: "channels",
            offsetField: "nextCursor",
            defaultPageSize: 50,
            maxPageSize: 500,
            pageSizeParam: "limit",
            filterConfig: {
                type: "generic",
                filterableFields: ["_kind", "isArchived", "isPrivate"]
            }
        },
        validCases: [{ name: "first_page", input: { excludeArchived: true, limit: 50 } }],
        errorCases: [
            {
                name: "scope_missing",
                input: {},
                expectedError: { type: "permission", message: "scope_missing", retryable: false }
            }
        ]
    }
];
