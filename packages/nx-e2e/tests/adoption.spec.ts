import { changedFiles, createTestWorkspace, TestWorkspace } from "../src/harness";

const CONFIG = "backend/src/core/config/index.ts";

/**
 * Adopting the plugin in a repository without nx.json (FlowMaestro is plain npm workspaces), the
 * registrations kept in step by the sync generator, and a generator run in a terminal that asks
 * nothing when the spec is complete — all through the real nx CLI.
 */
describe("adoption: init, nx sync, prompts", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace({ registerPlugin: false, isolatePlugins: true });
        workspace.run("rm", ["nx.json"]);
        workspace.git(["commit", "-q", "-am", "no nx.json, like FlowMaestro"]);
    });
    afterAll(() => workspace.cleanup());

    it("init creates nx.json with the plugin and the sync generator, and a second run changes nothing", () => {
        const init = workspace.nx(["g", "@flowmaestro/nx:init"]);
        expect(init.code).toBe(0);
        expect(init.stdout).toContain("npx nx affected -t verify-provider");
        expect(JSON.parse(workspace.read("nx.json"))).toEqual({
            $schema: "./node_modules/nx/schemas/nx-schema.json",
            plugins: [{ plugin: "@flowmaestro/nx", options: {} }],
            sync: { globalGenerators: ["@flowmaestro/nx:sync-registrations"] }
        });
        expect(workspace.read(".gitignore")).toMatch(/^\.nx\/?$/m);
        workspace.git(["add", "-A"]);
        workspace.git(["commit", "-q", "-m", "init"]);
        expect(workspace.nx(["g", "@flowmaestro/nx:init"]).code).toBe(0);
        expect(changedFiles(workspace)).toEqual([]);
        expect(workspace.nx(["show", "projects"]).stdout).toContain("provider-slack");
    });

    it("nx sync:check passes, fails naming a removed callback path, and nx sync adds exactly it back", () => {
        expect(workspace.nx(["sync:check"]).code).toBe(0);
        const config = workspace.read(CONFIG);
        // The first callbackPaths entry of a provider folder (a family key like `google` is not one).
        const entry = [
            ...config
                .slice(config.indexOf("callbackPaths"))
                .matchAll(/^\s+"?([a-z0-9-]+)"?: "\/oauth\/[^"]+\/callback",?\n/gm)
        ].find((match) => workspace.exists(`backend/src/integrations/providers/${match[1]}`));
        expect(entry).toBeDefined();
        workspace.write(CONFIG, config.replace(entry![0], ""));
        workspace.git(["commit", "-q", "-am", `drop ${entry![1]}'s callback path`]);
        const check = workspace.nx(["sync:check"]);
        expect(check.code).not.toBe(0);
        expect(check.stdout + check.stderr).toContain(
            `${entry![1]}: ${CONFIG}: added callbackPaths entry "${entry![1]}"`
        );
        expect(workspace.nx(["sync"]).code).toBe(0);
        // The same lines as before: that entry is back (in its family's group), nothing else changed.
        const lines = (text: string) => text.split("\n").sort();
        expect(lines(workspace.read(CONFIG))).toEqual(lines(config));
        expect(changedFiles(workspace)).toEqual([CONFIG]);
        workspace.git(["commit", "-q", "-am", "nx sync"]);
        expect(workspace.nx(["sync:check"]).code).toBe(0);
    });

    it("in a terminal, a complete --spec asks nothing; --no-interactive lists what is missing", () => {
        workspace.write(
            "specs/term.yaml",
            [
                "id: term-chat",
                "baseUrl: https://api.term.example",
                "auth: { type: api_key }",
                "operations: [{ id: listRooms }]",
                ""
            ].join("\n")
        );
        const nxBin = workspace.path("node_modules/nx/dist/bin/nx.js");
        // Nx itself asks once per workspace, in a terminal, whether to share usage data: answered no.
        const nxJson = JSON.parse(workspace.read("nx.json"));
        workspace.write("nx.json", `${JSON.stringify({ ...nxJson, analytics: false }, null, 2)}\n`);
        // `script` runs nx in a pseudo-terminal: a pending question would hang until the timeout.
        const terminal = workspace.run(
            "script",
            [
                "-qec",
                `node ${nxBin} g @flowmaestro/nx:integration-provider --spec specs/term.yaml`,
                "/dev/null"
            ],
            {
                env: { NX_DAEMON: "false", NX_NO_CLOUD: "true", NX_INTERACTIVE: "true" },
                input: "",
                timeout: 120000
            }
        );
        // A terminal gets colours: compare the text without its escape sequences.
        const terminalText = terminal.stdout.replace(/\u001b\[[0-9;]*m/g, "");
        expect(terminalText).toContain(
            "CREATE backend/src/integrations/providers/term-chat/TermChatProvider.ts"
        );
        expect(terminal.code).toBe(0);
        const missing = workspace.nx([
            "g",
            "@flowmaestro/nx:integration-provider",
            "half-done",
            "--no-interactive"
        ]);
        expect(missing.code).not.toBe(0);
        expect(missing.stdout + missing.stderr).toMatch(/baseUrl: is required/);
        expect(missing.stdout + missing.stderr).toMatch(/operations: is required/);
    });
});

describe("provider-operation through the real nx CLI", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace({ isolatePlugins: true });
    });
    afterAll(() => workspace.cleanup());

    it("adds an operation to a nested, namespace-importing provider; it compiles and verifies; a repeat is refused", () => {
        const args = [
            "g",
            "@flowmaestro/nx:provider-operation",
            "cloudflare",
            "listRulesets",
            "--group=zones",
            "--path=/zones/{zoneId}/rulesets"
        ];
        const add = workspace.nx(args);
        expect(add.stdout + add.stderr).toContain('registered and dispatched "zones_listRulesets"');
        expect(add.code).toBe(0);
        expect(changedFiles(workspace).sort()).toEqual(
            [
                "backend/src/integrations/providers/cloudflare/CloudflareProvider.ts",
                "backend/src/integrations/providers/cloudflare/fixtures.ts",
                "backend/src/integrations/providers/cloudflare/operations/zones/index.ts",
                "backend/src/integrations/providers/cloudflare/operations/zones/listRulesets.ts"
            ].sort()
        );
        expect(workspace.tsc("backend").code).toBe(0);
        const verify = workspace.nx([
            "run",
            "provider-cloudflare:verify-provider",
            "--skip-nx-cache"
        ]);
        expect(verify.stdout + verify.stderr).not.toMatch(
            /\berror\b.*(operations|structure|registration)\//
        );
        expect(verify.code).toBe(0);
        workspace.git(["add", "-A"]);
        workspace.git(["commit", "-q", "-m", "listRulesets"]);
        const repeat = workspace.nx(args);
        expect(repeat.code).not.toBe(0);
        expect(repeat.stdout + repeat.stderr).toMatch(/already has operation "zones_listRulesets"/);
        expect(changedFiles(workspace)).toEqual([]);
    });

    it("--update refuses a hand-written provider and changes none of its files", () => {
        const update = workspace.nx([
            "g",
            "@flowmaestro/nx:integration-provider",
            "slack",
            "--update",
            "--baseUrl=https://slack.com/api",
            "--operations=sendMessage",
            "--no-interactive"
        ]);
        expect(update.code).not.toBe(0);
        expect(update.stdout + update.stderr).toMatch(/was not generated by @flowmaestro\/nx/);
        expect(changedFiles(workspace)).toEqual([]);
    });
});
