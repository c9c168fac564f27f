import type { TestFixture } from "../../sandbox";

const WORKBOOK = "wb-4e1d90c2";

export const googleSheetsFixtures: TestFixture[] = [
    {
        operationId: "createSpreadsheet",
        provider: "google-sheets",
        validCases: [
            {
                name: "two_tabs",
                input: { title: "Harvest log", sheets: ["Orchard", "Totals"] },
                expectedOutput: { workbookId: WORKBOOK, title: "Harvest log", tabs: 2 }
            }
        ],
        errorCases: []
    },
    {
        operationId: "getValues",
        provider: "google-sheets",
        validCases: [
            {
                name: "small_block",
                input: { spreadsheetId: WORKBOOK, range: "Orchard!A1:B2" },
                expectedOutput: {
                    range: "Orchard!A1:B2",
                    rows: [
                        ["Tree", "Kg"],
                        ["Pear", "12"]
                    ]
                }
            }
        ],
        errorCases: [
            {
                name: "unknown_workbook",
                input: { spreadsheetId: "wb-missing", range: "A1" },
                expectedError: { type: "not_found", retryable: false }
            }
        ]
    },
    {
        operationId: "appendValues",
        provider: "google-sheets",
        validCases: [
            {
                name: "one_row",
                input: { spreadsheetId: WORKBOOK, range: "Orchard", values: [["Plum", 7]] },
                expectedOutput: { workbookId: WORKBOOK, rowsAdded: 1 }
            }
        ],
        errorCases: []
    }
];
