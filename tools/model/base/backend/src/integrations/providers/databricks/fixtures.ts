/**
 * Databricks Provider Test Fixtures
 */

import type { TestFixture } from "../../sandbox";

export const databricksFixtures: TestFixture[] = [
    {
        operationId: "query",
        provider: "databricks",
        validCases: [
            {
                name: "simple_select",
                description: "Run a SELECT and return every row",
                input: {
                    query: "SELECT id, name FROM main.default.customers LIMIT 2"
                },
                expectedOutput: {
                    rows: [
                        { id: 1, name: "Acme Corp" },
                        { id: 2, name: "Globex" }
                    ],
                    rowCount: 2,
                    columns: ["id", "name"]
                }
            }
        ],
        errorCases: [
            {
                name: "table_not_found",
                description: "The table does not exist",
                input: {
                    query: "SELECT * FROM main.default.missing"
                },
                expectedError: {
                    type: "server_error",
                    message: "TABLE_OR_VIEW_NOT_FOUND",
                    retryable: true
                }
            }
        ]
    },
    {
        operationId: "listCatalogs",
        provider: "databricks",
        validCases: [
            {
                name: "list_catalogs",
                description: "List the Unity Catalogs",
                input: {},
                expectedOutput: {
                    catalogs: [{ name: "main" }, { name: "samples" }],
                    count: 2
                }
            }
        ],
        errorCases: []
    },
    {
        operationId: "listTables",
        provider: "databricks",
        validCases: [
            {
                name: "list_default_tables",
                description: "List the tables of the connection's schema",
                input: {},
                expectedOutput: {
                    tables: [{ name: "customers", catalog: "main", schema: "default" }],
                    count: 1
                }
            }
        ],
        errorCases: []
    }
];
