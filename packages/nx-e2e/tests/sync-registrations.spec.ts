import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import {
    createTestWorkspace,
    HOST_FILES_LOCK,
    immutableSupported,
    replaceInFile,
    writeHostFilesLock,
    type CommandResult,
    type TestWorkspace
} from "../src/harness";

/**
 * Issue 24: `nx sync` (the sync-registrations generator) as a writer of host files: it plans and
 * writes under the host-files lock, and names the host files it cannot parse or write, failing,
 * while it still checks and syncs the others.
 */

const REGISTRY = "backend/src/integrations/registry.ts";
const FIXTURE_LOADER = "backend/src/integrations/sandbox/fixtureLoader.ts";
const SLACK_LOADER_ENTRY = `slack: ${FIXTURE_LOADER}: added`;

function output(result: CommandResult): string {
    return result.stdout + result.stderr;
}

describe("issue 24: nx sync and the host files", () => {
    let ws: TestWorkspace;

    beforeAll(() => {
        ws = createTestWorkspace();
        const nxJson = JSON.parse(ws.read("nx.json"));
        nxJson.sync = { globalGenerators: ["@flowmaestro/nx:sync-registrations"] };
        ws.write("nx.json", JSON.stringify(nxJson, null, 2));
        // slack lacks its fixture-loader entry: something for every test's sync to add.
        replaceInFile(ws, FIXTURE_LOADER, /\n\s*"slack",/, "");
        ws.git(["commit", "-qam", "sync generator; slack missing from the fixture loader"]);
    });
    afterAll(() => ws.cleanup());
    afterEach(() => {
        ws.git(["reset", "-q", "--hard"]);
        ws.git(["clean", "-qfd"]);
    });

    it("waits for the host-files lock and plans under it, keeping what the holder wrote", async () => {
        const before = ws.read(FIXTURE_LOADER);
        const holder = spawn("sleep", ["600"]);
        try {
            writeHostFilesLock(
                ws,
                holder.pid!,
                "nx g @flowmaestro/nx:integration-provider acme-held"
            );
            // Held for longer than a whole `nx sync` takes here, unless the run ends first.
            const sync = ws.nxAsync(["sync"]);
            const endedWhileHeld = await Promise.race([
                sync.then(() => true),
                new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))
            ]);
            const whileHeld = ws.read(FIXTURE_LOADER);
            // The holder's own write, made while it holds the lock.
            replaceInFile(ws, FIXTURE_LOADER, '"adp",', '"adp",\n        "acme-held",');
            fs.rmSync(ws.path(HOST_FILES_LOCK), { force: true });
            const result = await sync;
            expect(endedWhileHeld).toBe(false);
            expect(output(result)).not.toMatch(/error/i);
            expect(result.code).toBe(0);
            expect(whileHeld).toBe(before);
            const after = ws.read(FIXTURE_LOADER);
            expect(after).toContain('"acme-held",');
            expect(after).toMatch(/\n\s*"slack",/);
            expect(ws.exists(HOST_FILES_LOCK)).toBe(false);
        } finally {
            holder.kill();
        }
    }, 120_000);

    it("fails naming a host file that cannot be parsed, and still reports and adds what a healthy file lacks", () => {
        const broken = `${ws.read(REGISTRY)}\nconst unfinished = {;\n`;
        ws.write(REGISTRY, broken);
        const check = ws.nx(["sync:check"]);
        expect(check.code).not.toBe(0);
        expect(output(check)).toContain(`${REGISTRY}:`);
        expect(output(check)).toMatch(/not valid TypeScript/);
        expect(output(check)).toContain(SLACK_LOADER_ENTRY);

        const sync = ws.nx(["sync"]);
        expect(sync.code).not.toBe(0);
        expect(output(sync)).toContain(`${REGISTRY}:`);
        expect(ws.read(REGISTRY)).toBe(broken);
        expect(ws.read(FIXTURE_LOADER)).toMatch(/\n\s*"slack",/);
    });

    it("fails naming a host file that cannot be parsed when nothing else is missing", () => {
        expect(ws.nx(["sync"]).code).toBe(0);
        ws.write(REGISTRY, `${ws.read(REGISTRY)}\nconst unfinished = {;\n`);
        const check = ws.nx(["sync:check"]);
        expect(check.code).not.toBe(0);
        expect(output(check)).toContain(`${REGISTRY}:`);
        expect(output(check)).not.toContain("All files are up to date");
    });

    it("leaves an entry that disagrees with its provider to a person, and syncs the rest", () => {
        // A registry displayName other than the class's is drift verify-provider reports; the
        // sync cannot tell which side is right, so it neither fails on it nor rewrites it.
        replaceInFile(ws, REGISTRY, 'displayName: "Slack",', 'displayName: "Slack Workspace",');
        const check = ws.nx(["sync:check"]);
        expect(check.code).not.toBe(0);
        expect(output(check)).toContain(SLACK_LOADER_ENTRY);
        expect(output(check)).not.toContain(REGISTRY);

        expect(ws.nx(["sync"]).code).toBe(0);
        expect(ws.read(FIXTURE_LOADER)).toMatch(/\n\s*"slack",/);
        expect(ws.read(REGISTRY)).toContain('displayName: "Slack Workspace",');
        expect(ws.nx(["sync:check"]).code).toBe(0);
    });

    (immutableSupported() ? it : it.skip)(
        "fails naming a host file that cannot be written, and still adds what the others lack",
        () => {
            const config = "backend/src/core/config/index.ts";
            replaceInFile(ws, config, /\n\s*slack: "\/oauth\/slack\/callback",/, "");
            const target = ws.path(FIXTURE_LOADER);
            expect(spawnSync("chattr", ["+i", target]).status).toBe(0);
            let check: CommandResult;
            let sync: CommandResult;
            try {
                check = ws.nx(["sync:check"]);
                sync = ws.nx(["sync"]);
            } finally {
                spawnSync("chattr", ["-i", target]);
            }
            expect(check.code).not.toBe(0);
            expect(output(check)).toContain(`${FIXTURE_LOADER} cannot be written`);
            expect(output(check)).toContain(`slack: ${config}: added callbackPaths entry "slack"`);
            expect(sync.code).not.toBe(0);
            expect(output(sync)).toContain(`${FIXTURE_LOADER} cannot be written`);
            expect(ws.read(config)).toMatch(/\n\s*slack: "\/oauth\/slack\/callback"/);
            expect(ws.read(FIXTURE_LOADER)).not.toMatch(/\n\s*"slack",/);
        }
    );
});
