import { z } from "zod";
import { buildProviderModel } from "../model/provider-model";
import { parseProviderSpec } from "../model/provider-spec";
import { oauthSpec } from "../generators/integration-provider/__fixtures__/specs";
import { buildFixtures } from "./fixtures";
import { zodSchemaExpression } from "./zod-expression";
import type { OperationModel } from "../model/provider-model";

const HOST_ERROR_TYPES = ["validation", "permission", "not_found", "rate_limit", "server_error"];

/** The operation's zod schema, built from the exact expressions the operation template writes. */
function schemaOf(operation: OperationModel): z.ZodTypeAny {
    const shape = operation.parameters
        .map((parameter) => {
            const required =
                operation.pathParameters.includes(parameter.name) &&
                parameter.default === undefined;
            const expression = zodSchemaExpression(
                required ? { ...parameter, required } : parameter
            );
            return `${JSON.stringify(parameter.name)}: ${expression}`;
        })
        .join(",\n");
    return new Function("z", `return z.object({${shape}});`)(z) as z.ZodTypeAny;
}

function model() {
    const spec = oauthSpec("acme-chat");
    spec.operations.push(
        {
            id: "getRecord",
            path: "/records/{recordId}",
            parameters: [
                { name: "recordId", type: "integer" },
                { name: "expand", type: "array", items: "boolean" },
                { name: "email", type: "string" },
                { name: "callbackUrl", type: "string" },
                { name: "updatedAt", type: "string" },
                { name: "scores", type: "array", items: "number" },
                { name: "weights", type: "array", items: "integer", default: [1] }
            ]
        },
        {
            id: "deleteRecord",
            method: "DELETE",
            path: "/records/{id}",
            parameters: [{ name: "id", type: "string", required: true }]
        },
        {
            id: "searchRecords",
            parameters: [
                { name: "query", type: "string", required: true },
                { name: "pageSize", type: "integer" },
                { name: "cursor", type: "string" }
            ]
        }
    );
    return buildProviderModel(parseProviderSpec(spec));
}

describe("buildFixtures", () => {
    const provider = model();
    const fixtures = buildFixtures(provider, HOST_ERROR_TYPES);
    const byId = (id: string) => fixtures.find((fixture) => fixture.operationId === id)!;

    it("gives every operation a fixture whose valid inputs satisfy the operation's zod schema", () => {
        expect(fixtures.map((fixture) => fixture.operationId)).toEqual(
            provider.operations.map((operation) => operation.id)
        );
        for (const operation of provider.operations) {
            const schema = schemaOf(operation);
            for (const testCase of byId(operation.id).validCases) {
                const result = schema.safeParse(testCase.input);
                expect({
                    operation: operation.id,
                    case: testCase.name,
                    issues: result.error?.issues ?? []
                }).toEqual({
                    operation: operation.id,
                    case: testCase.name,
                    issues: []
                });
            }
        }
    });

    it("names cases in snake_case and adds a required-only case where some parameters are optional", () => {
        expect(byId("sendMessage").validCases.map((testCase) => testCase.name)).toEqual([
            "send_message",
            "send_message_required_only"
        ]);
        expect(Object.keys(byId("sendMessage").validCases[1].input).sort()).toEqual(
            ["channelId", "ids", "text"].sort()
        );
        expect(byId("deleteRecord").validCases.map((testCase) => testCase.name)).toEqual([
            "delete_record"
        ]);
    });

    it("has a not-found case for an operation on one resource and a validation case for a missing required field", () => {
        expect(byId("getRecord").errorCases).toEqual([
            expect.objectContaining({
                name: "record_not_found",
                input: expect.objectContaining({ recordId: 999999999 }),
                expectedError: { type: "not_found", message: "Record not found", retryable: false }
            })
        ]);
        expect(byId("searchRecords").errorCases).toEqual([
            expect.objectContaining({
                name: "missing_query",
                input: expect.not.objectContaining({ query: expect.anything() }),
                expectedError: {
                    type: "validation",
                    message: "query is required",
                    retryable: false
                }
            })
        ]);
        expect(byId("listChannels").errorCases).toEqual([]);
    });

    it("uses only error types the host's OperationError allows", () => {
        const withoutNotFound = buildFixtures(provider, ["validation", "server_error"]);
        const getRecord = withoutNotFound.find((fixture) => fixture.operationId === "getRecord")!;
        // Without not_found, the failure shown is the missing path parameter (required).
        expect(getRecord.errorCases).toEqual([
            expect.objectContaining({
                name: "missing_record_id",
                expectedError: expect.objectContaining({ type: "validation" })
            })
        ]);
        expect(
            withoutNotFound.flatMap((fixture) =>
                fixture.errorCases.map((c) => c.expectedError!.type)
            )
        ).not.toContain("not_found");
    });

    it("gives list operations a filterable dataset wired to their page-size and cursor parameters", () => {
        expect(byId("searchRecords").filterableData).toEqual({
            records: [
                expect.objectContaining({ id: "record_1001" }),
                expect.objectContaining({ id: "record_1002" }),
                expect.objectContaining({ id: "record_1003" })
            ],
            recordsField: "data",
            defaultPageSize: 20,
            maxPageSize: 100,
            pageSizeParam: "pageSize",
            offsetParam: "cursor"
        });
        // The first page: no cursor in the example input.
        expect(byId("searchRecords").validCases[0].input).toEqual({
            query: "Example Query",
            pageSize: 25
        });
        expect(byId("getRecord").filterableData).toBeUndefined();
    });

    it("shapes outputs like the response: the record for a get, the echoed input for a write", () => {
        expect(byId("getRecord").validCases[0].expectedOutput).toMatchObject({ id: 10 });
        expect(byId("sendMessage").validCases[0].expectedOutput).toMatchObject({
            text: "Example Text",
            priority: "normal"
        });
        expect(byId("deleteRecord").validCases[0].expectedOutput).toEqual({
            id: "id_1001",
            success: true
        });
    });
});
