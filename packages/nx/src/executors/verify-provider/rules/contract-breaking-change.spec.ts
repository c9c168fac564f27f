import { serializeContract } from "../../../contracts/contract-file";
import type { DerivedContract } from "../../../contracts/contract-file";
import { check } from "../__fixtures__/sandbox";
import { contractBreakingChange } from "./contract-breaking-change";

const CONTRACT = "backend/src/integrations/providers/slack/contract.json";

/** slack's contract as committed; the tests derive variants of it. */
const COMMITTED: DerivedContract = {
    provider: "slack",
    operations: {
        listChannels: { actionType: "read", input: { type: "object", properties: {} } },
        sendMessage: {
            actionType: "write",
            input: {
                type: "object",
                properties: { channel: { type: "string" }, text: { type: "string" } },
                required: ["channel"]
            }
        }
    },
    triggers: {},
    mcpTools: ["slack_listChannels", "slack_sendMessage"]
};

function committed(acknowledged: object[] = []) {
    return serializeContract({ ...COMMITTED, acknowledged } as never);
}

const WITHOUT_TEXT: DerivedContract = structuredClone(COMMITTED);
delete (WITHOUT_TEXT.operations.sendMessage.input.properties as Record<string, unknown>).text;

describe(contractBreakingChange.id, () => {
    it("passes when the code keeps the contract, adds to it, or the provider has no contract", () => {
        const added = structuredClone(COMMITTED);
        added.operations.archiveChannel = { actionType: "write", input: { type: "object" } };
        for (const derived of [COMMITTED, added]) {
            expect(
                check(contractBreakingChange, "slack", {
                    files: { "contract.json": committed() },
                    derivedContract: { contract: derived }
                })
            ).toEqual([]);
        }
        expect(
            check(contractBreakingChange, "slack", { derivedContract: { contract: WITHOUT_TEXT } })
        ).toEqual([]);
    });

    it("fails at the operation's line of the contract, naming the change and how to accept it", () => {
        const text = committed();
        const diagnostics = check(contractBreakingChange, "slack", {
            files: { "contract.json": text },
            derivedContract: { contract: WITHOUT_TEXT }
        });
        expect(diagnostics).toEqual([
            {
                ruleId: "contract/breaking-change",
                severity: "error",
                file: CONTRACT,
                line: text.split("\n").findIndex((line) => line.includes('"sendMessage": {')) + 1,
                column: 1,
                message: `slack: operation "sendMessage": property "text": removed (property-removed). This breaks stored workflows and agents that use it; restore it, or accept it by adding {"operation":"sendMessage","property":"text","change":"property-removed","reason":"<why this is accepted>"} to "acknowledged" in ${CONTRACT} and running \`nx sync\`.`
            }
        ]);
    });

    it("passes once the contract acknowledges that change with a reason", () => {
        const acknowledged = [
            {
                operation: "sendMessage",
                property: "text",
                change: "property-removed",
                reason: "unused"
            }
        ];
        expect(
            check(contractBreakingChange, "slack", {
                files: { "contract.json": committed(acknowledged) },
                derivedContract: { contract: WITHOUT_TEXT }
            })
        ).toEqual([]);
    });
});
