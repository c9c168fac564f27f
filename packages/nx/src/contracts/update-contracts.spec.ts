import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { DEFAULT_PLUGIN_OPTIONS } from "../config/plugin-options";
import type { DerivedContract } from "./contract-file";
import { parseContract, serializeContract } from "./contract-file";
import { contractUpdateError, updateContracts } from "./update-contracts";

const FILE = "backend/src/integrations/providers/acme/contract.json";

const DERIVED: DerivedContract = {
    provider: "acme",
    operations: {
        sendMessage: {
            actionType: "write",
            input: { type: "object", properties: { text: { type: "string" } }, required: ["text"] }
        }
    },
    triggers: {},
    mcpTools: ["acme_sendMessage"]
};

function update(derived: DerivedContract, committed?: string) {
    const tree = createTreeWithEmptyWorkspace();
    if (committed !== undefined) tree.write(FILE, committed);
    return updateContracts(
        tree,
        DEFAULT_PLUGIN_OPTIONS,
        new Map([["acme", { contract: derived }]])
    ).then((result) => ({ tree, result }));
}

describe("updateContracts", () => {
    it("writes a contract where there is none, then nothing while the code agrees", async () => {
        const first = await update(DERIVED);
        expect(first.result.written).toEqual([`acme: ${FILE}: written`]);
        const text = first.tree.read(FILE, "utf-8")!;
        expect(parseContract(text, FILE)).toEqual({ ...DERIVED, acknowledged: [] });
        const second = await update(DERIVED, text);
        expect(second.result).toEqual({ written: [], refused: [], problems: [] });
        expect(second.tree.read(FILE, "utf-8")).toBe(text);
    });

    it("refuses a breaking change without writing, naming it and the acknowledgement that accepts it", async () => {
        const committed = serializeContract({ ...DERIVED, acknowledged: [] });
        const { tree, result } = await update({ ...DERIVED, mcpTools: [] }, committed);
        expect(tree.read(FILE, "utf-8")).toBe(committed);
        expect(result.written).toEqual([]);
        expect(result.refused).toEqual([
            `acme: MCP tool "acme_sendMessage": removed (tool-removed). This breaks stored workflows and agents that use it; restore it, or accept it by adding {"tool":"acme_sendMessage","change":"tool-removed","reason":"<why this is accepted>"} to "acknowledged" in ${FILE} and running \`nx sync\`.`
        ]);
        expect(contractUpdateError(result)?.message).toMatch(
            /^1 breaking change to operation contracts not written by `nx sync`/
        );
    });

    it("names a contract file it cannot read, and writes nothing over it", async () => {
        const { tree, result } = await update(DERIVED, "[]");
        expect(tree.read(FILE, "utf-8")).toBe("[]");
        expect(result.problems).toEqual([
            `${FILE}: is not an operation contract: the file holds no JSON object; fix it or delete it and run \`nx sync\` to write it again. Nothing was written.`
        ]);
    });
});
