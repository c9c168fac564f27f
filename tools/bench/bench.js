#!/usr/bin/env node
// `npm run bench`: measures verify-provider against a full backend type-check at FlowMaestro scale.
// See README "Benchmark" and BENCHMARKS.md. Options:
//   --providers N     providers to synthesise (default 150)
//   --runs R          runs per measurement (default 3)
//   --workspace PATH  measure an existing checkout instead of a synthetic workspace
//   --out FILE        where to write the table (default BENCHMARKS.md in the repo root)
//   --keep            keep the synthetic workspace
//   --synthesize-only create the synthetic workspace, print its path and stop (for profiling)
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { createSandboxWorkspace, repoRoot, NX_ENV } = require("../scripts/sandbox-workspace");
const { benchmarkSpecs, providerSpec, mulberry32 } = require("./synthesize");

function option(name, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? fallback : process.argv[index + 1];
}
const providerCount = Number(option("providers", "150"));
const runs = Number(option("runs", "3"));
const existingWorkspace = option("workspace", undefined);
const outFile = path.resolve(option("out", path.join(repoRoot, "BENCHMARKS.md")));
const keep = process.argv.includes("--keep");

function log(message) {
    process.stderr.write(`[bench] ${message}\n`);
}

/** Runs a command under python's getrusage to get wall time and the peak RSS of its descendants. */
function measure(cwd, command, args, env = {}) {
    const script =
        "import json,resource,subprocess,sys,time\n" +
        "t=time.perf_counter()\n" +
        "p=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.STDOUT)\n" +
        "e=time.perf_counter()-t\n" +
        "sys.stderr.write(p.stdout.decode('utf8','replace')[-4000:])\n" +
        "print(json.dumps({'code':p.returncode,'seconds':e,'maxRssKb':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n";
    const result = spawnSync("python3", ["-c", script, command, ...args], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, ...NX_ENV, ...env },
        maxBuffer: 64 * 1024 * 1024
    });
    const measured = JSON.parse(result.stdout.trim().split("\n").pop());
    measured.output = result.stderr;
    return measured;
}

function repeat(label, count, prepare, runOnce) {
    const samples = [];
    for (let index = 0; index < count; index++) {
        if (prepare) prepare(index);
        const sample = runOnce(index);
        if (sample.code !== 0 && !sample.allowFailure) {
            throw new Error(`${label} failed (exit ${sample.code}):\n${sample.output}`);
        }
        samples.push(sample);
        log(`${label}: run ${index + 1}/${count} ${sample.seconds.toFixed(2)} s, ${(sample.maxRssKb / 1024).toFixed(0)} MiB`);
    }
    const seconds = samples.map((sample) => sample.seconds).sort((a, b) => a - b);
    const memory = samples.map((sample) => sample.maxRssKb).sort((a, b) => a - b);
    return {
        label,
        median: seconds[Math.floor(seconds.length / 2)],
        min: seconds[0],
        max: seconds[seconds.length - 1],
        maxRssMb: memory[memory.length - 1] / 1024
    };
}

function synthesiseWorkspace(count) {
    log(`synthesising a workspace with ${count} generated providers ...`);
    const ws = createSandboxWorkspace({ prefix: "fm-bench-" });
    const specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-bench-specs-"));
    const { FsTree, flushChanges } = require(
        require.resolve("nx/src/generators/tree", { paths: [ws.root] })
    );
    const generator = require(
        path.join(ws.root, "node_modules/@flowmaestro/nx/dist/generators/integration-provider/generator")
    ).default;
    const started = Date.now();
    return (async () => {
        const specs = benchmarkSpecs(count);
        for (const spec of specs) {
            const specFile = path.join(specDir, `${spec.id}.json`);
            fs.writeFileSync(specFile, JSON.stringify(spec));
            const tree = new FsTree(ws.root, false);
            const callback = await generator(tree, { spec: specFile, skipFormat: true });
            flushChanges(ws.root, tree.listChanges());
            if (typeof callback === "function") await callback();
        }
        log(`generated and registered ${count} providers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        ws.git(["add", "-A"]);
        ws.git(["commit", "-q", "-m", `${count} synthetic providers`]);
        return { ws, specDir };
    })();
}

function providerFolders(root, providersDir) {
    return fs
        .readdirSync(path.join(root, providersDir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
}

async function main() {
    const cores = os.cpus().length;
    const { ws, specDir } = existingWorkspace
        ? { ws: { root: path.resolve(existingWorkspace), git: () => {} }, specDir: os.tmpdir() }
        : await synthesiseWorkspace(providerCount);
    const root = ws.root;
    if (process.argv.includes("--synthesize-only")) {
        console.log(root);
        return;
    }
    const nx = (args) => [path.join(root, "node_modules/nx/dist/bin/nx.js"), ...args];
    const tscBin = path.join(root, "node_modules/typescript/bin/tsc");
    const tsgoBin = path.join(root, "node_modules/@typescript/native-preview/bin/tsgo");
    const backendTsConfig = "backend/tsconfig.json";
    const providersDir = "backend/src/integrations/providers";
    const providers = providerFolders(root, providersDir);
    const rows = [];
    const commands = [];
    const record = (row, command) => {
        rows.push(row);
        commands.push([row.label, command]);
    };

    record(
        repeat("baseline: tsc --noEmit (full backend type-check)", runs, null, () =>
            measure(root, process.execPath, [tscBin, "--noEmit", "-p", backendTsConfig])
        ),
        `tsc --noEmit -p ${backendTsConfig}`
    );
    const baseline = rows[0];
    if (fs.existsSync(tsgoBin)) {
        // tsgo rejects moduleResolution node10, as verify-provider --compiler=tsgo does, check with
        // bundler resolution through a config that extends the backend's.
        const tsgoConfig = path.join(root, "node_modules/.cache/fm-bench/tsconfig.tsgo.json");
        fs.mkdirSync(path.dirname(tsgoConfig), { recursive: true });
        fs.writeFileSync(
            tsgoConfig,
            JSON.stringify({
                extends: path.join(root, backendTsConfig),
                compilerOptions: { module: "esnext", moduleResolution: "bundler" }
            })
        );
        record(
            repeat("baseline: tsgo --noEmit (native compiler, bundler resolution)", runs, null, () =>
                measure(root, tsgoBin, ["--noEmit", "-p", tsgoConfig])
            ),
            `tsgo --noEmit -p <tsconfig extending ${backendTsConfig} with moduleResolution bundler>`
        );
    }
    record(
        repeat("run-many verify-provider, batched, no cache", runs, null, () =>
            measure(root, process.execPath, nx(["run-many", "-t", "verify-provider", "--batch", "--skip-nx-cache"]))
        ),
        "nx run-many -t verify-provider --batch --skip-nx-cache"
    );
    record(
        repeat("run-many verify-provider, not batched, no cache", 1, null, () =>
            measure(root, process.execPath, nx(["run-many", "-t", "verify-provider", "--skip-nx-cache"]), {
                NX_BATCH_MODE: "false"
            })
        ),
        "NX_BATCH_MODE=false nx run-many -t verify-provider --skip-nx-cache"
    );

    // One changed provider: append a comment to its provider class file.
    const changed = providers.find((id) => id.startsWith("bench-provider-")) ?? providers[0];
    const changedFile = fs
        .readdirSync(path.join(root, providersDir, changed))
        .find((file) => file.endsWith("Provider.ts"));
    const changedPath = path.join(root, providersDir, changed, changedFile);
    const original = fs.readFileSync(changedPath, "utf8");
    const touch = (index) => fs.writeFileSync(changedPath, `${original}// bench edit ${index}\n`);
    for (const compiler of ["tsc", "tsgo"]) {
        record(
            repeat(`affected verify-provider (1 changed provider), ${compiler}, no cache`, runs, touch, () =>
                measure(root, process.execPath, nx(["affected", "-t", "verify-provider", "--skip-nx-cache", `--compiler=${compiler}`]))
            ),
            `nx affected -t verify-provider --skip-nx-cache --compiler=${compiler}`
        );
    }
    touch("cached");
    measure(root, process.execPath, nx(["affected", "-t", "verify-provider"]));
    record(
        repeat("affected verify-provider, cache hit", runs, null, () =>
            measure(root, process.execPath, nx(["affected", "-t", "verify-provider"]))
        ),
        "nx affected -t verify-provider (second run)"
    );
    fs.writeFileSync(changedPath, original);

    // Project-graph overhead: nx show projects with and without the plugin, at N and 5·N providers.
    const nxJsonPath = path.join(root, "nx.json");
    const nxJson = fs.readFileSync(nxJsonPath, "utf8");
    const withoutPlugin = JSON.stringify({ ...JSON.parse(nxJson), plugins: [] }, null, 2);
    const graph = (label, json) => {
        fs.writeFileSync(nxJsonPath, json);
        const row = repeat(label, runs, null, () =>
            measure(root, process.execPath, nx(["show", "projects"]), { NX_CACHE_PROJECT_GRAPH: "false" })
        );
        fs.writeFileSync(nxJsonPath, nxJson);
        return row;
    };
    const showProjects = (scale) => {
        const withPlugin = graph(`nx show projects with plugin (${scale} providers)`, nxJson);
        const without = graph(`nx show projects without plugin (${scale} providers)`, withoutPlugin);
        rows.push(withPlugin, without);
        commands.push([withPlugin.label, "NX_CACHE_PROJECT_GRAPH=false nx show projects"]);
        rows.push({
            label: `project-graph overhead of the plugin (${scale} providers)`,
            median: withPlugin.median - without.median,
            min: withPlugin.min - without.max,
            max: withPlugin.max - without.min,
            maxRssMb: NaN
        });
    };
    showProjects(providers.length);
    const copies = [];
    if (!existingWorkspace) {
        for (let copy = 1; copy < 5; copy++) {
            for (const id of providers) {
                const target = path.join(root, providersDir, `${id}-copy${copy}`);
                fs.cpSync(path.join(root, providersDir, id), target, { recursive: true });
                copies.push(target);
            }
        }
        showProjects(providers.length * 5);
        for (const target of copies) fs.rmSync(target, { recursive: true, force: true });
    }

    // The generator: one provider with 30 operations.
    if (!existingWorkspace) {
        const spec = providerSpec(9999, mulberry32(7), 30);
        spec.id = "bench-generated";
        const specFile = path.join(specDir, "bench-generated.json");
        fs.writeFileSync(specFile, JSON.stringify(spec));
        const reset = () => {
            ws.git(["checkout", "--", "."]);
            ws.git(["clean", "-fdq", "--", "backend", "shared", "infra"]);
        };
        for (const dryRun of [true, false]) {
            const args = ["g", "@flowmaestro/nx:integration-provider", "--spec", specFile, "--no-interactive"];
            if (dryRun) args.push("--dry-run");
            record(
                repeat(`generator: 30 operations${dryRun ? ", --dry-run" : ""}`, runs, reset, () =>
                    measure(root, process.execPath, nx(args))
                ),
                `nx g @flowmaestro/nx:integration-provider --spec <30-operation spec>${dryRun ? " --dry-run" : ""}`
            );
        }
        reset();
    }

    const lines = [
        "# Benchmarks",
        "",
        `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cores} cores, ` +
            `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
            `${existingWorkspace ? `workspace ${existingWorkspace}` : `synthetic workspace of ${providers.length} providers (sandbox + generated)`}, ` +
            `${runs} runs each (median, min–max). Ratio = median / baseline median (full \`tsc --noEmit\`).`,
        "",
        "| measurement | median (s) | min–max (s) | ratio | peak RSS (MiB) |",
        "| --- | ---: | ---: | ---: | ---: |",
        ...rows.map(
            (row) =>
                `| ${row.label} | ${row.median.toFixed(2)} | ${row.min.toFixed(2)}–${row.max.toFixed(2)} | ` +
                `${(row.median / baseline.median).toFixed(3)}× | ${Number.isNaN(row.maxRssMb) ? "" : row.maxRssMb.toFixed(0)} |`
        ),
        "",
        "Commands (run in the workspace root; nx with NX_DAEMON=false):",
        "",
        ...commands.map(([label, command]) => `- ${label}: \`${command}\``),
        ""
    ];
    fs.writeFileSync(outFile, lines.join("\n"));
    console.log(lines.join("\n"));
    if (!existingWorkspace) fs.rmSync(specDir, { recursive: true, force: true });
    if (!existingWorkspace && !keep) fs.rmSync(root, { recursive: true, force: true });
    if (keep) log(`kept workspace ${root}`);
}

main().catch((error) => {
    console.error(error.stack || String(error));
    process.exit(1);
});
