// Makes throw-away FlowMaestro-shaped workspaces from a sandbox host for the demo, the e2e tests and
// the benchmark: a temporary git repository whose node_modules links this repo's installed packages
// and holds @flowmaestro/nx installed from its packed tarball (no network), registered in nx.json.
// The hosts are the model eras of tools/model (assemble.js): "current" (FlowMaestro main, the base),
// "seed" (the seed-era main of January 2026) and the other overlays.
const { execFileSync, spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const repoRoot = path.resolve(__dirname, "../..");
const model = require("../model/assemble");
const pluginRoot = path.join(repoRoot, "packages/nx");
const PLUGIN_NAME = "@flowmaestro/nx";

/** Packs packages/nx (which must be built) into `destination` and returns the tarball path. */
function packPlugin(destination = fs.mkdtempSync(path.join(os.tmpdir(), "fm-pack-"))) {
    if (!fs.existsSync(path.join(pluginRoot, "dist/index.js"))) {
        throw new Error("packages/nx is not built: run `npm run build` first.");
    }
    const output = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
        cwd: pluginRoot,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"]
    });
    const [{ filename }] = JSON.parse(output);
    return path.join(destination, path.basename(filename));
}

/**
 * node_modules whose entries link to this repo's packages, except the plugin itself. Entries named
 * in `copied` are copied instead, so that what resolves into them has a path of its own per
 * workspace (as in two separate installs).
 */
function linkNodeModules(workspaceRoot, copied = []) {
    const source = path.join(repoRoot, "node_modules");
    const target = path.join(workspaceRoot, "node_modules");
    fs.mkdirSync(target, { recursive: true });
    for (const entry of fs.readdirSync(source)) {
        // .cache: each workspace keeps its own plugin cache, as separate installs do (e2e specs
        // run two at a time and the cache prunes its oldest entries).
        if (entry === "@flowmaestro" || entry === ".package-lock.json" || entry === ".cache")
            continue;
        if (copied.includes(entry)) {
            fs.cpSync(path.join(source, entry), path.join(target, entry), { recursive: true });
        } else {
            fs.symlinkSync(path.join(source, entry), path.join(target, entry), "dir");
        }
    }
}

/**
 * Extracts the tarball as npm would install it, with the plugin's dependencies linked under its own
 * node_modules to the versions this repo resolves for packages/nx (a host may hoist another major,
 * e.g. zod 3 where the plugin needs zod 4).
 */
function installTarball(workspaceRoot, tarball) {
    const destination = path.join(workspaceRoot, "node_modules", PLUGIN_NAME);
    fs.mkdirSync(destination, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", destination, "--strip-components=1"]);
    const manifest = JSON.parse(fs.readFileSync(path.join(pluginRoot, "package.json"), "utf8"));
    for (const name of Object.keys(manifest.dependencies ?? {})) {
        const resolved = path.dirname(
            require.resolve(`${name}/package.json`, { paths: [pluginRoot] })
        );
        const link = path.join(destination, "node_modules", name);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(resolved, link, "dir");
    }
}

function registerPlugin(workspaceRoot, pluginOptions) {
    const nxJsonPath = path.join(workspaceRoot, "nx.json");
    const nxJson = JSON.parse(fs.readFileSync(nxJsonPath, "utf8"));
    nxJson.plugins = [
        ...(nxJson.plugins ?? []),
        pluginOptions ? { plugin: PLUGIN_NAME, options: pluginOptions } : PLUGIN_NAME
    ];
    fs.writeFileSync(nxJsonPath, JSON.stringify(nxJson, null, 2) + "\n");
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        ...options,
        env: { ...process.env, ...options.env }
    });
    if (result.error) throw result.error;
    return { code: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** `run` without blocking the event loop (for tests that serve requests while a command runs). */
function runAsync(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { ...options, env: { ...process.env, ...options.env } });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
}

/**
 * Environment for the nx CLI in tests and scripts: no daemon, no cloud, no colours, no TUI, and
 * each workspace's own cache in its .nx/cache (Nx 23 otherwise shares one cache per repository
 * identity under ~/.nx, and copies made in the same second share their first commit).
 */
const NX_ENV = {
    NX_DAEMON: "false",
    NX_CACHE_DIRECTORY: ".nx/cache",
    NX_NO_CLOUD: "true",
    NX_TUI: "false",
    NX_SKIP_LOG_GROUPING: "true",
    FORCE_COLOR: "0",
    NO_COLOR: "1"
};

/**
 * Creates a workspace and returns helpers bound to it.
 * options: { sandbox (a model era: "current" (default), "seed", ...), tarball (default: pack now),
 *            pluginOptions, registerPlugin (default true), prefix,
 *            copiedPackages (node_modules entries copied rather than linked),
 *            nxEnv (environment for every nx command in it, over NX_ENV) }
 */
function createSandboxWorkspace(options = {}) {
    const era = options.sandbox ?? model.BASE_ERA;
    if (!model.eraNames().includes(era)) {
        throw new Error(`Unknown model era "${era}": use one of ${model.eraNames().join(", ")}.`);
    }
    const root = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix ?? "fm-sandbox-"));
    model.assembleModel(era, root);
    linkNodeModules(root, options.copiedPackages);
    model.linkWorkspacePackages(root);
    installTarball(root, options.tarball ?? packPlugin());
    if (options.registerPlugin !== false) registerPlugin(root, options.pluginOptions);

    const git = (args) => run("git", args, { cwd: root });
    git(["init", "-q", "-b", "main"]);
    git(["config", "user.email", "e2e@flowmaestro.example"]);
    git(["config", "user.name", "FlowMaestro E2E"]);
    git(["config", "commit.gpgsign", "false"]);
    git(["add", "-A"]);
    git(["commit", "-q", "-m", "sandbox"]);

    const nxBin = path.join(root, "node_modules/nx/dist/bin/nx.js");
    const nxOptions = (runOptions) => ({
        cwd: root,
        ...runOptions,
        env: { ...NX_ENV, ...options.nxEnv, ...runOptions.env }
    });
    return {
        root,
        git,
        run: (command, args, runOptions = {}) => run(command, args, { cwd: root, ...runOptions }),
        nx: (args, runOptions = {}) =>
            run(process.execPath, [nxBin, ...args], nxOptions(runOptions)),
        nxAsync: (args, runOptions = {}) =>
            runAsync(process.execPath, [nxBin, ...args], nxOptions(runOptions)),
        tsc: (project) =>
            run(process.execPath, [
                path.join(root, "node_modules/typescript/bin/tsc"),
                "--noEmit",
                "--strict",
                "-p",
                path.join(root, project)
            ]),
        path: (relative) => path.join(root, relative),
        read: (relative) => fs.readFileSync(path.join(root, relative), "utf8"),
        write: (relative, text) => {
            fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
            fs.writeFileSync(path.join(root, relative), text);
        },
        exists: (relative) => fs.existsSync(path.join(root, relative)),
        cleanup: () => {
            if (!process.env.FM_KEEP_WORKSPACES) fs.rmSync(root, { recursive: true, force: true });
        }
    };
}

module.exports = {
    createSandboxWorkspace,
    installTarball,
    packPlugin,
    repoRoot,
    NX_ENV,
    run,
    runAsync
};
