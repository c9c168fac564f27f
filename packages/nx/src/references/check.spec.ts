import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { resolvePluginOptions } from "../config/plugin-options";
import { checkReferences } from "./check";

const PROVIDERS = "backend/src/integrations/providers";
const SEED = "backend/scripts/seed-workflow-templates.ts";

/** A contract.json as `nx sync` writes it, with only what the check reads filled in. */
function contract(provider: string, operations: Record<string, Record<string, unknown>>) {
    return JSON.stringify({
        provider,
        operations: Object.fromEntries(
            Object.entries(operations).map(([id, input]) => [id, { actionType: "write", input }])
        ),
        triggers: {},
        mcpTools: [],
        acknowledged: []
    });
}

const objectSchema = (...keys: string[]) => ({
    type: "object",
    properties: Object.fromEntries(keys.map((key) => [key, { type: "string" }])),
    required: [],
    additionalProperties: false
});

/** The template's node list: `nodes` is spliced into a seeding script shaped as the host's. */
function seedScript(nodes: string): string {
    return [
        "interface TemplateNode { id: string; type: string; data: Record<string, unknown> }",
        'const CHANNEL = "#ops";',
        'const slackNode = { provider: "slack" } as const;',
        "export const templates: { name: string; nodes: TemplateNode[] }[] = [",
        "    {",
        '        name: "Daily digest",',
        "        nodes: [",
        nodes,
        "        ]",
        "    }",
        "];",
        ""
    ].join("\n");
}

/** The 1-based column of `needle` in a node line of the seed script. */
const col = (line: string, needle: string) => line.indexOf(needle) + 1;

describe("checkReferences", () => {
    let root: string;
    const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    };
    const check = (options = {}) => checkReferences(root, resolvePluginOptions(options));
    /** `line:column problem provider:operation[.parameter]` of each broken reference. */
    const problems = (options = {}) =>
        check(options).problems.map(
            (problem) =>
                `${problem.line}:${problem.column} ${problem.problem} ${problem.provider}:${problem.operation}${problem.parameter ? `.${problem.parameter}` : ""}`
        );

    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-references-"));
        write(
            `${PROVIDERS}/slack/contract.json`,
            contract("slack", {
                sendMessage: objectSchema("channel", "text", "thread_ts"),
                listChannels: objectSchema("limit")
            })
        );
        write(
            `${PROVIDERS}/google-sheets/contract.json`,
            contract("google-sheets", {
                appendValues: {
                    anyOf: [objectSchema("spreadsheetId", "range"), objectSchema("values")]
                }
            })
        );
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it("passes references written flat, under parameters, through consts and spreads, with {{...}} values", () => {
        write(
            SEED,
            seedScript(
                [
                    '{ id: "a", type: "integration", data: { label: "Post", provider: "slack", operation: "sendMessage", channel: CHANNEL, text: "{{digest.text}}", outputVariable: "posted" } },',
                    '{ id: "b", type: "integration", data: { ...slackNode, operation: "listChannels", parameters: { limit: "{{pageSize}}" } } },',
                    '{ id: "c", type: "integration", data: { provider: "google-sheets", operation: "appendValues", connectionId: "conn", parameters: { spreadsheetId: "{{sheet}}", values: [] } } },',
                    '{ id: "d", type: "llm", data: { label: "Summarise", provider: "openai", model: "gpt-4o" } },'
                ].join("\n")
            )
        );
        const result = check();
        expect(result.files).toEqual([SEED]);
        expect(result.references).toBe(3);
        expect(result.problems).toEqual([]);
        expect(result.unchecked).toEqual([]);
    });

    it("reports a provider with no folder at its value", () => {
        const node =
            '{ id: "a", type: "integration", data: { provider: "gmail", operation: "sendEmail", to: "x" } },';
        write(SEED, seedScript(node));
        expect(problems()).toEqual([`8:${col(node, '"gmail"')} unknown-provider gmail:sendEmail`]);
        expect(check().problems[0]).toMatchObject({
            file: SEED,
            message: `There is no provider "gmail" (no folder ${PROVIDERS}/gmail).`
        });
    });

    it("reports an operation the provider's contract does not have, naming the ones it has", () => {
        const node =
            '{ id: "a", type: "integration", data: { provider: "slack", operation: "postMessage" } },';
        write(SEED, seedScript(node));
        expect(problems()).toEqual([
            `8:${col(node, '"postMessage"')} unknown-operation slack:postMessage`
        ]);
        expect(check().problems[0].message).toBe(
            'Provider "slack" has no operation "postMessage" (its operations: listChannels, sendMessage).'
        );
    });

    it("reports each parameter key the operation's input schema lacks, flat or under parameters", () => {
        const flat =
            '{ id: "a", type: "integration", data: { provider: "slack", operation: "sendMessage", chanel: "#ops" } },';
        const nested =
            '{ id: "b", type: "integration", data: { provider: "google-sheets", operation: "appendValues", parameters: { sheet: "x", range: "A1" } } },';
        write(SEED, seedScript([flat, nested].join("\n")));
        expect(problems()).toEqual([
            `8:${col(flat, "chanel")} unknown-parameter slack:sendMessage.chanel`,
            `9:${col(nested, "sheet:")} unknown-parameter google-sheets:appendValues.sheet`
        ]);
        expect(check().problems[0]).toMatchObject({
            parameter: "chanel",
            message:
                'Operation "slack:sendMessage" has no input "chanel" (its inputs: channel, text, thread_ts).'
        });
    });

    it("does not check, and lists, references to a provider folder without a contract", () => {
        fs.mkdirSync(path.join(root, PROVIDERS, "zendesk"), { recursive: true });
        write(
            SEED,
            seedScript(
                '{ id: "a", type: "integration", data: { provider: "zendesk", operation: "anything", whatever: 1 } },'
            )
        );
        const result = check();
        expect(result.problems).toEqual([]);
        expect(result.unchecked).toEqual([
            { provider: "zendesk", contract: `${PROVIDERS}/zendesk/contract.json`, references: 1 }
        ]);
    });

    it("scans only seeding scripts that name operations, plus the files the option's globs add (JSON too)", () => {
        write(
            "backend/scripts/seed-personas.ts",
            'export const personas = [{ provider: "openai" }];\n'
        );
        write(
            SEED,
            seedScript(
                '{ id: "a", type: "integration", data: { provider: "slack", operation: "sendMessage" } },'
            )
        );
        write(
            "backend/src/services/seed-like.ts",
            'export const node = { provider: "slack", operation: "gone" };\n'
        );
        const node =
            '    { "data": { "provider": "slack", "operation": "sendMessage", "channels": "#x" } }';
        write("backend/templates/digest.json", `{\n  "nodes": [\n${node}\n  ]\n}\n`);
        expect(check().files).toEqual([SEED]);
        expect(problems({ workflowDefinitionFiles: ["backend/templates/*.json"] })).toEqual([
            `3:${col(node, '"channels"')} unknown-parameter slack:sendMessage.channels`
        ]);
    });

    it("refuses a contract that is not one, naming the file", () => {
        write(`${PROVIDERS}/slack/contract.json`, '{ "provider": "slack" }');
        write(
            SEED,
            seedScript(
                '{ id: "a", type: "integration", data: { provider: "slack", operation: "sendMessage" } },'
            )
        );
        expect(() => check()).toThrow(`${PROVIDERS}/slack/contract.json`);
        expect(() => check()).toThrow("is not an operation contract");
    });
});
