/**
 * Test fixtures for Cloudflare provider operations
 */

import type { TestFixture } from "../../sandbox";

// ============================================
// Zone Fixtures
// ============================================

const zones_listZones: TestFixture = {
    operationId: "zones_listZones",
    provider: "cloudflare",
    validCases: [
        {
            name: "list_all_zones",
            description: "List all zones in account",
            input: {},
            expectedOutput: {
                zones: [
                    {
                        id: "023e105f4ecef8ad9ca31a8372d0c353",
                        name: "example.com",
                        status: "active"
                    }
                ]
            }
        }
    ],
    errorCases: []
};

const zones_getZone: TestFixture = {
    operationId: "zones_getZone",
    provider: "cloudflare",
    validCases: [
        {
            name: "get_zone_details",
            description: "Get zone details by ID",
            input: { zoneId: "023e105f4ecef8ad9ca31a8372d0c353" },
            expectedOutput: {
                id: "023e105f4ecef8ad9ca31a8372d0c353",
                name: "example.com",
                status: "active"
            }
        }
    ],
    errorCases: [
        {
            name: "zone_not_found",
            description: "No zone has this ID",
            input: { zoneId: "00000000000000000000000000000000" },
            expectedError: {
                type: "not_found",
                message: "Resource not found in Cloudflare.",
                retryable: false
            }
        }
    ]
};

// ============================================
// DNS Fixtures
// ============================================

const dns_listRecords: TestFixture = {
    operationId: "dns_listRecords",
    provider: "cloudflare",
    validCases: [
        {
            name: "list_a_records",
            description: "List the A records of a zone",
            input: { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", type: "A" },
            expectedOutput: {
                records: [
                    {
                        id: "372e67954025e0ba6aaa6d586b9e0b59",
                        name: "example.com",
                        type: "A",
                        content: "198.51.100.4",
                        proxied: true,
                        ttl: 1
                    }
                ]
            }
        }
    ],
    errorCases: []
};

const dns_getRecord: TestFixture = {
    operationId: "dns_getRecord",
    provider: "cloudflare",
    validCases: [
        {
            name: "get_dns_record",
            description: "Get one DNS record",
            input: {
                zoneId: "023e105f4ecef8ad9ca31a8372d0c353",
                recordId: "372e67954025e0ba6aaa6d586b9e0b59"
            },
            expectedOutput: {
                id: "372e67954025e0ba6aaa6d586b9e0b59",
                name: "example.com",
                type: "A",
                content: "198.51.100.4"
            }
        }
    ],
    errorCases: []
};

export const cloudflareFixtures: TestFixture[] = [
    // Zones
    zones_listZones,
    zones_getZone,
    // DNS
    dns_listRecords,
    dns_getRecord
];
