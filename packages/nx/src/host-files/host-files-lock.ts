import { randomUUID } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FlowmaestroError } from "../utils/errors";

/**
 * Mutual exclusion for host-file edits across processes. Nx runs a generator on an in-memory tree
 * and writes it to disk after the generator returns, so two `nx g` runs started together would
 * each read the host files, plan, and write over each other's entries (a lost update). A run holds
 * this lock from before it reads the host files until Nx has written them: it is released by the
 * generator's callback (which Nx calls after writing), on every failure, and at process exit (Nx
 * does not call the callback under `--dry-run` or when writing fails).
 *
 * The lock is a file created with O_EXCL holding the holder's pid, host and command. A holder that
 * died without releasing it (killed, crashed) is detected by its pid on the same host, or by the
 * lock's age: no run holds it for long, since prompts happen before the generator starts.
 *
 * One process is one holder: generators that call each other in one process (or tests that run
 * many) share its hold, counted, since they run one after another and Nx writes their tree once.
 */

export interface HostFilesLock {
    /** Releases the lock if this process still holds it; safe to call more than once. */
    release(): void;
}

export interface LockOptions {
    /** How long to wait for another run to finish (ms). */
    timeoutMs?: number;
    /** Pause between attempts (ms). */
    pollMs?: number;
    /** A lock older than this is stale whoever holds it (ms). */
    maxAgeMs?: number;
}

interface Holder {
    /** The workspace the lock was taken for (real path): a copied workspace does not inherit it. */
    root: string;
    pid: number;
    hostname: string;
    command: string;
    startedAt: string;
    token: string;
}

const DEFAULTS = { timeoutMs: 120_000, pollMs: 100, maxAgeMs: 10 * 60_000 };

/** Locks this process holds, by lock path: how many holds are open, and the lock's token. */
const heldByThisProcess = new Map<string, { count: number; token: string }>();

/** `.nx/workspace-data/flowmaestro-nx/host-files.lock`, in Nx's workspace data folder. */
export function hostFilesLockPath(workspaceRoot: string): string {
    const dataDir = path.resolve(
        workspaceRoot,
        process.env.NX_WORKSPACE_DATA_DIRECTORY ?? path.join(".nx", "workspace-data")
    );
    return path.join(dataDir, "flowmaestro-nx", "host-files.lock");
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === "EPERM";
    }
}

function readHolder(lockPath: string): { holder?: Holder; ageMs: number } | undefined {
    let text: string;
    let ageMs: number;
    try {
        ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
        text = fs.readFileSync(lockPath, "utf8");
    } catch {
        return undefined; // released meanwhile
    }
    try {
        return { holder: JSON.parse(text) as Holder, ageMs };
    } catch {
        return { ageMs }; // being written right now
    }
}

/** Why the lock's holder is gone, or undefined while it may still be running. */
function staleReason(
    state: { holder?: Holder; ageMs: number },
    maxAgeMs: number,
    root: string
): string | undefined {
    if (state.ageMs > maxAgeMs) return `it is ${Math.round(state.ageMs / 1000)} s old`;
    const holder = state.holder;
    if (holder && holder.root !== root) return `it was copied from ${holder.root}`;
    if (holder && holder.hostname === os.hostname() && !isAlive(holder.pid)) {
        return `process ${holder.pid} has ended`;
    }
    return undefined;
}

function tryCreate(lockPath: string, holder: Holder): boolean {
    let fd: number;
    try {
        fd = fs.openSync(lockPath, "wx");
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
        throw error;
    }
    try {
        fs.writeSync(fd, JSON.stringify(holder));
    } finally {
        fs.closeSync(fd);
    }
    return true;
}

/**
 * Removes a stale lock. It is renamed first, which only one process can do; if what was renamed
 * turns out to be a fresh lock another process took meanwhile, it is put back.
 */
function breakStaleLock(lockPath: string, stale: Holder | undefined): void {
    const aside = `${lockPath}.stale-${process.pid}-${randomUUID()}`;
    try {
        fs.renameSync(lockPath, aside);
    } catch {
        return; // someone else broke or released it
    }
    const taken = readHolder(aside)?.holder;
    if (taken && stale && taken.token !== stale.token) {
        try {
            fs.linkSync(aside, lockPath);
        } catch {
            // A third process holds the lock now; the one we moved belongs to a run that
            // will find its lock gone when it releases, which is harmless.
        }
    }
    fs.rmSync(aside, { force: true });
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits for and takes the host-file lock of the workspace at `workspaceRoot`. A workspace that is
 * not on disk (an in-memory test tree) needs no lock. Refuses, naming the holder, when another run
 * keeps it past the timeout.
 */
export async function acquireHostFilesLock(
    workspaceRoot: string,
    options: LockOptions = {}
): Promise<HostFilesLock> {
    const { timeoutMs, pollMs, maxAgeMs } = { ...DEFAULTS, ...options };
    if (!fs.existsSync(workspaceRoot)) return { release: () => undefined };
    const lockPath = hostFilesLockPath(workspaceRoot);
    const ours = heldByThisProcess.get(lockPath);
    if (ours) {
        ours.count++;
        return { release: onceOnly(() => releaseHold(lockPath)) };
    }
    fs.mkdirSync(path.dirname(lockPath), { recursive: true });
    const holder: Holder = {
        root: fs.realpathSync(workspaceRoot),
        pid: process.pid,
        hostname: os.hostname(),
        command: process.argv.slice(1).join(" "),
        startedAt: new Date().toISOString(),
        token: randomUUID()
    };
    const deadline = Date.now() + timeoutMs;
    let state: ReturnType<typeof readHolder>;
    while (!tryCreate(lockPath, holder)) {
        state = readHolder(lockPath);
        if (state === undefined) continue;
        if (staleReason(state, maxAgeMs, holder.root) !== undefined) {
            breakStaleLock(lockPath, state.holder);
            continue;
        }
        if (Date.now() >= deadline) {
            const other = state.holder;
            const who = other
                ? `process ${other.pid} on ${other.hostname} (\`${other.command}\`, since ${other.startedAt})`
                : "another process";
            throw new FlowmaestroError(
                `Another run is editing this workspace's host files: ${who} holds ${lockPath}. Waited ${timeoutMs / 1000} s; nothing was written. Run again when it has finished; if no such run is going on, delete that file.`
            );
        }
        await sleep(pollMs);
    }
    if (heldByThisProcess.size === 0) process.once("exit", releaseAllAtExit);
    heldByThisProcess.set(lockPath, { count: 1, token: holder.token });
    return { release: onceOnly(() => releaseHold(lockPath)) };
}

function onceOnly(action: () => void): () => void {
    let done = false;
    return () => {
        if (done) return;
        done = true;
        action();
    };
}

/** Ends one hold; the last one removes the lock file (if it is still this process's). */
function releaseHold(lockPath: string): void {
    const ours = heldByThisProcess.get(lockPath);
    if (!ours || --ours.count > 0) return;
    heldByThisProcess.delete(lockPath);
    removeLock(lockPath, ours.token);
    if (heldByThisProcess.size === 0) process.removeListener("exit", releaseAllAtExit);
}

/** At exit, whatever was not released (Nx skips the callback under --dry-run or after a failed write). */
function releaseAllAtExit(): void {
    for (const [lockPath, { token }] of heldByThisProcess) removeLock(lockPath, token);
    heldByThisProcess.clear();
}

function removeLock(lockPath: string, token: string): void {
    if (readHolder(lockPath)?.holder?.token === token) fs.rmSync(lockPath, { force: true });
}
