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
 * the operations are added to, and when it takes and gives up the lock. The test checks that every
 * run that wrote read and wrote only while it held the lock (whatever the timing, so a run that
 * skips the lock fails in the first round), that the entries of every run are in the host files,
 * and that register-provider --check agrees. Each kind of writer was run without the lock to see
 * this test fail.
 */

const PROVIDERS = DEFAULT_PLUGIN_OPTIONS.providersDir;
const REGISTRY = DEFAULT_PLUGIN_OPTIONS.registryFile;

function succeeded(result: CommandResult) {
    return { code: result.code, output: result.code ? output(result) : "" };
}

interface TraceEvent {
    pid: number;
    command: string;
    event: "read" | "write" | "lock" | "unlock";
    time: number;
    file: string;
}

/**
 * What the trace log shows: the runs that wrote a traced file, and against the lock, a run that
 * wrote but read or wrote a traced file while not holding the host-files lock, and two runs
 * holding the lock at once.
 */
function traceOf(log: string): { writers: number; violations: string[] } {
    const events: TraceEvent[] = fs.existsSync(log)
        ? fs
              .readFileSync(log, "utf8")
              .split("\n")
              .filter(Boolean)
              .map((line) => JSON.parse(line))
        : [];
    const runs = new Map<number, TraceEvent[]>();
    for (const event of events) runs.set(event.pid, [...(runs.get(event.pid) ?? []), event]);
    const holds: Array<{ command: string; from: number; to: number }> = [];
    const violations: string[] = [];
    let writers = 0;
    for (const run of runs.values()) {
        const ownHolds: Array<{ from: number; to: number }> = [];
        for (const { event, time } of run) {
            if (event === "lock") ownHolds.push({ from: time, to: Infinity });
            if (event === "unlock" && ownHolds.length > 0) ownHolds[ownHolds.length - 1].to = time;
        }
        holds.push(...ownHolds.map((hold) => ({ command: run[0].command, ...hold })));
        if (!run.some(({ event }) => event === "write")) continue;
        writers++;
        for (const { event, time, file, command } of run) {
            if (event !== "read" && event !== "write") continue;
            if (!ownHolds.some((hold) => hold.from <= time && time <= hold.to)) {
                violations.push(`\`nx ${command}\` ${event} ${file} without holding the lock`);
            }
        }
    }
    holds.sort((a, b) => a.from - b.from);
    holds.forEach((hold, index) => {
        const next = holds[index + 1];
        if (next && next.from < hold.to) {
            violations.push(
                `\`nx ${hold.command}\` and \`nx ${next.command}\` held the lock at once`
            );
        }
    });
    return { writers, violations: [...new Set(violations)] };
}

/** Entries of a provider's registration, as literal text in each host file (read independently of the registrar). */
function registrationTexts(id: string, oauth: boolean): Array<[string, string]> {
    const texts: Array<[string, string]> = [
        [REGISTRY, `name: "${id}",`],
        [DEFAULT_PLUGIN_OPTIONS.sharedProvidersFile, `provider: "${id}",`],
        [DEFAULT_PLUGIN_OPTIONS.fixtureLoaderFile!, `"${id}"`]
    ];
    if (oauth) {
        texts.push(
            [DEFAULT_PLUGIN_OPTIONS.oauthRegistryFile, `"${id}": {`],
            [DEFAULT_PLUGIN_OPTIONS.configFile, `"${id}": "/oauth/${id}/callback"`],
            [DEFAULT_PLUGIN_OPTIONS.pulumiFile, `"name":"${id}-client-id"`]
        );
    }
    return texts;
}

describe("issues 16, 22 and 24: writers of host files started together", () => {
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
            const traced = {
                env: {
                    NODE_OPTIONS: `--require ${path.join(__dirname, "../src/host-file-trace.js")}`,
                    FM_TRACE_LOG: trace,
                    FM_TRACE_FILES: [...HOST_FILES, `${PROVIDERS}/${target}/`].join(path.delimiter)
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
                        traced
                    )
                ),
                ws.nxAsync(
                    integrationProviderArgs(specDir, {
                        ...validOAuthSpec(created[0]),
                        displayName: `Conc OAuth ${round}`
                    }),
                    traced
                ),
                ws.nxAsync(
                    integrationProviderArgs(specDir, {
                        ...validApiKeySpec(created[1]),
                        displayName: `Conc Key ${round}`
                    }),
                    traced
                ),
                ws.nxAsync(["sync"], traced)
            ]);
            results.forEach((result) => expect(succeeded(result)).toEqual({ code: 0, output: "" }));
            providers.push(target, ...created);
            // All five runs wrote (the trace saw them), each only while it held the lock.
            expect({ round, ...traceOf(trace) }).toEqual({ round, writers: 5, violations: [] });
            lost.push(
                ...missingTexts(ws, [
                    ...registrationTexts(target, true),
                    ...registrationTexts(created[0], true),
                    ...registrationTexts(created[1], false)
                ]).map((missing) => `round ${round}: ${missing}`)
            );

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
