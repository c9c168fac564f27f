#!/usr/bin/env node
// Proves on a real FlowMaestro checkout that verify-provider results travel between checkouts:
// two copies of FLOWMAESTRO_DIR at different paths, each with its own node_modules (`cp -a`) and
// its own Nx cache, compute identical task hashes for every provider, and the second replays every
// provider from Nx's self-hosted remote cache filled by the first; after an edit to one provider
// it re-runs exactly that one.
//
//   FLOWMAESTRO_DIR=/path/to/flowmaestro node tools/scripts/check-portable-hashes.js [--link] [--keep]
//
// --link links node_modules instead of copying them (faster; packages then resolve to the same
// real paths in both copies). Needs `npm run build` first. Skips, exit 0, without FLOWMAESTRO_DIR.
const fs = require("fs");
const path = require("path");
const { flowmaestroCheckout, prepareHostWorkspace, PROVIDERS_DIR } = require("./host-workspace");
const { startRemoteCacheServer } = require("./remote-cache-server");
const { packPlugin, NX_ENV, runAsync } = require("./sandbox-workspace");

const keep = process.argv.includes("--keep");
const nodeModules = process.argv.includes("--link") ? "link" : "copy";

function log(message) {
    process.stderr.write(`[portable-hashes] ${message}\n`);
}

/** Each task's hash and cache status from the run summary Nx writes to <cache>/run.json. */
function lastRun(root) {
    const run = JSON.parse(fs.readFileSync(path.join(root, ".nx/cache/run.json"), "utf8"));
    return Object.fromEntries(run.tasks.map((task) => [task.projectName, task]));
}

/**
 * Runs every provider's verification and reports, from Nx's run summary and the cache server's
 * log, which tasks ran and which were replayed (Nx 23 reports a failure replayed under
 * NX_CACHE_FAILURES as a plain failure: only the server's log tells it from a re-run).
 */
async function verifyAll(root, server) {
    const firstRequest = server.requests.length;
    // A summary left by an earlier run must not pass for this one's.
    const runSummary = path.join(root, ".nx/cache/run.json");
    fs.rmSync(runSummary, { force: true });
    const started = Date.now();
    const result = await runAsync(
        process.execPath,
        [path.join(root, "node_modules/nx/dist/bin/nx.js"), "run-many", "-t", "verify-provider"],
        {
            cwd: root,
            // Failed verifications are results too: replay them (Nx caches only successes otherwise).
            env: { ...NX_ENV, NX_CACHE_FAILURES: "true", ...server.env }
        }
    );
    const seconds = (Date.now() - started) / 1000;
    if (!fs.existsSync(runSummary)) {
        throw new Error(`nx run-many failed in ${root}:\n${result.stdout}\n${result.stderr}`);
    }
    const tasks = lastRun(root);
    const requests = server.requests.slice(firstRequest);
    const hashes = (method, statuses) =>
        new Set(
            requests
                .filter((request) => request.method === method && statuses.includes(request.status))
                .map((request) => request.hash)
        );
    const uploaded = hashes("PUT", [200, 409]);
    const fromRemote = hashes("GET", [200]);
    const projects = Object.keys(tasks).sort();
    return {
        tasks,
        summary: {
            seconds,
            exitCode: result.code,
            ran: projects.filter((project) => uploaded.has(tasks[project].hash)),
            replayedFromRemote: projects.filter((project) => fromRemote.has(tasks[project].hash))
                .length,
            replayedLocally: projects.filter(
                (project) =>
                    !uploaded.has(tasks[project].hash) && !fromRemote.has(tasks[project].hash)
            ).length,
            failed: projects.filter((project) => tasks[project].status !== 0).length
        }
    };
}

async function main() {
    const checkout = flowmaestroCheckout();
    if (!checkout.root) {
        console.log(`skipped: ${checkout.reason}.`);
        return;
    }
    const tarball = packPlugin();
    log(`copying ${checkout.root} twice (node_modules: ${nodeModules}) ...`);
    const copyA = prepareHostWorkspace({
        source: checkout.root,
        nodeModules,
        tarball,
        prefix: "fm-portable-a-"
    });
    const copyB = prepareHostWorkspace({
        source: checkout.root,
        nodeModules,
        tarball,
        prefix: "fm-portable-second-b-"
    });
    log(`A: ${copyA}\nB: ${copyB}`);
    const server = await startRemoteCacheServer();
    try {
        log("A: verifying every provider (uploads to the remote cache) ...");
        const a = await verifyAll(copyA, server);
        log("B: verifying every provider (empty local cache) ...");
        const b = await verifyAll(copyB, server);
        const providers = Object.keys(a.tasks).sort();
        const differing = providers.filter(
            (project) => a.tasks[project].hash !== b.tasks[project]?.hash
        );

        const changed = "hubspot";
        const file = path.join(copyB, PROVIDERS_DIR, changed, "operations/index.ts");
        fs.appendFileSync(file, "\n// edited by check-portable-hashes\n");
        log(`B: verifying again after an edit to ${changed} ...`);
        const edited = await verifyAll(copyB, server);

        const report = {
            checkout: checkout.root,
            nodeModules,
            providers: providers.length,
            identicalHashes: providers.length - differing.length,
            differing,
            cloneA: { ...a.summary, ran: a.summary.ran.length },
            cloneB: { ...b.summary, ran: b.summary.ran.length },
            cloneBAfterEditOf: { provider: `provider-${changed}`, ...edited.summary }
        };
        console.log(JSON.stringify(report, null, 2));
        const ok =
            differing.length === 0 &&
            b.summary.replayedFromRemote === providers.length &&
            edited.summary.ran.join() === `provider-${changed}`;
        if (!ok) process.exitCode = 1;
    } finally {
        await server.close();
        if (keep) log(`kept ${copyA} and ${copyB}`);
        else for (const root of [copyA, copyB]) fs.rmSync(root, { recursive: true, force: true });
    }
}

main().catch((error) => {
    console.error(error.stack || String(error));
    process.exit(1);
});
