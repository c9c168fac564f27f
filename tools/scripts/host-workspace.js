// Prepares a throw-away copy of a real FlowMaestro checkout (FLOWMAESTRO_DIR) with nx and
// @flowmaestro/nx installed, for the benchmark and the portable-hash check. The checkout itself is
// never written to. Two ways to get node_modules:
//   "link": every package links to the checkout's copy (fast; what the benchmark uses),
//   "copy": `cp -a` of the whole checkout, node_modules included (what a second clone on another
//           machine looks like: nothing resolves to a shared absolute path).
// nx, @nx/* and @typescript/native-preview come from this repository's node_modules (the checkout
// does not have them); the plugin is extracted from its packed tarball.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { installTarball, packPlugin, repoRoot, run } = require("./sandbox-workspace");

/** Packages this repository supplies to a host checkout that lacks them. */
const TOOLING_PACKAGES = ["nx", "@nx/devkit", "@nx/nx-linux-x64-gnu", "@typescript/native-preview"];

const PROVIDERS_DIR = "backend/src/integrations/providers";

/** The checkout from FLOWMAESTRO_DIR, or undefined with the reason (for a clear skip message). */
function flowmaestroCheckout() {
    const dir = process.env.FLOWMAESTRO_DIR;
    if (!dir)
        return {
            reason: "FLOWMAESTRO_DIR is not set (a FlowMaestro checkout with its dependencies installed)"
        };
    const root = path.resolve(dir);
    if (!fs.existsSync(path.join(root, PROVIDERS_DIR))) {
        return { reason: `FLOWMAESTRO_DIR=${dir} has no ${PROVIDERS_DIR}` };
    }
    if (!fs.existsSync(path.join(root, "node_modules/typescript"))) {
        return {
            reason: `FLOWMAESTRO_DIR=${dir} has no node_modules/typescript (run npm ci there)`
        };
    }
    return { root };
}

/**
 * A node_modules folder whose entries link to `source`'s: relative links (npm workspace packages,
 * `../../shared`) are recreated as they are, so they point into the copy; scope folders are real
 * folders so that packages can be added to them.
 */
function linkNodeModulesFrom(source, target) {
    fs.mkdirSync(target, { recursive: true });
    for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
        const from = path.join(source, entry.name);
        const to = path.join(target, entry.name);
        if (entry.isSymbolicLink()) {
            fs.symlinkSync(fs.readlinkSync(from), to);
        } else if (entry.isDirectory() && entry.name.startsWith("@")) {
            linkNodeModulesFrom(from, to);
        } else if (entry.name !== ".cache") {
            fs.symlinkSync(from, to);
        }
    }
}

/** Copies the checkout without any node_modules folder, then links each one (see above). */
function copyWithLinkedNodeModules(source, destination) {
    fs.cpSync(source, destination, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (file) =>
            path.basename(file) !== "node_modules" && !file.includes(`${path.sep}.nx${path.sep}`)
    });
    const walk = (relative) => {
        for (const entry of fs.readdirSync(path.join(source, relative), { withFileTypes: true })) {
            if (!entry.isDirectory() || entry.name === ".git") continue;
            const child = path.join(relative, entry.name);
            if (entry.name === "node_modules") {
                linkNodeModulesFrom(path.join(source, child), path.join(destination, child));
            } else if (relative.split(path.sep).length < 3) {
                walk(child); // workspace packages' own node_modules sit at most three levels down
            }
        }
    };
    walk("");
}

/** Links the tooling packages the checkout lacks to this repository's installed copies. */
function addTooling(root) {
    for (const name of TOOLING_PACKAGES) {
        const target = path.join(root, "node_modules", name);
        const source = path.join(repoRoot, "node_modules", name);
        if (fs.existsSync(target) || !fs.existsSync(source)) continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.symlinkSync(fs.realpathSync(source), target, "dir");
    }
}

/**
 * Creates the copy and returns its root. options: { source, nodeModules: "link" | "copy",
 * prefix, tarball (default: pack now), pluginOptions (default {}) }.
 */
function prepareHostWorkspace(options) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix ?? "fm-host-"));
    if (options.nodeModules === "copy") {
        execFileSync("cp", ["-a", `${options.source}/.`, root]);
        fs.rmSync(path.join(root, ".nx"), { recursive: true, force: true });
    } else {
        copyWithLinkedNodeModules(options.source, root);
    }
    addTooling(root);
    fs.rmSync(path.join(root, "node_modules/@flowmaestro/nx"), { recursive: true, force: true });
    installTarball(root, options.tarball ?? packPlugin());
    const nxJsonPath = path.join(root, "nx.json");
    const nxJson = fs.existsSync(nxJsonPath) ? JSON.parse(fs.readFileSync(nxJsonPath, "utf8")) : {};
    nxJson.plugins = [{ plugin: "@flowmaestro/nx", options: options.pluginOptions ?? {} }];
    fs.writeFileSync(nxJsonPath, `${JSON.stringify(nxJson, null, 4)}\n`);

    // A clean commit to measure `affected` against; .nx stays out of git.
    const git = (args) => run("git", args, { cwd: root });
    if (!fs.existsSync(path.join(root, ".git"))) git(["init", "-q", "-b", "main"]);
    fs.mkdirSync(path.join(root, ".git/info"), { recursive: true });
    fs.appendFileSync(path.join(root, ".git/info/exclude"), "\n.nx/\n");
    git(["add", "-A"]);
    git([
        "-c",
        "user.email=bench@flowmaestro.example",
        "-c",
        "user.name=bench",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "nx workspace"
    ]);
    return root;
}

module.exports = { flowmaestroCheckout, prepareHostWorkspace, PROVIDERS_DIR };
