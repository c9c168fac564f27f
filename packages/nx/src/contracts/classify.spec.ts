import { classifyChanges, isAcknowledged, isBreaking } from "./classify";
import type { ContractChange } from "./classify";
import { parseContract, serializeContract } from "./contract-file";
import type { JsonSchema, OperationContract, ProviderContract } from "./contract-file";
import { contractStatus } from "./contract-status";

/** An object input schema with `properties`, `required` listing the names given. */
function input(properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
    return { type: "object", properties, required, additionalProperties: false };
}

const SEND: OperationContract = {
    actionType: "write",
    input: input(
        {
            channel: { type: "string" },
            text: { type: "string" },
            format: { type: "string", enum: ["plain", "markdown"] },
            limit: { type: "integer" },
            options: input({ silent: { type: "boolean" } })
        },
        ["channel"]
    )
};
const LIST: OperationContract = { actionType: "read", input: input({}) };

function contract(overrides: Partial<ProviderContract> = {}): ProviderContract {
    return {
        provider: "acme",
        operations: { sendMessage: SEND, listChannels: LIST },
        triggers: { message: {} },
        mcpTools: ["acme_sendMessage", "acme_listChannels"],
        acknowledged: [],
        ...overrides
    };
}

/** The committed contract with sendMessage's input properties changed by `edit`. */
function withSendInput(edit: (properties: Record<string, JsonSchema>, required: string[]) => void) {
    const schema = structuredClone(SEND.input) as {
        properties: Record<string, JsonSchema>;
        required: string[];
    };
    edit(schema.properties, schema.required);
    return contract({
        operations: { sendMessage: { ...SEND, input: schema }, listChannels: LIST }
    });
}

function breakingOf(changes: ContractChange[]) {
    return changes.filter(isBreaking).map(({ change, operation, trigger, tool, property }) => ({
        change,
        ...(operation && { operation }),
        ...(trigger && { trigger }),
        ...(tool && { tool }),
        ...(property && { property })
    }));
}

describe("classifyChanges", () => {
    it("finds nothing between a contract and itself", () => {
        expect(classifyChanges(contract(), contract())).toEqual([]);
    });

    describe("breaking", () => {
        it("an operation removed, naming a twin with the same input as a likely rename", () => {
            const renamed = contract({ operations: { postMessage: SEND, listChannels: LIST } });
            // As committed: keys sorted, unlike the derived schema's.
            const committed = parseContract(serializeContract(contract()), "contract.json");
            const changes = classifyChanges(committed, renamed);
            expect(breakingOf(changes)).toEqual([
                { change: "operation-removed", operation: "sendMessage" }
            ]);
            expect(changes.find(isBreaking)?.description).toBe(
                'removed (renamed to "postMessage"?)'
            );
            expect(changes.filter((change) => !isBreaking(change))).toEqual([
                { operation: "postMessage", description: "added" }
            ]);
        });

        it("a trigger removed", () => {
            expect(breakingOf(classifyChanges(contract(), contract({ triggers: {} })))).toEqual([
                { change: "trigger-removed", trigger: "message" }
            ]);
        });

        it("an MCP tool removed", () => {
            const changes = classifyChanges(
                contract(),
                contract({ mcpTools: ["acme_sendMessage"] })
            );
            expect(breakingOf(changes)).toEqual([
                { change: "tool-removed", tool: "acme_listChannels" }
            ]);
        });

        it("a read operation made write (and not write made read)", () => {
            const toWrite = contract({
                operations: { sendMessage: SEND, listChannels: { ...LIST, actionType: "write" } }
            });
            expect(breakingOf(classifyChanges(contract(), toWrite))).toEqual([
                { change: "action-type-changed", operation: "listChannels" }
            ]);
            expect(breakingOf(classifyChanges(toWrite, contract()))).toEqual([]);
        });

        it("an input property removed, nested ones by their dotted path", () => {
            expect(
                breakingOf(
                    classifyChanges(
                        contract(),
                        withSendInput((properties) => delete properties.text)
                    )
                )
            ).toEqual([{ change: "property-removed", operation: "sendMessage", property: "text" }]);
            const nested = withSendInput((properties) => {
                properties.options = input({});
            });
            expect(breakingOf(classifyChanges(contract(), nested))).toEqual([
                { change: "property-removed", operation: "sendMessage", property: "options.silent" }
            ]);
        });

        it("an optional property made required", () => {
            const changed = withSendInput((_properties, required) => required.push("text"));
            expect(breakingOf(classifyChanges(contract(), changed))).toEqual([
                { change: "property-made-required", operation: "sendMessage", property: "text" }
            ]);
        });

        it("a new required property without a default (with one it is additive)", () => {
            const withoutDefault = withSendInput((properties, required) => {
                properties.priority = { type: "string" };
                required.push("priority");
            });
            expect(breakingOf(classifyChanges(contract(), withoutDefault))).toEqual([
                {
                    change: "required-property-added",
                    operation: "sendMessage",
                    property: "priority"
                }
            ]);
            const withDefault = withSendInput((properties, required) => {
                properties.priority = { type: "string", default: "normal" };
                required.push("priority");
            });
            expect(breakingOf(classifyChanges(contract(), withDefault))).toEqual([]);
        });

        it("a type changed or narrowed (integer to number widens, number to integer narrows)", () => {
            const changed = withSendInput((properties) => {
                properties.channel = { type: "number" };
            });
            expect(classifyChanges(contract(), changed).filter(isBreaking)).toEqual([
                {
                    change: "type-changed",
                    operation: "sendMessage",
                    property: "channel",
                    description: "type changed from string to number"
                }
            ]);
            const widened = withSendInput((properties) => {
                properties.limit = { type: "number" };
            });
            expect(breakingOf(classifyChanges(contract(), widened))).toEqual([]);
            expect(breakingOf(classifyChanges(widened, contract()))).toEqual([
                { change: "type-changed", operation: "sendMessage", property: "limit" }
            ]);
            const notNullable = withSendInput((properties) => {
                properties.text = { type: ["string", "null"] };
            });
            expect(breakingOf(classifyChanges(notNullable, contract()))).toEqual([
                { change: "type-changed", operation: "sendMessage", property: "text" }
            ]);
        });

        it("a free value narrowed to listed values", () => {
            const narrowed = withSendInput((properties) => {
                properties.text = { type: "string", enum: ["hello"] };
            });
            expect(breakingOf(classifyChanges(contract(), narrowed))).toEqual([
                { change: "type-changed", operation: "sendMessage", property: "text" }
            ]);
        });

        it("an enum value removed, in an enum or a union of literals", () => {
            const removed = withSendInput((properties) => {
                properties.format = { type: "string", enum: ["plain"] };
            });
            const changes = classifyChanges(contract(), removed);
            expect(changes.filter(isBreaking)).toEqual([
                {
                    change: "enum-value-removed",
                    operation: "sendMessage",
                    property: "format",
                    description: 'enum value "markdown" removed'
                }
            ]);
            const union = (values: string[]) =>
                withSendInput((properties) => {
                    properties.format = {
                        anyOf: values.map((value) => ({ type: "string", const: value }))
                    };
                });
            expect(
                breakingOf(classifyChanges(union(["plain", "markdown"]), union(["plain"])))
            ).toEqual([
                { change: "enum-value-removed", operation: "sendMessage", property: "format" }
            ]);
        });
    });

    describe("additive", () => {
        it.each([
            [
                "an operation added",
                contract({ operations: { sendMessage: SEND, listChannels: LIST, archive: LIST } })
            ],
            ["a trigger added", contract({ triggers: { message: {}, reaction: {} } })],
            [
                "an MCP tool added",
                contract({ mcpTools: ["acme_sendMessage", "acme_listChannels", "acme_x"] })
            ],
            [
                "an optional property added",
                withSendInput((properties) => (properties.topic = { type: "string" }))
            ],
            [
                "a required property made optional",
                withSendInput((_properties, required) => required.pop())
            ],
            [
                "an enum value added",
                withSendInput(
                    (properties) =>
                        (properties.format = {
                            type: "string",
                            enum: ["plain", "markdown", "html"]
                        })
                )
            ],
            [
                "an enum lifted",
                withSendInput((properties) => (properties.format = { type: "string" }))
            ],
            [
                "a type widened",
                withSendInput((properties) => (properties.channel = { type: ["string", "number"] }))
            ],
            [
                "a description or a default changed",
                withSendInput(
                    (properties) =>
                        (properties.text = { type: "string", description: "Body", default: "" })
                )
            ],
            [
                "a trigger payload changed",
                contract({ triggers: { message: { payload: { type: "object" } } } })
            ]
        ])("%s", (_what, derived) => {
            expect(breakingOf(classifyChanges(contract(), derived))).toEqual([]);
        });
    });
    it("sees no change in a schema whose keys come in another order (as committed, they are sorted)", () => {
        const payload = { type: "object", properties: { id: { type: "string" } } };
        const derived = contract({ triggers: { message: { payload } } });
        const committed = parseContract(serializeContract(derived), "contract.json");
        expect(classifyChanges(committed, derived)).toEqual([]);
    });
});

describe("contractStatus", () => {
    const removed = withSendInput((properties) => delete properties.text);
    const file = "providers/acme/contract.json";

    it("writes a contract where there is none, and nothing when the code agrees with it", () => {
        expect(contractStatus(undefined, file, contract())).toEqual({
            state: "missing",
            next: contract()
        });
        expect(contractStatus(JSON.stringify(contract()), file, contract())).toEqual({
            state: "current"
        });
    });

    it("refuses an unacknowledged breaking change, and accepts it once acknowledged, keeping the record", () => {
        const refused = contractStatus(JSON.stringify(contract()), file, removed);
        expect(refused.state).toBe("breaking");
        const acknowledged = [
            {
                operation: "sendMessage",
                property: "text",
                change: "property-removed" as const,
                reason: "unused"
            }
        ];
        const accepted = contractStatus(JSON.stringify(contract({ acknowledged })), file, removed);
        expect(accepted).toEqual(
            expect.objectContaining({ state: "additive", next: { ...removed, acknowledged } })
        );
    });

    it("does not let an acknowledgement of another property or change accept it", () => {
        const change = classifyChanges(contract(), removed).find(isBreaking)!;
        expect(
            isAcknowledged(change, [
                {
                    operation: "sendMessage",
                    property: "channel",
                    change: "property-removed",
                    reason: "x"
                },
                { operation: "sendMessage", property: "text", change: "type-changed", reason: "x" }
            ])
        ).toBe(false);
    });

    it("fails naming the file when the committed contract is not one", () => {
        expect(() => contractStatus("{", file, contract())).toThrow(`${file}: is not valid JSON`);
        expect(() =>
            contractStatus(
                JSON.stringify({
                    ...contract(),
                    acknowledged: [{ operation: "x", change: "property-removed" }]
                }),
                file,
                contract()
            )
        ).toThrow(`${file}: is not an operation contract: "acknowledged" entry 1 has no "reason"`);
    });
});
