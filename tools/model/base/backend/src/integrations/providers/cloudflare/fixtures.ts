import type { TestFixture } from "../../sandbox";

// One constant per operation, gathered at the end (the layout the host uses for large providers).

const ZONE = "5f0c1e2d3b4a69788796a5b4c3d2e1f0";
const RECORD = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

const sampleZones = [
    { id: ZONE, domain: "tidepool.example", state: "live", plan: "free" },
    { id: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b", domain: "kelp.example", state: "parked", plan: "pro" }
];

const zones_listZones: TestFixture = {
    operationId: "zones_listZones",
    provider: "cloudflare",
    filterableData: {
        records: sampleZones,
        recordsField: "zones",
        defaultPageSize: 20,
        maxPageSize: 500,
        pageSizeParam: "per_page",
        offsetParam: "page"
    },
    validCases: [{ name: "first_page", input: {} }],
    errorCases: []
};

const zones_getZone: TestFixture = {
    operationId: "zones_getZone",
    provider: "cloudflare",
    validCases: [{ name: "by_id", input: { zoneId: ZONE }, expectedOutput: sampleZones[0] }],
    errorCases: [
        {
            name: "unknown_zone",
            input: { zoneId: "ffffffffffffffffffffffffffffffff" },
            expectedError: { type: "not_found", retryable: false }
        }
    ]
};

const sampleRecord = {
    id: RECORD,
    zone: ZONE,
    host: "www.tidepool.example",
    kind: "CNAME",
    value: "tidepool.example",
    ttl: 300
};

const dns_listRecords: TestFixture = {
    operationId: "dns_listRecords",
    provider: "cloudflare",
    validCases: [
        {
            name: "cname_only",
            input: { zoneId: ZONE, type: "CNAME" },
            expectedOutput: { records: [sampleRecord], pages: 1 }
        }
    ],
    errorCases: []
};

const dns_getRecord: TestFixture = {
    operationId: "dns_getRecord",
    provider: "cloudflare",
    validCases: [
        {
            name: "by_id",
            input: { zoneId: ZONE, recordId: RECORD },
            expectedOutput: sampleRecord
        }
    ],
    errorCases: []
};

export const cloudflareFixtures: TestFixture[] = [
    zones_listZones,
    zones_getZone,
    dns_listRecords,
    dns_getRecord
];
