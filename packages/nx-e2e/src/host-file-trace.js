// Preloaded into nx processes by the concurrency test (NODE_OPTIONS=--require). It appends every
// read and write of a host file (FM_TRACE_HOST_FILES, separated by path.delimiter: files, or
// folders ending in "/" for every file below them) to
// FM_TRACE_LOG as a JSON line (pid, command, event, time, file), so the test can check that no two runs ever had host files
// open at once: that is what the host-files lock promises, whether or not a collision happened to
// lose an entry this time. The first write of each process also waits FM_TRACE_WRITE_DELAY_MS,
// which widens every run's read-to-write time so that a run that skipped the lock overlaps another.
const fs = require("fs");
const path = require("path");

const log = process.env.FM_TRACE_LOG;
const hostFiles = (process.env.FM_TRACE_HOST_FILES ?? "").split(path.delimiter).filter(Boolean);
const writeDelayMs = Number(process.env.FM_TRACE_WRITE_DELAY_MS ?? 0);

function hostFileOf(file) {
    if (typeof file !== "string") return undefined;
    return hostFiles.find((hostFile) =>
        hostFile.endsWith("/") ? file.includes(hostFile) : file.endsWith(hostFile)
    );
}

const command = process.argv.slice(2).join(" ");

function record(event, file) {
    const time = performance.timeOrigin + performance.now();
    fs.appendFileSync(log, JSON.stringify({ pid: process.pid, command, event, time, file }) + "\n");
}

if (log && hostFiles.length > 0) {
    const { readFileSync, writeFileSync } = fs;
    let waited = false;
    fs.readFileSync = function tracedRead(file, ...rest) {
        const hostFile = hostFileOf(file);
        if (hostFile) record("read", hostFile);
        return readFileSync.call(this, file, ...rest);
    };
    fs.writeFileSync = function tracedWrite(file, ...rest) {
        const hostFile = hostFileOf(file);
        if (hostFile && !waited && writeDelayMs > 0) {
            waited = true;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, writeDelayMs);
        }
        const result = writeFileSync.call(this, file, ...rest);
        if (hostFile) record("write", hostFile);
        return result;
    };
}
