import * as fs from "fs";
import * as path from "path";
import { DEFAULT_PLUGIN_OPTIONS } from "../config/plugin-options";
import { copySandbox } from "../testing/sandbox-copy";
import { deriveContracts } from "./derive";
import type { Derivation } from "./contract-file";

const PROVIDERS = DEFAULT_PLUGIN_OPTIONS.providersDir;

function contractOf(derivation: Derivation | undefined) {
    if (!derivation || !("contract" in derivation)) {
        throw new Error(`not derived: ${JSON.stringify(derivation)}`);
    }
    return derivation.contract;
}

/**
 * Deriving contracts runs the providers' own code (the host's loader and zod-to-json-schema) in a
 * child process, in a copy of the model workspace on disk.
 */
describe("deriveContracts", () => {
    let root: string;

    beforeAll(() => {
        root = copySandbox("fm-contracts-");
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("reads operations, action types, input schemas, triggers and MCP tools from the loaded provider, and derives again only what changed", async () => {
        const first = await deriveContracts(root, DEFAULT_PLUGIN_OPTIONS, ["slack", "adp"]);
        const slack = contractOf(first.get("slack"));
        expect(slack.provider).toBe("slack");
        // No declared action type: the host's inference from the id.
        expect(slack.operations.sendMessage.actionType).toBe("write");
        expect(slack.operations.listChannels.actionType).toBe("read");
        expect(slack.operations.sendMessage.input).toEqual(
            expect.objectContaining({
                type: "object",
                required: ["channel", "text"],
                properties: expect.objectContaining({
                    text: expect.objectContaining({ type: "string", minLength: 1, maxLength: 4000 })
                })
            })
        );
        expect(Object.keys(slack.triggers).length).toBeGreaterThan(0);
        expect(slack.mcpTools).toContain("slack_sendMessage");
        expect(contractOf(first.get("adp")).operations.listWorkers.input.required).toBeUndefined();

        // One provider changes: only its contract is derived again (the other comes from the cache,
        // which this test poisons to tell them apart).
        const cacheFile = path.join(root, "node_modules/.cache/flowmaestro-nx/contracts.json");
        const cache = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
        cache.adp.contract.provider = "from the cache";
        fs.writeFileSync(cacheFile, JSON.stringify(cache));
        const operation = path.join(root, PROVIDERS, "slack/operations/sendMessage.ts");
        fs.writeFileSync(
            operation,
            fs
                .readFileSync(operation, "utf8")
                .replace(
                    "blocks: SlackBlocksSchema",
                    "blocks: SlackBlocksSchema,\n    unfurl: z.boolean().optional()"
                )
        );
        const second = await deriveContracts(root, DEFAULT_PLUGIN_OPTIONS, ["slack", "adp"]);
        expect(
            Object.keys(
                contractOf(second.get("slack")).operations.sendMessage.input.properties as object
            )
        ).toContain("unfurl");
        expect(contractOf(second.get("adp")).provider).toBe("from the cache");
    }, 120_000);

    it("reports a provider whose code cannot be loaded, with why", async () => {
        const providerFile = path.join(root, PROVIDERS, "sendgrid/SendGridProvider.ts");
        fs.appendFileSync(providerFile, '\nthrow new Error("broken on purpose");\n');
        const derived = await deriveContracts(root, DEFAULT_PLUGIN_OPTIONS, ["sendgrid"]);
        expect(derived.get("sendgrid")).toEqual({
            error: expect.stringContaining("broken on purpose")
        });
    }, 120_000);
});
