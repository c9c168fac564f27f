import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FlowmaestroError } from "../utils/errors";
import { acquireHostFilesLock, hostFilesLockPath } from "./host-files-lock";

/** Writes a lock file as another process would. */
function holdAs(root: string, pid: number, hostname = os.hostname()): string {
    const lockPath = hostFilesLockPath(root);
    fs.mkdirSync(path.dirname(lockPath), { recursive: true });
    fs.writeFileSync(
        lockPath,
        JSON.stringify({
            root: fs.realpathSync(root),
            pid,
            hostname,
            command: "nx g @flowmaestro/nx:integration-provider --spec other.yaml",
            startedAt: "2026-01-01T00:00:00.000Z",
            token: "other"
        })
    );
    return lockPath;
}

describe("host-files lock", () => {
    let root: string;
    let sleeper: ReturnType<typeof spawn> | undefined;
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-lock-"));
    });
    afterEach(() => {
        sleeper?.kill();
        sleeper = undefined;
        fs.rmSync(root, { recursive: true, force: true });
    });

    it("is a file in Nx's workspace data folder while held; this process's holds are counted", async () => {
        const lockPath = hostFilesLockPath(root);
        expect(path.relative(root, lockPath)).toBe(
            ".nx/workspace-data/flowmaestro-nx/host-files.lock"
        );
        const outer = await acquireHostFilesLock(root);
        expect(JSON.parse(fs.readFileSync(lockPath, "utf8"))).toMatchObject({ pid: process.pid });
        const inner = await acquireHostFilesLock(root, { timeoutMs: 0 });
        inner.release();
        inner.release();
        expect(fs.existsSync(lockPath)).toBe(true);
        outer.release();
        expect(fs.existsSync(lockPath)).toBe(false);
    });

    it("refuses after the timeout while another live process holds it, naming it and the file", async () => {
        sleeper = spawn("sleep", ["30"]);
        const lockPath = holdAs(root, sleeper.pid!);
        const started = Date.now();
        const error = await acquireHostFilesLock(root, { timeoutMs: 300, pollMs: 20 }).then(
            () => undefined,
            (caught: unknown) => caught
        );
        expect(Date.now() - started).toBeGreaterThanOrEqual(300);
        expect(error).toBeInstanceOf(FlowmaestroError);
        expect((error as Error).message).toBe(
            `Another run is editing this workspace's host files: process ${sleeper.pid} on ${os.hostname()} (\`nx g @flowmaestro/nx:integration-provider --spec other.yaml\`, since 2026-01-01T00:00:00.000Z) holds ${lockPath}. Waited 0.3 s; nothing was written. Run again when it has finished; if no such run is going on, delete that file.`
        );
        expect(JSON.parse(fs.readFileSync(lockPath, "utf8")).token).toBe("other");
    });

    it("waits for the holder to release it, then takes it", async () => {
        sleeper = spawn("sleep", ["30"]);
        const lockPath = holdAs(root, sleeper.pid!);
        setTimeout(() => fs.rmSync(lockPath), 200);
        const lock = await acquireHostFilesLock(root, { timeoutMs: 5000, pollMs: 20 });
        expect(JSON.parse(fs.readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
        lock.release();
    });

    it("breaks the lock of a holder that ended without releasing it", async () => {
        const ended = spawnSync("true").pid;
        holdAs(root, ended);
        const lock = await acquireHostFilesLock(root, { timeoutMs: 0 });
        expect(JSON.parse(fs.readFileSync(hostFilesLockPath(root), "utf8")).pid).toBe(process.pid);
        lock.release();
    });

    it("breaks a lock from another host only when it is older than any run", async () => {
        const lockPath = holdAs(root, 1, "build-agent-7");
        await expect(acquireHostFilesLock(root, { timeoutMs: 0 })).rejects.toThrow(
            /process 1 on build-agent-7/
        );
        const old = new Date(Date.now() - 11 * 60_000);
        fs.utimesSync(lockPath, old, old);
        const lock = await acquireHostFilesLock(root, { timeoutMs: 0 });
        lock.release();
    });

    it("ignores a lock file copied with the workspace from another folder", async () => {
        sleeper = spawn("sleep", ["30"]);
        const lockPath = holdAs(root, sleeper.pid!);
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "fm-lock-copy-"));
        try {
            fs.cpSync(root, copy, { recursive: true });
            const lock = await acquireHostFilesLock(copy, { timeoutMs: 0 });
            expect(JSON.parse(fs.readFileSync(hostFilesLockPath(copy), "utf8")).pid).toBe(
                process.pid
            );
            lock.release();
            expect(JSON.parse(fs.readFileSync(lockPath, "utf8")).pid).toBe(sleeper.pid);
        } finally {
            fs.rmSync(copy, { recursive: true, force: true });
        }
    });

    it("needs no lock for a workspace that is not on disk (an in-memory tree)", async () => {
        const lock = await acquireHostFilesLock("/virtual-does-not-exist");
        lock.release();
        expect(fs.existsSync("/virtual-does-not-exist")).toBe(false);
    });
});
