/**
 * Google Sheets Provider Test Fixtures
 */

import type { TestFixture } from "../../sandbox";

const SAMPLE_SPREADSHEET_ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";

export const googleSheetsFixtures: TestFixture[] = [
    {
        operationId: "createSpreadsheet",
        provider: "google-sheets",
        validCases: [
            {
                name: "create_spreadsheet_with_sheets",
                description: "Create a spreadsheet with two named sheets",
                input: {
                    title: "Q1 Budget",
                    sheets: [{ title: "Summary" }, { title: "Details" }]
                },
                expectedOutput: {
                    spreadsheetId: SAMPLE_SPREADSHEET_ID,
                    properties: { title: "Q1 Budget" },
                    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${SAMPLE_SPREADSHEET_ID}/edit`
                }
            }
        ],
        errorCases: []
    },
    {
        operationId: "getValues",
        provider: "google-sheets",
        validCases: [
            {
                name: "get_range_values",
                description: "Read a range of cells",
                input: {
                    spreadsheetId: SAMPLE_SPREADSHEET_ID,
                    range: "Sheet1!A1:B3"
                },
                expectedOutput: {
                    range: "Sheet1!A1:B3",
                    majorDimension: "ROWS",
                    values: [
                        ["Name", "Age"],
                        ["John", "30"],
                        ["Jane", "25"]
                    ]
                }
            }
        ],
        errorCases: [
            {
                name: "spreadsheet_not_found",
                description: "The spreadsheet does not exist",
                input: {
                    spreadsheetId: "nonexistent",
                    range: "Sheet1"
                },
                expectedError: {
                    type: "not_found",
                    message: "Spreadsheet or resource not found.",
                    retryable: false
                }
            }
        ]
    },
    {
        operationId: "appendValues",
        provider: "google-sheets",
        validCases: [
            {
                name: "append_rows",
                description: "Append one row after the table",
                input: {
                    spreadsheetId: SAMPLE_SPREADSHEET_ID,
                    range: "Sheet1",
                    values: [["Alex", 41]]
                },
                expectedOutput: {
                    spreadsheetId: SAMPLE_SPREADSHEET_ID,
                    updates: { updatedRange: "Sheet1!A4:B4", updatedRows: 1, updatedCells: 2 }
                }
            }
        ],
        errorCases: []
    }
];
