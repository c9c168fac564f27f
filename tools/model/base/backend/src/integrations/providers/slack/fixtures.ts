/**
 * Slack Provider Test Fixtures
 *
 * Based on the Slack API documentation:
 * - chat.postMessage: https://api.slack.com/methods/chat.postMessage
 * - conversations.list: https://api.slack.com/methods/conversations.list
 */

import type { TestFixture } from "../../sandbox";

/**
 * Sample channels for filterableData
 */
const sampleChannels = [
    {
        id: "C024BE91L",
        name: "general",
        isPrivate: false,
        isArchived: false,
        memberCount: 45,
        // Internal filter fields
        _type: "public_channel"
    },
    {
        id: "C024BE93N",
        name: "engineering",
        isPrivate: false,
        isArchived: false,
        memberCount: 15,
        _type: "public_channel"
    },
    {
        id: "C024BE96Q",
        name: "leadership",
        isPrivate: true,
        isArchived: false,
        memberCount: 5,
        _type: "private_channel"
    },
    {
        id: "C024BE97R",
        name: "old-project",
        isPrivate: false,
        isArchived: true,
        memberCount: 0,
        _type: "public_channel"
    }
];

export const slackFixtures: TestFixture[] = [
    {
        operationId: "sendMessage",
        provider: "slack",
        validCases: [
            {
                name: "simple_text_message",
                description: "Send a simple text message to a channel",
                input: {
                    channel: "#general",
                    text: "Hello, World!"
                },
                // Normalized output matching executeSendMessage return format
                expectedOutput: {
                    messageId: "1503435956.000247",
                    channel: "C024BE91L",
                    threadTimestamp: "1503435956.000247"
                }
            },
            {
                name: "message_with_thread",
                description: "Send a message as a reply in a thread",
                input: {
                    channel: "#general",
                    text: "This is a reply",
                    thread_ts: "1503435956.000000"
                },
                expectedOutput: {
                    messageId: "1503435956.000248",
                    channel: "C024BE91L",
                    threadTimestamp: "1503435956.000248"
                }
            }
        ],
        errorCases: [
            {
                name: "channel_not_found",
                description: "Channel does not exist",
                input: {
                    channel: "#nonexistent",
                    text: "Hello"
                },
                expectedError: {
                    type: "not_found",
                    message: "channel_not_found",
                    retryable: false
                }
            },
            {
                name: "rate_limited",
                description: "Rate limit exceeded",
                input: {
                    channel: "#rate-limit-test",
                    text: "Hello"
                },
                expectedError: {
                    type: "rate_limit",
                    message: "ratelimited",
                    retryable: true
                }
            }
        ]
    },
    {
        operationId: "listChannels",
        provider: "slack",
        filterableData: {
            records: sampleChannels,
            recordsField: "channels",
            offsetField: "nextCursor",
            defaultPageSize: 100,
            maxPageSize: 1000,
            pageSizeParam: "limit",
            filterConfig: {
                type: "generic",
                filterableFields: ["_type", "isArchived", "isPrivate"]
            }
        },
        validCases: [
            {
                name: "list_all_channels",
                description: "List all available channels",
                input: {
                    excludeArchived: true,
                    limit: 100
                }
                // expectedOutput handled by filterableData
            }
        ],
        errorCases: [
            {
                name: "missing_scope",
                description: "Bot token lacks required scope",
                input: {
                    excludeArchived: true
                },
                expectedError: {
                    type: "permission",
                    message: "missing_scope",
                    retryable: false
                }
            }
        ]
    }
];
