import type { TestFixture } from "../../sandbox";

// Staff the sandbox pages through for listWorkers, as summarizeWorker shapes them.
const sampleWorkers = [
    {
        associateOID: "W-7Q2K",
        name: "Priya Lund",
        workEmail: "priya.lund@example.com",
        status: "active",
        hireDate: "2020-09-01"
    },
    {
        associateOID: "W-3M8D",
        name: "Oskar Bell",
        workEmail: null,
        status: "leave",
        hireDate: "2017-02-13"
    }
];

export const adpFixtures: TestFixture[] = [
    {
        operationId: "listWorkers",
        provider: "adp",
        filterableData: {
            records: sampleWorkers,
            recordsField: "workers",
            defaultPageSize: 50,
            maxPageSize: 200,
            pageSizeParam: "limit",
            offsetParam: "offset"
        },
        validCases: [{ name: "first_page", input: {} }],
        errorCases: []
    },
    {
        operationId: "getWorker",
        provider: "adp",
        validCases: [
            {
                name: "by_id",
                input: { associateOID: "W-7Q2K" },
                expectedOutput: { ...sampleWorkers[0], terminationDate: null }
            }
        ],
        errorCases: [
            {
                name: "unknown_worker",
                input: { associateOID: "W-0000" },
                expectedError: { type: "not_found", retryable: false }
            }
        ]
    },
    {
        operationId: "listPayStatements",
        provider: "adp",
        validCases: [
            {
                name: "one_month",
                input: { associateOID: "W-7Q2K", startDate: "2025-05-01", endDate: "2025-05-31" },
                expectedOutput: {
                    payStatements: [
                        {
                            id: "ST-0525",
                            payDate: "2025-05-28",
                            grossPay: 5100,
                            netPay: 3890,
                            currency: "EUR"
                        }
                    ]
                }
            }
        ],
        errorCases: []
    }
];
