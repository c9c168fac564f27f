import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_PLUGIN_OPTIONS } from "../../nx/src/config/plugin-options";
import {
    commandOutput as output,
    type CommandResult,
    createTestWorkspace,
    HOST_FILES,
    HOST_FILES_LOCK,
    integrationProviderArgs,
    missingTexts,
    operationTraces,
    type TestWorkspace,
    writeHostFilesLock
} from "../src/harness";
import {
    validApiKeySpec,
    validOAuthSpec
} from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

/**
 * Issues 16, 22 and 24: every writer of host files holds the host-files lock from reading them to
 * writing them, so `provider-operation` (two of them on one provider), `integration-provider` and
 * `nx sync` started together lose nothing. Each nx process is preloaded with
 * src/host-file-trace.js, which logs its reads and writes of the host files and of the provider
 * the operations are added to, and holds back its first write: the test checks that no two runs
 * ever had those files open at once (what the lock promises, whether or not an entry happened to
 * be lost), and that every entry of every run is there. Each kind of writer was run without the
 * lock to see this test fail.
 */

const PROVIDERS = DEFAULT_PLUGIN_OPTIONS.providersDir;
const REGISTRY = DEFAULT_PLUGIN_OPTIONS.registryFile;

function succeeded(result: CommandResult) {
    return { code: result.code, output: result.code ? output(result) : "" };
}

interface HostFileEvent {
    pid: number;
    command: string;
    event: "read" | "write";
    time: number;
    file: string;
}

/** Pairs of runs whose first-read-to-last-write spans in the trace log overlap. */
function overlappingRuns(log: string): string[] {
    const events: HostFileEvent[] = fs.existsSync(log)
        ? fs
              .readFileSync(log, "utf8")
              .split("\n")
              .filter(Boolean)
              .map((line) => JSON.parse(line))
        : [];
    const spans = new Map<
        number,
        { command: string; start: number; end: number; writes: number }
    >();
    for (const { pid, command, event, time } of events) {
        const span = spans.get(pid) ?? { command, start: time, end: time, writes: 0 };
        span.start = Math.min(span.start, time);
        span.end = Math.max(span.end, time);
        if (event === "write") span.writes++;
        spans.set(pid, span);
    }
    const sorted = [...spans.values()].sort((a, b) => a.start - b.start);
    return sorted.flatMap((span, index) =>
        sorted
            .slice(index + 1)
            .filter((later) => later.start < span.end)
            .map((later) => `\`nx ${span.command}\` and \`nx ${later.command}\``)
    );
}

describe("issues 16 and 22: writers of host files started together", () => {
    let ws: TestWorkspace;
    let specDir: string;
    beforeAll(() => {
        ws = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-concurrent-writers-"));
        const nxJson = JSON.parse(ws.read("nx.json"));
        nxJson.sync = { globalGenerators: ["@flowmaestro/nx:sync-registrations"] };
        ws.write("nx.json", JSON.stringify(nxJson, null, 2));
        ws.git(["commit", "-qam", "sync generator"]);
    });
    afterAll(() => {
        ws.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    it("two provider-operation runs, two integration-provider runs and nx sync, two rounds, lose nothing", async () => {
        const providers: string[] = [];
        const lost: string[] = [];
        for (let round = 0; round < 2; round++) {
            // An OAuth provider that is not registered (nx sync adds its registrations) and has no
            // fixtures.ts (provider-operation creates it and lists it in the fixture loader).
            const target = `conc-sync-r${round}`;
            const setup = ws.nx(
                integrationProviderArgs(
                    specDir,
                    { ...validOAuthSpec(target), displayName: `Conc Sync ${round}` },
                    "--skipRegister"
                )
            );
            expect(succeeded(setup)).toEqual({ code: 0, output: "" });
            fs.rmSync(ws.path(`${PROVIDERS}/${target}/fixtures.ts`));
            // Two new providers, OAuth and API key, registered by integration-provider itself.
            const created = [`conc-oauth-r${round}`, `conc-key-r${round}`];
            const operations = [`archiveNote${round}`, `restoreNote${round}`];
            const trace = path.join(specDir, `trace-${round}.jsonl`);
            const slow = {
                env: {
                    NODE_OPTIONS: `--require ${path.join(__dirname, "../src/host-file-trace.js")}`,
                    FM_TRACE_LOG: trace,
                    FM_TRACE_HOST_FILES: [...HOST_FILES, `${PROVIDERS}/${target}/`].join(
                        path.delimiter
                    ),
                    FM_TRACE_WRITE_DELAY_MS: "1000"
                }
            };

            const results = await Promise.all([
                ...operations.map((operation) =>
                    ws.nxAsync(
                        [
                            "g",
                            "@flowmaestro/nx:provider-operation",
                            target,
                            operation,
                            "--method=POST",
                            "--no-interactive"
                        ],
                        slow
                    )
                ),
                ws.nxAsync(
                    integrationProviderArgs(specDir, {
                        ...validOAuthSpec(created[0]),
                        displayName: `Conc OAuth ${round}`
                    }),
                    slow
                ),
                ws.nxAsync(
                    integrationProviderArgs(specDir, {
                        ...validApiKeySpec(created[1]),
                        displayName: `Conc Key ${round}`
                    }),
                    slow
                ),
                ws.nxAsync(["sync"], slow)
            ]);
            results.forEach((result) => expect(succeeded(result)).toEqual({ code: 0, output: "" }));
            providers.push(target, ...created);
            expect({ round, overlapping: overlappingRuns(trace) }).toEqual({
                round,
                overlapping: []
            });

            lost.push(
                ...missingTexts(
                    ws,
                    operations.flatMap((operation) =>
                        operationTraces(ws, `${PROVIDERS}/${target}`, operation)
                    )
                ).map((missing) => `round ${round}: ${missing}`)
            );
        }
        expect(lost).toEqual([]);
        expect(ws.exists(HOST_FILES_LOCK)).toBe(false);
        // Every provider of every round has every registration, in host files that still parse.
        for (const id of providers) {
            const check = ws.nx([
                "g",
                "@flowmaestro/nx:register-provider",
                id,
                "--check",
                "--no-interactive"
            ]);
            expect({ id, ...succeeded(check) }).toEqual({ id, code: 0, output: "" });
        }
        expect(HOST_FILES.filter((file) => !ws.exists(file))).toEqual([]);
        expect(ws.tsc("backend").stdout).toBe("");
    }, 900_000);

    it("releases the lock under --dry-run, when Nx never calls the generator's callback", () => {
        const args = integrationProviderArgs(specDir, validApiKeySpec("conc-dry"));
        const dry = ws.nx([...args, "--dry-run"]);
        expect(dry.code).toBe(0);
        expect(output(dry)).toContain('NOTE: The "dryRun" flag means no changes were made.');
        expect(ws.exists(HOST_FILES_LOCK)).toBe(false);
        const started = Date.now();
        expect(succeeded(ws.nx(args))).toEqual({ code: 0, output: "" });
        expect(Date.now() - started).toBeLessThan(60_000);
        expect(ws.read(REGISTRY)).toContain('name: "conc-dry",');
    });

    it("makes a run wait while another live process holds the lock, then go on", async () => {
        const holder = spawn("sleep", ["600"]);
        try {
            writeHostFilesLock(ws, holder.pid!, "nx g other");
            // The holder finishes while the run waits: the run goes on, and not before.
            let registeredWhileHeld: boolean | undefined;
            setTimeout(() => {
                registeredWhileHeld = ws.read(REGISTRY).includes('name: "conc-waiting",');
                fs.rmSync(ws.path(HOST_FILES_LOCK), { force: true });
            }, 8000);
            const result = await ws.nxAsync(
                integrationProviderArgs(specDir, validApiKeySpec("conc-waiting"))
            );
            expect(succeeded(result)).toEqual({ code: 0, output: "" });
            expect(registeredWhileHeld).toBe(false);
            expect(ws.read(REGISTRY)).toContain('name: "conc-waiting",');
        } finally {
            holder.kill();
        }
    }, 120_000);
});
