import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ExecutorContext } from "@nx/devkit";
import checkReferencesExecutor from "./executor";

const PROVIDERS = "backend/src/integrations/providers";
const SEED = "backend/scripts/seed-workflow-templates.ts";

describe("check-references executor", () => {
    let root: string;
    let stdout: string;
    let stderr: string;
    const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    };
    const run = (format?: "human" | "json") =>
        checkReferencesExecutor(format ? { format } : {}, {
            root,
            cwd: root,
            isVerbose: false,
            projectName: "workflow-definitions",
            nxJsonConfiguration: { plugins: ["@flowmaestro/nx"] }
        } as ExecutorContext);

    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-check-references-"));
        stdout = "";
        stderr = "";
        jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
            stdout += String(chunk);
            return true;
        });
        jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
            stderr += String(chunk);
            return true;
        });
        write(
            `${PROVIDERS}/slack/contract.json`,
            JSON.stringify({
                provider: "slack",
                operations: {
                    sendMessage: {
                        actionType: "write",
                        input: { type: "object", properties: { channel: {}, text: {} } }
                    }
                },
                triggers: {},
                mcpTools: [],
                acknowledged: []
            })
        );
        fs.mkdirSync(path.join(root, PROVIDERS, "zendesk"));
    });
    afterEach(() => {
        jest.restoreAllMocks();
        fs.rmSync(root, { recursive: true, force: true });
    });

    it("succeeds when every reference resolves, and warns about providers without a contract", async () => {
        write(
            SEED,
            [
                "export const nodes = [",
                '    { data: { provider: "slack", operation: "sendMessage", channel: "{{room}}" } },',
                '    { data: { provider: "zendesk", operation: "createTicket" } }',
                "];",
                ""
            ].join("\n")
        );
        await expect(run()).resolves.toEqual({ success: true });
        expect(stdout).toBe(
            "✔ 2 workflow references in 1 file(s): 0 broken, 1 not checked (no contract).\n"
        );
        expect(stderr).toBe(
            `warning: 1 reference(s) to provider "zendesk" not checked: ${PROVIDERS}/zendesk/contract.json does not exist (run nx sync to write it).\n`
        );
    });

    it("fails on a broken reference, linter style by default and as the documented JSON document", async () => {
        write(
            SEED,
            [
                "export const nodes = [",
                '    { data: { provider: "slack", operation: "sendMessage", chanel: "#ops" } },',
                '    { data: { provider: "gmail", operation: "sendEmail" } }',
                "];",
                ""
            ].join("\n")
        );
        await expect(run()).resolves.toEqual({ success: false });
        expect(stdout.split("\n")).toEqual([
            `${SEED}:2:60  unknown-parameter  Operation "slack:sendMessage" has no input "chanel" (its inputs: channel, text).`,
            `${SEED}:3:25  unknown-provider  There is no provider "gmail" (no folder ${PROVIDERS}/gmail).`,
            "✖ 2 workflow references in 1 file(s): 2 broken.",
            ""
        ]);

        stdout = "";
        await expect(run("json")).resolves.toEqual({ success: false });
        expect(JSON.parse(stdout)).toEqual({
            references: [
                {
                    file: SEED,
                    line: 2,
                    column: 60,
                    provider: "slack",
                    operation: "sendMessage",
                    parameter: "chanel",
                    problem: "unknown-parameter",
                    message:
                        'Operation "slack:sendMessage" has no input "chanel" (its inputs: channel, text).'
                },
                {
                    file: SEED,
                    line: 3,
                    column: 25,
                    provider: "gmail",
                    operation: "sendEmail",
                    problem: "unknown-provider",
                    message: `There is no provider "gmail" (no folder ${PROVIDERS}/gmail).`
                }
            ]
        });
    });

    it("fails with one message naming a contract it cannot read", async () => {
        write(`${PROVIDERS}/slack/contract.json`, "{ not json");
        write(SEED, 'export const n = { provider: "slack", operation: "sendMessage" };\n');
        const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
        await expect(run()).resolves.toEqual({ success: false });
        expect(errors).toHaveBeenCalledWith(
            expect.stringMatching(
                /^backend\/src\/integrations\/providers\/slack\/contract\.json: is not valid JSON/
            )
        );
    });
});
