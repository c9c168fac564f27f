import { createTestWorkspace, replaceInFile } from "../src/harness";
import type { CommandResult, TestWorkspace } from "../src/harness";

/**
 * Issue 21 item 3: the workflow definitions kept in the repository (the model's seeding script)
 * resolve against the providers' committed contracts, through the real nx CLI. The contracts are
 * written here as `nx sync` writes them.
 */

const PROVIDERS_DIR = "backend/src/integrations/providers";
const SEED = "backend/scripts/seed-workflow-templates.ts";
const TASK = "workflow-definitions:check-references";
const CACHE_HIT = /\[(existing outputs match the cache, left as is|local cache)\]/;

const input = (...keys: string[]) => ({
    type: "object",
    properties: Object.fromEntries(keys.map((key) => [key, { type: "string" }])),
    required: [],
    additionalProperties: false
});

/** The model providers' operations and input keys the seeding script calls, and some it does not. */
const CONTRACTS: Record<string, Record<string, Record<string, unknown>>> = {
    slack: {
        listChannels: input("excludeArchived", "limit"),
        sendMessage: input("channel", "text", "thread_ts", "blocks")
    },
    "google-sheets": {
        appendValues: input("spreadsheetId", "range", "values", "valueInputOption"),
        getValues: input("spreadsheetId", "range", "valueRenderOption")
    },
    sendgrid: {
        sendEmail: input(
            "to",
            "cc",
            "fromEmail",
            "fromName",
            "subject",
            "textContent",
            "htmlContent"
        )
    }
};

function writeContract(workspace: TestWorkspace, provider: string): void {
    const operations = Object.fromEntries(
        Object.entries(CONTRACTS[provider]).map(([id, schema]) => [
            id,
            { actionType: "write", input: schema }
        ])
    );
    workspace.write(
        `${PROVIDERS_DIR}/${provider}/contract.json`,
        `${JSON.stringify({ provider, operations, triggers: {}, mcpTools: [], acknowledged: [] }, null, 2)}\n`
    );
}

/** The JSON document the task printed, out of Nx's own lines around it. */
function referencesDocument(result: CommandResult) {
    const start = result.stdout.indexOf("{\n");
    const end = result.stdout.lastIndexOf("\n}") + 2;
    return JSON.parse(result.stdout.slice(start, end)) as {
        references: Record<string, unknown>[];
    };
}

/** The task's line in Nx's output says whether it was replayed from the cache. */
function replayed(result: CommandResult): boolean {
    const line = result.stdout.split("\n").find((text) => text.includes(`nx run ${TASK}`));
    if (!line) throw new Error(`${TASK} did not run:\n${result.stdout}${result.stderr}`);
    return CACHE_HIT.test(line);
}

describe("issue 21: check-references", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace();
        for (const provider of Object.keys(CONTRACTS)) writeContract(workspace, provider);
        workspace.git(["add", "-A"]);
        workspace.git(["commit", "-qm", "contracts"]);
    });
    afterAll(() => workspace.cleanup());

    it("infers the workflow-definitions project for the seeding script, with a cached target", () => {
        const shown = workspace.nx(["show", "project", "workflow-definitions", "--json"]);
        expect(shown.code).toBe(0);
        const project = JSON.parse(shown.stdout);
        expect(project).toMatchObject({
            root: "backend/scripts",
            tags: ["type:workflow-definitions"],
            targets: {
                "check-references": {
                    executor: "@flowmaestro/nx:check-references",
                    cache: true
                }
            }
        });
        expect(project.targets["check-references"].inputs).toEqual(
            expect.arrayContaining([
                `{workspaceRoot}/${SEED}`,
                `{workspaceRoot}/${PROVIDERS_DIR}/*/contract.json`
            ])
        );
    });

    it("passes the model's templates, whose references all resolve, and replays the pass from the cache", () => {
        const first = workspace.nx(["run", TASK, "--output-style=static"]);
        expect(first.code).toBe(0);
        expect(first.stdout).toContain("✔ 3 workflow references in 1 file(s): 0 broken.");
        const second = workspace.nx(["run", TASK, "--output-style=static"]);
        expect(second.code).toBe(0);
        expect(replayed(second)).toBe(true);
    });

    it("reports a broken reference in the seeding script at its line, as JSON", () => {
        replaceInFile(workspace, SEED, 'operation: "sendEmail"', 'operation: "sendMail"');
        const line =
            workspace
                .read(SEED)
                .split("\n")
                .findIndex((text) => text.includes('"sendMail"')) + 1;
        const result = workspace.nx(["run", TASK, "--format=json", "--output-style=static"]);
        expect(result.code).not.toBe(0);
        expect(referencesDocument(result)).toEqual({
            references: [
                {
                    file: SEED,
                    line,
                    column: workspace.read(SEED).split("\n")[line - 1].indexOf('"sendMail"') + 1,
                    provider: "sendgrid",
                    operation: "sendMail",
                    problem: "unknown-operation",
                    message:
                        'Provider "sendgrid" has no operation "sendMail" (its operations: sendEmail).'
                }
            ]
        });
        workspace.git(["checkout", "--", SEED]);
    });

    it("re-runs under nx affected when a contract changes, and reports what the change broke", () => {
        // A contract that no longer has slack's `channel` input, committed as a pull request would.
        CONTRACTS.slack.sendMessage = input("text", "thread_ts", "blocks");
        writeContract(workspace, "slack");
        workspace.git(["commit", "-qam", "slack: sendMessage without channel"]);

        const affected = workspace.nx([
            "affected",
            "-t",
            "check-references",
            "--base=HEAD~1",
            "--output-style=static"
        ]);
        expect(affected.code).not.toBe(0);
        expect(replayed(affected)).toBe(false);
        expect(affected.stdout).toMatch(
            new RegExp(
                `${SEED}:\\d+:\\d+  unknown-parameter  Operation "slack:sendMessage" has no input "channel"`
            )
        );

        // Nothing changed since: the base is the contract commit, so nothing is affected.
        const unaffected = workspace.nx(["affected", "-t", "check-references", "--base=HEAD"]);
        expect(unaffected.code).toBe(0);
        expect(unaffected.stdout).not.toContain(TASK);
    });
});
