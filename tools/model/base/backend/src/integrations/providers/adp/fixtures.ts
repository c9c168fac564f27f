/**
 * ADP Provider Test Fixtures
 */

import type { TestFixture } from "../../sandbox";

/**
 * Sample workers for filterableData
 */
const sampleWorkers = [
    {
        associateOID: "G3XXXXXXXXXXXXXXXXX1",
        workerId: "100001",
        name: "John Smith",
        firstName: "John",
        lastName: "Smith",
        workEmail: "john.smith@acmecorp.com",
        status: "Active",
        hireDate: "2019-03-15"
    },
    {
        associateOID: "G3XXXXXXXXXXXXXXXXX2",
        workerId: "100002",
        name: "Maria Garcia",
        firstName: "Maria",
        lastName: "Garcia",
        workEmail: "maria.garcia@acmecorp.com",
        status: "Active",
        hireDate: "2021-07-01"
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
            maxPageSize: 100,
            pageSizeParam: "limit",
            offsetParam: "offset"
        },
        validCases: [
            {
                name: "list_all_workers",
                description: "List workers with default pagination",
                input: {}
            }
        ],
        errorCases: []
    },
    {
        operationId: "getWorker",
        provider: "adp",
        validCases: [
            {
                name: "get_worker_by_oid",
                description: "Get a worker by associate OID",
                input: {
                    associateOID: "G3XXXXXXXXXXXXXXXXX1"
                },
                expectedOutput: {
                    associateOID: "G3XXXXXXXXXXXXXXXXX1",
                    workerId: "100001",
                    name: "John Smith",
                    firstName: "John",
                    lastName: "Smith",
                    workEmail: "john.smith@acmecorp.com",
                    status: "Active",
                    hireDate: "2019-03-15",
                    terminationDate: null
                }
            }
        ],
        errorCases: [
            {
                name: "worker_not_found",
                description: "No worker has this associate OID",
                input: {
                    associateOID: "G3NOTFOUND0000000000"
                },
                expectedError: {
                    type: "not_found",
                    message: "Worker not found",
                    retryable: false
                }
            }
        ]
    },
    {
        operationId: "listPayStatements",
        provider: "adp",
        validCases: [
            {
                name: "list_pay_statements",
                description: "List pay statements of a worker in a date range",
                input: {
                    associateOID: "G3XXXXXXXXXXXXXXXXX1",
                    startDate: "2024-01-01",
                    endDate: "2024-01-31"
                },
                expectedOutput: {
                    payStatements: [
                        {
                            id: "PS-2024-01-15",
                            payDate: "2024-01-15",
                            periodStart: "2024-01-01",
                            periodEnd: "2024-01-15",
                            grossPay: 4250,
                            netPay: 3187.5,
                            currency: "USD"
                        }
                    ]
                }
            }
        ],
        errorCases: []
    }
];
