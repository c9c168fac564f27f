#!/usr/bin/env node
// `npm run bench:dry-run`: CPU time of a flags-only `integration-provider` dry run, in process, as
// Nx runs it for `nx g --dry-run` (and Nx Console for every change of its form): NX_DRY_RUN set,
// the generator called on an FsTree of a sandbox workspace. Each run is a fresh Node process, so
// the number includes the generator's first-call costs (lazy requires, the host profile); loading
// the generator module is reported apart (Nx loads it before calling it). Target: <= 0.5 s.
// Options: --runs R (default 5), --dist DIR (the plugin build to measure; default packages/nx/dist).
// Needs `npm run build` (the script `bench:dry-run` runs it).
const { spawnSync } = require("child_process");
const os = require("os");
const path = require("path");
const { createSandboxWorkspace, repoRoot } = require("../scripts/sandbox-workspace");

function option(name, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? fallback : process.argv[index + 1];
}
const runs = Number(option("runs", "5"));
const dist = path.resolve(option("dist", path.join(repoRoot, "packages/nx/dist")));

const OPTIONS = {
    name: "acme-chat",
    baseUrl: "https://api.acme.example/v1",
    authUrl: "https://acme.example/oauth/authorize",
    tokenUrl: "https://acme.example/oauth/token",
    operations: ["listChannels", "sendMessage:write"]
};

/** One fresh process: load the generator, then time one dry run of it (CPU: user + system). */
const RUN = `
process.env.NX_DRY_RUN = "true";
process.env.NX_INTERACTIVE = "false";
const [root, dist, options] = process.argv.slice(1);
const { FsTree } = require(require.resolve("nx/src/generators/tree", { paths: [root] }));
const seconds = ({ user, system }) => (user + system) / 1e6;
let start = process.cpuUsage();
const generator = require(dist + "/generators/integration-provider/generator").default;
const load = seconds(process.cpuUsage(start));
const tree = new FsTree(root, false);
start = process.cpuUsage();
generator(tree, JSON.parse(options)).then(() => {
    const run = seconds(process.cpuUsage(start));
    console.log(JSON.stringify({ load, run, files: tree.listChanges().length }));
});
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const workspace = createSandboxWorkspace({ prefix: "fm-bench-dry-run-" });
try {
    const samples = Array.from({ length: runs }, () => {
        const result = spawnSync(
            process.execPath,
            ["-e", RUN, workspace.root, dist, JSON.stringify(OPTIONS)],
            { cwd: workspace.root, encoding: "utf8" }
        );
        if (result.status !== 0) throw new Error(result.stderr);
        return JSON.parse(result.stdout.trim().split("\n").pop());
    });
    const runCpu = samples.map((sample) => sample.run);
    console.log(
        [
            `integration-provider dry run (flags only, ${samples[0].files} files listed), in process, ${runs} fresh processes, ` +
                `Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}:`,
            `  generator CPU: median ${median(runCpu).toFixed(2)} s (min ${Math.min(...runCpu).toFixed(2)}, max ${Math.max(...runCpu).toFixed(2)}); target <= 0.5 s`,
            `  loading the generator module: median ${median(samples.map((sample) => sample.load)).toFixed(2)} s CPU`
        ].join("\n")
    );
} finally {
    workspace.cleanup();
}
