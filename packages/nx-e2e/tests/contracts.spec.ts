import {
    changedFiles,
    commandOutput as output,
    createTestWorkspace,
    jsonDocument,
    replaceInFile,
    type TestWorkspace
} from "../src/harness";

/**
 * Issue 21: operation contracts through the real nx CLI on the model workspace. `nx sync` writes
 * additive changes to each provider's contract.json and refuses breaking ones; `nx sync:check` and
 * verify-provider name them; an acknowledgement in the contract accepts one.
 */

const PROVIDERS = "backend/src/integrations/providers";
const SLACK_CONTRACT = `${PROVIDERS}/slack/contract.json`;
const SEND_MESSAGE = `${PROVIDERS}/slack/operations/sendMessage.ts`;

/** A source edit that breaks a contract, and what the refusal must name. */
interface BreakingEdit {
    what: string;
    provider: string;
    file: string;
    from: string | RegExp;
    to: string;
    named: string;
}

const BREAKING_EDITS: BreakingEdit[] = [
    {
        what: "renaming an operation",
        provider: "slack",
        file: SEND_MESSAGE,
        from: 'id: "sendMessage"',
        to: 'id: "postMessage"',
        named: 'slack: operation "sendMessage": removed (renamed to "postMessage"?) (operation-removed)'
    },
    {
        what: "removing an input field",
        provider: "slack",
        file: SEND_MESSAGE,
        from: /\n\s*thread_ts: SlackThreadTsSchema,/,
        to: "",
        named: 'slack: operation "sendMessage": property "thread_ts": removed (property-removed)'
    },
    {
        what: "making an optional field required",
        provider: "adp",
        file: `${PROVIDERS}/adp/operations/listWorkers.ts`,
        from: "limit: z.number().int().min(1).max(200).optional()",
        to: "limit: z.number().int().min(1).max(200)",
        named: 'adp: operation "listWorkers": property "limit": optional made required (property-made-required)'
    },
    {
        what: "removing an enum value",
        provider: "cloudflare",
        file: `${PROVIDERS}/cloudflare/operations/types.ts`,
        from: '"TXT", "MX"]',
        to: '"TXT"]',
        named: 'property "type": enum value "MX" removed (enum-value-removed)'
    }
];

describe("issue 21: operation contracts (nx sync, sync:check, verify-provider)", () => {
    let ws: TestWorkspace;
    let providerIds: string[];

    beforeAll(() => {
        ws = createTestWorkspace();
        const nxJson = JSON.parse(ws.read("nx.json"));
        nxJson.sync = { globalGenerators: ["@flowmaestro/nx:sync-contracts"] };
        ws.write("nx.json", JSON.stringify(nxJson, null, 2));
        ws.git(["commit", "-qam", "contracts sync generator"]);
        providerIds = ws
            .run("ls", [PROVIDERS])
            .stdout.split("\n")
            .filter((id) => id && ws.exists(`${PROVIDERS}/${id}/operations`));
    });
    afterAll(() => ws.cleanup());
    afterEach(() => {
        ws.git(["reset", "-q", "--hard"]);
        ws.git(["clean", "-qfd"]);
    });

    it("the first nx sync writes a contract for every provider, in the host's style; a second writes nothing", () => {
        const before = ws.nx(["sync:check"]);
        expect(before.code).not.toBe(0);
        expect(output(before)).toContain(`slack: ${SLACK_CONTRACT}: written`);
        expect(ws.nx(["sync"]).code).toBe(0);
        expect(changedFiles(ws).sort()).toEqual(
            providerIds.map((id) => `${PROVIDERS}/${id}/contract.json`).sort()
        );
        const slack = JSON.parse(ws.read(SLACK_CONTRACT));
        expect(slack.provider).toBe("slack");
        expect(slack.operations.sendMessage.actionType).toBe("write");
        expect(slack.operations.sendMessage.input.required).toEqual(["channel", "text"]);
        expect(Object.keys(slack.operations.sendMessage.input.properties).sort()).toEqual([
            "blocks",
            "channel",
            "text",
            "thread_ts"
        ]);
        expect(slack.mcpTools).toContain("slack_sendMessage");
        const prettier = ws.run("node", [
            ws.path("node_modules/prettier/bin/prettier.cjs"),
            "--check",
            `${PROVIDERS}/*/contract.json`
        ]);
        expect(output(prettier)).toContain("All matched files use Prettier code style!");
        ws.git(["add", "-A"]);
        ws.git(["commit", "-qm", "contracts"]);
        expect(ws.nx(["sync"]).code).toBe(0);
        expect(changedFiles(ws)).toEqual([]);
        expect(ws.nx(["sync:check"]).code).toBe(0);
    });

    describe.each(BREAKING_EDITS)("$what", (edit) => {
        it("is refused by nx sync, and named by sync:check and verify-provider", () => {
            replaceInFile(ws, edit.file, edit.from, edit.to);
            const check = ws.nx(["sync:check"]);
            expect(check.code).not.toBe(0);
            expect(output(check)).toContain(edit.named);
            expect(output(check)).toContain('to "acknowledged" in');
            const sync = ws.nx(["sync"]);
            expect(sync.code).not.toBe(0);
            expect(output(sync)).toContain(edit.named);
            expect(changedFiles(ws)).toEqual([edit.file]);
            const verify = ws.nx([
                "run",
                `provider-${edit.provider}:verify-provider`,
                "--typecheck=false",
                "--format=json",
                "--skip-nx-cache"
            ]);
            expect(verify.code).not.toBe(0);
            const diagnostics = jsonDocument(verify.stdout).providers[0].diagnostics;
            expect(diagnostics).toContainEqual(
                expect.objectContaining({
                    ruleId: "contract/breaking-change",
                    severity: "error",
                    file: `${PROVIDERS}/${edit.provider}/contract.json`,
                    message: expect.stringContaining(edit.named)
                })
            );
        });
    });

    it("an acknowledgement with a reason accepts a breaking change, and the contract keeps it", () => {
        replaceInFile(ws, SEND_MESSAGE, /\n\s*thread_ts: SlackThreadTsSchema,/, "");
        const acknowledged = {
            operation: "sendMessage",
            property: "thread_ts",
            change: "property-removed",
            reason: "threads are replied to through replyInThread"
        };
        const contract = JSON.parse(ws.read(SLACK_CONTRACT));
        ws.write(SLACK_CONTRACT, JSON.stringify({ ...contract, acknowledged: [acknowledged] }));
        expect(ws.nx(["sync"]).code).toBe(0);
        const written = JSON.parse(ws.read(SLACK_CONTRACT));
        expect(written.acknowledged).toEqual([acknowledged]);
        expect(written.operations.sendMessage.input.properties.thread_ts).toBeUndefined();
        expect(ws.nx(["sync:check"]).code).toBe(0);
        const verify = ws.nx([
            "run",
            "provider-slack:verify-provider",
            "--typecheck=false",
            "--skip-nx-cache"
        ]);
        expect(output(verify)).not.toContain("contract/");
    });

    it("adding an optional field is additive: sync:check lists it and nx sync writes it", () => {
        replaceInFile(
            ws,
            SEND_MESSAGE,
            "blocks: SlackBlocksSchema",
            'blocks: SlackBlocksSchema,\n    unfurl: z.boolean().optional().describe("Expand links")'
        );
        const check = ws.nx(["sync:check"]);
        expect(check.code).not.toBe(0);
        expect(output(check)).toContain(
            `slack: ${SLACK_CONTRACT}: operation "sendMessage": property "unfurl": added as optional`
        );
        expect(ws.nx(["sync"]).code).toBe(0);
        expect(changedFiles(ws).sort()).toEqual([SEND_MESSAGE, SLACK_CONTRACT].sort());
        expect(
            JSON.parse(ws.read(SLACK_CONTRACT)).operations.sendMessage.input.properties.unfurl
        ).toEqual({
            description: "Expand links",
            type: "boolean"
        });
        expect(ws.nx(["sync:check"]).code).toBe(0);
    });
});
