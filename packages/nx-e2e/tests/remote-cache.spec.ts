import * as fs from "fs";
import * as path from "path";
import { createTestWorkspace } from "../src/harness";
import type { CommandResult, TestWorkspace } from "../src/harness";

import { startRemoteCacheServer } from "../../../tools/scripts/remote-cache-server";

type RemoteCacheServer = Awaited<ReturnType<typeof startRemoteCacheServer>>;

// The project's testTimeout is not applied to a multi-project run, and these tests are async.
jest.setTimeout(300000);

type CacheStatus = "cache-miss" | "local-cache-hit" | "remote-cache-hit";

const PROVIDERS_DIR = "backend/src/integrations/providers";
/** Every provider of the sandbox the clones are made from. */
const PROVIDERS = fs
    .readdirSync(path.resolve(__dirname, "../../../tools/model/base", PROVIDERS_DIR))
    .sort();
const OAUTH_REGISTRY = "backend/src/services/oauth/OAuthProviderRegistry.ts";
/** What each clone installs separately: everything a provider's type check resolves into. */
const INSTALLED_SEPARATELY = ["typescript", "zod", "@types", "undici-types"];

/** Each task's hash and cache status, from the run summary Nx writes to <cache>/run.json. */
function lastRun(
    workspace: TestWorkspace
): Record<string, { hash: string; cacheStatus: CacheStatus }> {
    const run = JSON.parse(workspace.read(".nx/cache/run.json")) as {
        tasks: { projectName: string; hash: string; cacheStatus: CacheStatus }[];
    };
    return Object.fromEntries(
        run.tasks.map((task) => [
            task.projectName.replace(/^provider-/, ""),
            { hash: task.hash, cacheStatus: task.cacheStatus }
        ])
    );
}

const hashes = (workspace: TestWorkspace) =>
    Object.fromEntries(Object.entries(lastRun(workspace)).map(([id, task]) => [id, task.hash]));
const statuses = (workspace: TestWorkspace) =>
    Object.fromEntries(
        Object.entries(lastRun(workspace)).map(([id, task]) => [id, task.cacheStatus])
    );

/** The per-provider summary lines (`✔ provider slack: 0 errors, 0 warnings`), sorted. */
function summaries(result: CommandResult): string[] {
    return result.stdout
        .split("\n")
        .filter((line) => /^[✔✖] provider /.test(line))
        .sort();
}

describe("verify results that travel: two clones and Nx's self-hosted remote cache", () => {
    let server: RemoteCacheServer;
    let cloneA: TestWorkspace;
    let cloneB: TestWorkspace;
    const verifyAll = (workspace: TestWorkspace) =>
        workspace.nxAsync(["run-many", "-t", "verify-provider", "--output-style=static"], {
            env: server.env
        });

    beforeAll(async () => {
        server = await startRemoteCacheServer();
        cloneA = createTestWorkspace({
            prefix: "fm-e2e-clone-a-",
            copiedPackages: INSTALLED_SEPARATELY
        });
        cloneB = createTestWorkspace({
            prefix: "fm-e2e-second-clone-b-",
            copiedPackages: INSTALLED_SEPARATELY
        });
    });
    afterAll(async () => {
        await server?.close();
        cloneA?.cleanup();
        cloneB?.cleanup();
    });

    it("clone A verifies every provider and uploads each result", async () => {
        const run = await verifyAll(cloneA);
        expect(run.code).toBe(0);
        expect(statuses(cloneA)).toEqual(
            Object.fromEntries(PROVIDERS.map((id) => [id, "cache-miss"]))
        );
        const uploaded = server.requests.filter((request) => request.method === "PUT");
        expect(uploaded.map((request) => request.status)).toEqual(PROVIDERS.map(() => 200));
        expect(new Set(uploaded.map((request) => request.hash))).toEqual(
            new Set(Object.values(hashes(cloneA)))
        );
        expect(summaries(run)).toHaveLength(PROVIDERS.length);
    });

    it("clone B, at another path with its own packages and an empty local cache, replays every provider from the remote cache", async () => {
        expect(cloneB.root).not.toBe(cloneA.root);
        expect(fs.realpathSync(cloneB.path("node_modules/typescript"))).toContain(cloneB.root);
        expect(cloneB.exists(".nx/cache")).toBe(false);
        const run = await verifyAll(cloneB);
        expect(run.code).toBe(0);
        expect(hashes(cloneB)).toEqual(hashes(cloneA));
        expect(statuses(cloneB)).toEqual(
            Object.fromEntries(PROVIDERS.map((id) => [id, "remote-cache-hit"]))
        );
        expect(run.stdout).toContain("[remote cache]");
    });

    /** Edits a file of the workspace; returns the undo. */
    function edit(workspace: TestWorkspace, file: string, from: string | RegExp, to: string) {
        const text = workspace.read(file);
        const edited = text.replace(from, to);
        if (edited === text) throw new Error(`${String(from)} not found in ${file}`);
        workspace.write(file, edited);
        return () => workspace.write(file, text);
    }

    function withPluginOptions(workspace: TestWorkspace, options: Record<string, string>) {
        const nxJson = JSON.parse(workspace.read("nx.json"));
        nxJson.plugins = nxJson.plugins.map((entry: unknown) =>
            entry === "@flowmaestro/nx" ? { plugin: entry, options } : entry
        );
        return edit(
            workspace,
            "nx.json",
            workspace.read("nx.json"),
            JSON.stringify(nxJson, null, 2)
        );
    }

    it.each<[string, (workspace: TestWorkspace) => () => void, string[]]>([
        [
            "one provider's file",
            (workspace) =>
                edit(
                    workspace,
                    `${PROVIDERS_DIR}/slack/client/SlackClient.ts`,
                    /$/,
                    "\n// edited\n"
                ),
            ["slack"]
        ],
        [
            "one provider's slice of a host file (its OAuth registry entry)",
            (workspace) =>
                edit(workspace, OAUTH_REGISTRY, 'scopes: ["api"]', 'scopes: ["api", "openid"]'),
            ["adp"]
        ],
        [
            "the TypeScript version",
            (workspace) =>
                edit(
                    workspace,
                    "node_modules/typescript/package.json",
                    /"version": "([^"]+)"/,
                    '"version": "$1-other"'
                ),
            PROVIDERS
        ],
        [
            "the plugin options (a core folder elsewhere)",
            (workspace) => withPluginOptions(workspace, { coreDir: "backend/src/integrations" }),
            PROVIDERS
        ],
        [
            "the plugin options (the defaults, spelt out)",
            (workspace) =>
                withPluginOptions(workspace, {
                    targetName: "verify-provider",
                    coreDir: "backend/src/integrations/core/"
                }),
            []
        ]
    ])(
        "clone B after a change to %s re-runs exactly the providers whose hash it changes",
        async (_what, change, rerun) => {
            // Each change is undone after its test: compare with the hashes both clones share.
            const before = hashes(cloneA);
            const undo = change(cloneB);
            try {
                const run = await verifyAll(cloneB);
                expect(run.code).toBe(0);
                const after = hashes(cloneB);
                expect(PROVIDERS.filter((id) => after[id] !== before[id])).toEqual(rerun);
                expect(statuses(cloneB)).toEqual(
                    Object.fromEntries(
                        PROVIDERS.map((id) => [
                            id,
                            rerun.includes(id) ? "cache-miss" : "local-cache-hit"
                        ])
                    )
                );
            } finally {
                undo();
            }
        }
    );
});
