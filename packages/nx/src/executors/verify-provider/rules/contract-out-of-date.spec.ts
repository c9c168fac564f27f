import { serializeContract } from "../../../contracts/contract-file";
import type { DerivedContract } from "../../../contracts/contract-file";
import { check } from "../__fixtures__/sandbox";
import { contractOutOfDate } from "./contract-out-of-date";

const DERIVED: DerivedContract = {
    provider: "slack",
    operations: { listChannels: { actionType: "read", input: { type: "object" } } },
    triggers: {},
    mcpTools: ["slack_listChannels"]
};

describe(contractOutOfDate.id, () => {
    it("passes when the contract records what the code says, or there is none yet", () => {
        const current = serializeContract({ ...DERIVED, acknowledged: [] });
        expect(
            check(contractOutOfDate, "slack", {
                files: { "contract.json": current },
                derivedContract: { contract: DERIVED }
            })
        ).toEqual([]);
        expect(
            check(contractOutOfDate, "slack", { derivedContract: { contract: DERIVED } })
        ).toEqual([]);
    });

    it("warns when the code adds to the contract, naming the addition", () => {
        const behind = serializeContract({ ...DERIVED, mcpTools: [], acknowledged: [] });
        expect(
            check(contractOutOfDate, "slack", {
                files: { "contract.json": behind },
                derivedContract: { contract: DERIVED }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                message:
                    'The contract is behind the code (MCP tool "slack_listChannels": added): run `nx sync` to write it.'
            })
        ]);
    });

    it("fails naming the problem when the contract file cannot be read", () => {
        expect(
            check(contractOutOfDate, "slack", {
                files: { "contract.json": "{ not json" },
                derivedContract: { contract: DERIVED }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                file: "backend/src/integrations/providers/slack/contract.json",
                message: expect.stringMatching(/^is not valid JSON/)
            })
        ]);
    });
});
