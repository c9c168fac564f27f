// Preloaded into nx processes by the concurrency test (NODE_OPTIONS=--require). It appends to
// FM_TRACE_LOG, as JSON lines (pid, command, event, time, file), every read and write of a traced
// file (FM_TRACE_FILES, separated by path.delimiter: workspace-relative files, or folders ending
// in "/" for every file below them) and every time the process takes the host-files lock (its
// O_EXCL create succeeds) or gives it up (removes it). The test then checks that each run that
// wrote a traced file read and wrote every one of them while it held the lock: a run that skipped
// the lock, or read before taking it, fails whatever the timing.
const fs = require("fs");
const path = require("path");

const log = process.env.FM_TRACE_LOG;
const traced = (process.env.FM_TRACE_FILES ?? "").split(path.delimiter).filter(Boolean);
const LOCK_FILE = `${path.sep}host-files.lock`;
const command = process.argv.slice(2).join(" ");

function tracedFileOf(file) {
    if (typeof file !== "string") return undefined;
    return traced.find((entry) =>
        entry.endsWith("/") ? file.includes(path.sep + entry) : file.endsWith(path.sep + entry)
    );
}

function record(event, file) {
    const time = performance.timeOrigin + performance.now();
    fs.appendFileSync(log, JSON.stringify({ pid: process.pid, command, event, time, file }) + "\n");
}

if (log && traced.length > 0) {
    const { openSync, readFileSync, rmSync, writeFileSync } = fs;
    fs.readFileSync = function tracedRead(file, ...rest) {
        const tracedFile = tracedFileOf(file);
        if (tracedFile) record("read", tracedFile);
        return readFileSync.call(this, file, ...rest);
    };
    fs.writeFileSync = function tracedWrite(file, ...rest) {
        const result = writeFileSync.call(this, file, ...rest);
        const tracedFile = tracedFileOf(file);
        if (tracedFile) record("write", tracedFile);
        return result;
    };
    fs.openSync = function tracedOpen(file, flags, ...rest) {
        const fd = openSync.call(this, file, flags, ...rest);
        if (flags === "wx" && typeof file === "string" && file.endsWith(LOCK_FILE)) {
            record("lock", file);
        }
        return fd;
    };
    fs.rmSync = function tracedRemove(file, ...rest) {
        if (typeof file === "string" && file.endsWith(LOCK_FILE) && fs.existsSync(file)) {
            record("unlock", file);
        }
        return rmSync.call(this, file, ...rest);
    };
}
