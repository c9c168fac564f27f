#!/usr/bin/env node
// `npm run bench`: measures verify-provider against a full backend type-check at FlowMaestro scale.
// See CONTRIBUTING.md "Benchmarks" and BENCHMARKS.md. Options:
//   --providers N     providers to synthesise (default 150)
//   --runs R          runs per measurement (default 3)
//   --workspace PATH  measure a FlowMaestro checkout (its dependencies installed) instead of a
//                     synthetic workspace; it is measured in a temporary copy with nx and the
//                     plugin installed, and never written to
//   --provider ID     the provider of the one-provider measurements (default hubspot when present)
//   --unbatched       also run every provider without batching (slow: one process per provider)
//   --tarball FILE    measure this packed build of the plugin (e.g. an older one) instead of this
//                     repository's
//   --out FILE        the Markdown file whose table to replace (default BENCHMARKS.md in the repo
//                     root: the part between <!-- bench:synthetic --> or <!-- bench:workspace -->
//                     and its closing comment; appended when absent)
//   --keep            keep the workspace
//   --synthesize-only create the synthetic workspace, print its path and stop (for profiling)
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { createSandboxWorkspace, repoRoot, NX_ENV } = require("../scripts/sandbox-workspace");
const { prepareHostWorkspace } = require("../scripts/host-workspace");
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
const tarball = option("tarball", undefined);

function log(message) {
    process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Runs a command under python's getrusage: wall time, CPU time (user + system) and peak RSS of its
 * process tree, and the machine's load average when it started (the machine may be shared).
 */
function measure(cwd, command, args, env = {}) {
    const script =
        "import json,os,resource,subprocess,sys,time\n" +
        "load=os.getloadavg()[0]\n" +
        "t=time.perf_counter()\n" +
        "p=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.STDOUT)\n" +
        "e=time.perf_counter()-t\n" +
        "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n" +
        "sys.stderr.write(p.stdout.decode('utf8','replace')[-100000:])\n" +
        "print(json.dumps({'code':p.returncode,'seconds':e,'cpu':u.ru_utime+u.ru_stime,'maxRssKb':u.ru_maxrss,'load':load}))\n";
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

/** A run whose non-zero exit is expected: a real repository's providers have findings. */
const allowFailure = (sample) => ({ ...sample, allowFailure: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function repeat(label, count, prepare, runOnce) {
    const samples = [];
    for (let index = 0; index < count; index++) {
        if (prepare) prepare(index);
        const sample = runOnce(index);
        // A verification with findings exits 1 and still ran its tasks; anything else is a failure.
        const ranTasks = /(Successfully ran|Running) target verify-provider/.test(sample.output);
        if (sample.code !== 0 && !(sample.allowFailure && ranTasks)) {
            throw new Error(`${label} failed (exit ${sample.code}):\n${sample.output}`);
        }
        samples.push(sample);
        log(
            `${label}: run ${index + 1}/${count} ${sample.seconds.toFixed(2)} s, ` +
                `cpu ${sample.cpu.toFixed(2)} s, ${(sample.maxRssKb / 1024).toFixed(0)} MiB, load ${sample.load.toFixed(1)}`
        );
    }
    const seconds = samples.map((sample) => sample.seconds);
    return {
        label,
        median: median(seconds),
        min: Math.min(...seconds),
        max: Math.max(...seconds),
        cpu: median(samples.map((sample) => sample.cpu)),
        load: median(samples.map((sample) => sample.load)),
        maxRssMb: Math.max(...samples.map((sample) => sample.maxRssKb)) / 1024
    };
}

function synthesiseWorkspace(count) {
    log(`synthesising a workspace with ${count} generated providers ...`);
    const ws = createSandboxWorkspace({ prefix: "fm-bench-", tarball });
    const specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-bench-specs-"));
    const { FsTree, flushChanges } = require(
        require.resolve("nx/src/generators/tree", { paths: [ws.root] })
    );
    const generator = require(
        path.join(
            ws.root,
            "node_modules/@flowmaestro/nx/dist/generators/integration-provider/generator"
        )
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
        log(
            `generated and registered ${count} providers in ${((Date.now() - started) / 1000).toFixed(1)} s`
        );
        ws.git(["add", "-A"]);
        ws.git(["commit", "-q", "-m", `${count} synthetic providers`]);
        return { ws, specDir };
    })();
}

/** A temporary copy of a real checkout with nx and the plugin installed. */
function checkoutWorkspace(checkout) {
    log(`preparing a copy of ${checkout} with nx and the plugin ...`);
    const root = prepareHostWorkspace({
        source: path.resolve(checkout),
        nodeModules: "link",
        tarball,
        prefix: "fm-bench-host-"
    });
    const git = (args) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
    return { ws: { root, git }, specDir: os.tmpdir() };
}

/** Replaces the text between `<!-- bench:key -->` and `<!-- /bench:key -->` (or appends it). */
function writeSection(file, key, text) {
    const open = `<!-- bench:${key} -->`;
    const close = `<!-- /bench:${key} -->`;
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const start = current.indexOf(open);
    const end = current.indexOf(close);
    const block = `${open}\n${text}\n${close}`;
    fs.writeFileSync(
        file,
        start !== -1 && end > start
            ? current.slice(0, start) + block + current.slice(end + close.length)
            : `${current}${current && !current.endsWith("\n") ? "\n" : ""}\n${block}\n`
    );
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
        ? checkoutWorkspace(existingWorkspace)
        : await synthesiseWorkspace(providerCount);
    const root = ws.root;
    if (process.argv.includes("--synthesize-only")) {
        console.log(root);
        return;
    }
    const nxBin = path.join(root, "node_modules/nx/dist/bin/nx.js");
    const nx = (args, env = {}) => measure(root, process.execPath, [nxBin, ...args], env);
    const tscBin = path.join(root, "node_modules/typescript/bin/tsc");
    const tsgoBin = path.join(root, "node_modules/@typescript/native-preview/bin/tsgo");
    const backendTsConfig = "backend/tsconfig.json";
    const providersDir = "backend/src/integrations/providers";
    const providers = providerFolders(root, providersDir);
    const provider =
        option("provider", undefined) ??
        (providers.includes("hubspot")
            ? "hubspot"
            : (providers.find((id) => id.startsWith("bench-provider-")) ?? providers[0]));
    const target = `provider-${provider}:verify-provider`;
    // The plugin's state between runs: the hasher's memo and the type checker's build info.
    const pluginCache = path.join(root, "node_modules/.cache/flowmaestro-nx");
    const cold = () => fs.rmSync(pluginCache, { recursive: true, force: true });
    /** Starts the daemon and lets it compute the project graph before anything is measured. */
    const startDaemon = () => {
        nx(["daemon", "--start"], { NX_DAEMON: "true" });
        nx(["show", "projects"], { NX_DAEMON: "true" });
    };
    const rows = [];
    const commands = [];
    const record = (row, command) => {
        rows.push(row);
        commands.push([row.label, command]);
    };
    const section = (title) => rows.push({ section: title });

    section("Baselines");
    // A composite tsconfig (FlowMaestro's backend) makes `tsc --noEmit` keep build info, and the
    // next run incremental: the baseline is the full check, so the build info goes first.
    const backendBuildInfo = () => {
        const found = [];
        const walk = (dir) => {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                if (entry.isDirectory() && entry.name !== "node_modules")
                    walk(path.join(dir, entry.name));
                else if (entry.name.endsWith(".tsbuildinfo"))
                    found.push(path.join(dir, entry.name));
            }
        };
        walk(path.join(root, path.dirname(backendTsConfig)));
        return found;
    };
    const withoutBuildInfo = () => backendBuildInfo().forEach((file) => fs.rmSync(file));
    const tscBaseline = () =>
        measure(root, process.execPath, [tscBin, "--noEmit", "-p", backendTsConfig]);
    record(
        repeat("tsc --noEmit (full backend type-check)", runs, withoutBuildInfo, tscBaseline),
        `tsc --noEmit -p ${backendTsConfig} (its .tsbuildinfo removed first)`
    );
    const baseline = rows[1];
    if (backendBuildInfo().length > 0) {
        record(
            repeat(
                "tsc --noEmit again, on its own build info (composite tsconfig)",
                runs,
                null,
                tscBaseline
            ),
            `tsc --noEmit -p ${backendTsConfig} (again)`
        );
        withoutBuildInfo();
    }
    if (fs.existsSync(tsgoBin)) {
        // tsgo rejects moduleResolution node10, as verify-provider --compiler=tsgo does, check with
        // bundler resolution through a config that extends the backend's.
        const tsgoConfig = path.join(root, "node_modules/.cache/fm-bench/tsconfig.tsgo.json");
        fs.mkdirSync(path.dirname(tsgoConfig), { recursive: true });
        fs.writeFileSync(
            tsgoConfig,
            JSON.stringify({
                extends: path.join(root, backendTsConfig),
                compilerOptions: {
                    module: "esnext",
                    moduleResolution: "bundler",
                    incremental: false,
                    composite: false
                }
            })
        );
        record(
            repeat("tsgo --noEmit (native compiler, bundler resolution)", runs, null, () =>
                measure(root, tsgoBin, ["--noEmit", "-p", tsgoConfig])
            ),
            `tsgo --noEmit -p <tsconfig extending ${backendTsConfig} with moduleResolution bundler>`
        );
    }

    section(`One provider (${provider}), Nx cache skipped`);
    for (const compiler of ["tsc", "tsgo"]) {
        const args = ["run", target, "--skip-nx-cache", `--compiler=${compiler}`];
        record(
            repeat(`${compiler}, cold (no build info, no hash memo)`, runs, cold, () => nx(args)),
            `rm -rf node_modules/.cache/flowmaestro-nx && nx ${args.join(" ")}`
        );
        record(
            repeat(`${compiler}, warm (type checks kept from the previous run)`, runs, null, () =>
                nx(args)
            ),
            `nx ${args.join(" ")} (again)`
        );
    }
    startDaemon();
    record(
        repeat("tsc, warm, with the Nx daemon", runs, null, () =>
            nx(["run", target, "--skip-nx-cache"], { NX_DAEMON: "true" })
        ),
        `NX_DAEMON=true nx run ${target} --skip-nx-cache`
    );
    nx(["daemon", "--stop"], { NX_DAEMON: "true" });

    section("Every provider, batched, Nx cache skipped");
    const all = ["run-many", "-t", "verify-provider", "--skip-nx-cache"];
    for (const compiler of ["tsc", "tsgo"]) {
        record(
            repeat(`${compiler}, cold`, runs, cold, () =>
                allowFailure(nx([...all, `--compiler=${compiler}`]))
            ),
            `rm -rf node_modules/.cache/flowmaestro-nx && nx ${all.join(" ")} --compiler=${compiler}`
        );
        record(
            repeat(`${compiler}, warm`, runs, null, () =>
                allowFailure(nx([...all, `--compiler=${compiler}`]))
            ),
            `nx ${all.join(" ")} --compiler=${compiler} (again)`
        );
    }
    if (process.argv.includes("--unbatched")) {
        record(
            repeat("tsc, not batched (one process per provider)", 1, cold, () =>
                allowFailure(nx(all, { NX_BATCH_MODE: "false" }))
            ),
            `NX_BATCH_MODE=false nx ${all.join(" ")}`
        );
    }

    section("After a one-file change, and cache hits");
    const changedFile = path.join(
        root,
        providersDir,
        provider,
        fs
            .readdirSync(path.join(root, providersDir, provider))
            .find((file) => file.endsWith("Provider.ts"))
    );
    const original = fs.readFileSync(changedFile, "utf8");
    const touch = (index) => fs.writeFileSync(changedFile, `${original}// bench edit ${index}\n`);
    record(
        repeat(`affected (${provider} changed), tsc`, runs, touch, () =>
            allowFailure(nx(["affected", "-t", "verify-provider", "--base=HEAD"]))
        ),
        `nx affected -t verify-provider --base=HEAD (after an edit to ${path.basename(changedFile)})`
    );
    fs.writeFileSync(changedFile, original);
    // Failures are cached too, so that a provider with findings replays like any other.
    const hit = (env = {}) =>
        allowFailure(nx(["run", target], { NX_CACHE_FAILURES: "true", ...env }));
    hit();
    record(
        repeat(`cache hit, one provider`, runs, null, () => hit()),
        `nx run ${target} (second run)`
    );
    record(
        repeat(`cache hit, one provider, NX_ISOLATE_PLUGINS=false`, runs, null, () =>
            hit({ NX_ISOLATE_PLUGINS: "false" })
        ),
        `NX_ISOLATE_PLUGINS=false nx run ${target}`
    );
    startDaemon();
    record(
        repeat(`cache hit, one provider, with the Nx daemon`, runs, null, () =>
            hit({ NX_DAEMON: "true" })
        ),
        `NX_DAEMON=true nx run ${target}`
    );
    nx(["daemon", "--stop"], { NX_DAEMON: "true" });
    allowFailure(nx(["run-many", "-t", "verify-provider"], { NX_CACHE_FAILURES: "true" }));
    record(
        repeat(`cache hit, every provider`, runs, null, () =>
            allowFailure(nx(["run-many", "-t", "verify-provider"], { NX_CACHE_FAILURES: "true" }))
        ),
        "NX_CACHE_FAILURES=true nx run-many -t verify-provider (second run)"
    );

    // Project-graph overhead: nx show projects with and without the plugin, at N and 5·N providers.
    section("Project graph");
    const nxJsonPath = path.join(root, "nx.json");
    const nxJson = fs.readFileSync(nxJsonPath, "utf8");
    const withoutPlugin = JSON.stringify({ ...JSON.parse(nxJson), plugins: [] }, null, 2);
    const graph = (label, json) => {
        fs.writeFileSync(nxJsonPath, json);
        const row = repeat(label, runs, null, () =>
            nx(["show", "projects"], { NX_CACHE_PROJECT_GRAPH: "false" })
        );
        fs.writeFileSync(nxJsonPath, nxJson);
        return row;
    };
    const showProjects = (scale) => {
        const withPlugin = graph(`nx show projects with plugin (${scale} providers)`, nxJson);
        const without = graph(
            `nx show projects without plugin (${scale} providers)`,
            withoutPlugin
        );
        rows.push(withPlugin, without);
        commands.push([withPlugin.label, "NX_CACHE_PROJECT_GRAPH=false nx show projects"]);
        rows.push({
            label: `project-graph overhead of the plugin (${scale} providers)`,
            median: withPlugin.median - without.median,
            min: withPlugin.min - without.max,
            max: withPlugin.max - without.min,
            cpu: withPlugin.cpu - without.cpu,
            load: withPlugin.load,
            maxRssMb: NaN
        });
    };
    showProjects(providers.length);
    if (!existingWorkspace) {
        const copies = [];
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
        section("Generator");
        const spec = providerSpec(9999, mulberry32(7), 30);
        spec.id = "bench-generated";
        const specFile = path.join(specDir, "bench-generated.json");
        fs.writeFileSync(specFile, JSON.stringify(spec));
        const reset = () => {
            ws.git(["checkout", "--", "."]);
            ws.git(["clean", "-fdq", "--", "backend", "shared", "infra"]);
        };
        for (const dryRun of [true, false]) {
            const args = [
                "g",
                "@flowmaestro/nx:integration-provider",
                "--spec",
                specFile,
                "--no-interactive"
            ];
            if (dryRun) args.push("--dry-run");
            record(
                repeat(`generator: 30 operations${dryRun ? ", --dry-run" : ""}`, runs, reset, () =>
                    nx(args)
                ),
                `nx g @flowmaestro/nx:integration-provider --spec <30-operation spec>${dryRun ? " --dry-run" : ""}`
            );
        }
        reset();
    }

    const lines = [
        `Measured by \`npm run bench${existingWorkspace ? ` -- --workspace ${existingWorkspace}` : ""}\` on ${new Date().toISOString().slice(0, 10)}: ${cores} cores, ` +
            `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
            `${existingWorkspace ? `FlowMaestro checkout ${existingWorkspace} (${providers.length} providers, TypeScript ${JSON.parse(fs.readFileSync(path.join(root, "node_modules/typescript/package.json"), "utf8")).version})` : `synthetic workspace of ${providers.length} providers (sandbox + generated)`}, ` +
            `${tarball ? `plugin from ${tarball}, ` : ""}` +
            `${runs} runs each: median wall time, min–max, median CPU time (user + system, all processes), ` +
            `peak RSS, and the machine's 1-minute load average at the start of the runs (median). ` +
            `Ratio = median / median of the full \`tsc --noEmit\`; CPU ratio = the same for CPU time, ` +
            `which load on a shared machine distorts less.`,
        "",
        "| measurement | median (s) | min–max (s) | ratio | CPU (s) | CPU ratio | peak RSS (MiB) | load |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...rows.map((row) =>
            row.section
                ? `| **${row.section}** | | | | | | | |`
                : `| ${row.label} | ${row.median.toFixed(2)} | ${row.min.toFixed(2)}–${row.max.toFixed(2)} | ` +
                  `${(row.median / baseline.median).toFixed(3)}× | ${row.cpu.toFixed(2)} | ` +
                  `${(row.cpu / baseline.cpu).toFixed(3)}× | ` +
                  `${Number.isNaN(row.maxRssMb) ? "" : row.maxRssMb.toFixed(0)} | ${row.load.toFixed(1)} |`
        ),
        "",
        "Commands (run in the workspace root; nx with NX_DAEMON=false unless stated, each workspace's own cache in .nx/cache):",
        "",
        ...commands.map(([label, command]) => `- ${label}: \`${command}\``),
        ""
    ];
    writeSection(outFile, existingWorkspace ? "workspace" : "synthetic", lines.join("\n"));
    console.log(lines.join("\n"));
    if (!existingWorkspace) fs.rmSync(specDir, { recursive: true, force: true });
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
    else log(`kept workspace ${root}`);
}

main().catch((error) => {
    console.error(error.stack || String(error));
    process.exit(1);
});
