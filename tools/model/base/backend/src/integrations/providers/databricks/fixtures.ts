import type { TestFixture } from "../../sandbox";

const sampleTables = [
    { name: "shipments", catalog: "ops", schema: "logistics" },
    { name: "carriers", catalog: "ops", schema: "logistics" }
];

export const databricksFixtures: TestFixture[] = [
    {
        operationId: "query",
        provider: "databricks",
        validCases: [
            {
                name: "two_rows",
                input: { query: "SELECT code, weight FROM ops.logistics.shipments LIMIT 2" },
                expectedOutput: {
                    columns: ["code", "weight"],
                    rows: [
                        { code: "SH-1", weight: 12.5 },
                        { code: "SH-2", weight: 3 }
                    ],
                    rowCount: 2
                }
            }
        ],
        errorCases: [
            {
                name: "missing_table",
                input: { query: "SELECT * FROM ops.logistics.nothing" },
                expectedError: { type: "server_error", retryable: true }
            }
        ]
    },
    {
        operationId: "listCatalogs",
        provider: "databricks",
        validCases: [{ name: "all", input: {}, expectedOutput: { catalogs: ["ops", "finance"] } }],
        errorCases: []
    },
    {
        operationId: "listTables",
        provider: "databricks",
        filterableData: { records: sampleTables, recordsField: "tables" },
        validCases: [{ name: "connection_schema", input: {} }],
        errorCases: []
    }
];
