#!/usr/bin/env node
// Runs the plugin's main scenarios against a real FlowMaestro checkout (FLOWMAESTRO_DIR, with its
// backend dependencies installed), in a throw-away copy of it:
//   baseline host tsc, verify-provider and test-provider over every provider (one report each, no
//   crash, a cache hit) -> for each spec in tools/real-host/specs: integration-provider, then
//   register-provider --check, verify-provider (rules + type-check), test-provider -> host tsc (no new error),
//   host ESLint on every new and edited file, fixtures.ts and the fixture-loader entry where the
//   host has the fixture system, and a second register-provider that changes nothing; and, once
//   nx sync writes contracts, check-references against an independent count (reference-count/).
// FlowMaestro's code is never copied into this repository: the checkout is read where it is.
//
//   FLOWMAESTRO_DIR=/path/to/flowmaestro npm run e2e:real [-- --keep] [-- --spec tools/real-host/specs/x.yaml]
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { packPlugin, repoRoot, run, NX_ENV } = require("../scripts/sandbox-workspace");
const { count } = require("./reference-count/count");

const args = process.argv.slice(2);
const keep = args.includes("--keep");
const specArgs = args.flatMap((arg, index) => (args[index - 1] === "--spec" ? [arg] : []));
const checkout = process.env.FLOWMAESTRO_DIR;

if (!checkout) {
    console.log(
        "e2e:real skipped: set FLOWMAESTRO_DIR to a FlowMaestro checkout with its backend dependencies installed\n" +
            "(npm install --ignore-scripts --workspace=backend --workspace=shared --include-workspace-root)."
    );
    process.exit(0);
}
if (!fs.existsSync(path.join(checkout, "backend/tsconfig.json"))) {
    console.error(
        `FLOWMAESTRO_DIR=${checkout} is not a FlowMaestro checkout (no backend/tsconfig.json).`
    );
    process.exit(2);
}
if (!fs.existsSync(path.join(checkout, "node_modules/typescript"))) {
    console.error(
        `FLOWMAESTRO_DIR=${checkout} has no node_modules/typescript: install its dependencies first.`
    );
    process.exit(2);
}

const specs = (specArgs.length > 0 ? specArgs : listSpecs()).map((file) =>
    path.resolve(repoRoot, file)
);

function listSpecs() {
    const dir = path.join(repoRoot, "tools/real-host/specs");
    return fs
        .readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => path.join(dir, name));
}

const started = Date.now();
function step(text) {
    console.log(`\n[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${text}`);
}

/**
 * A copy of the checkout without its node_modules folders, which are linked entry by entry instead
 * (nothing is written into the checkout), plus nx and the plugin as `npm i -D` would add them.
 */
function copyCheckout(tarball) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-real-"));
    const nodeModulesDirs = [];
    fs.cpSync(checkout, root, {
        recursive: true,
        filter: (source) => {
            const relative = path.relative(checkout, source);
            if (path.basename(source) === "node_modules") {
                nodeModulesDirs.push(relative);
                return false;
            }
            return !/^(\.git|\.nx)(\/|$)/.test(relative);
        }
    });
    for (const relative of nodeModulesDirs)
        linkEntries(path.join(checkout, relative), path.join(root, relative), root);
    const nodeModules = path.join(root, "node_modules");
    // nx itself (the host has none): its own dependencies resolve from this repository.
    for (const name of ["nx", "@nx"]) {
        fs.rmSync(path.join(nodeModules, name), { force: true, recursive: true });
        fs.symlinkSync(path.join(repoRoot, "node_modules", name), path.join(nodeModules, name));
    }
    installPlugin(nodeModules, tarball);
    const git = (gitArgs) => run("git", gitArgs, { cwd: root });
    git(["init", "-q", "-b", "main"]);
    git(["config", "user.email", "e2e@flowmaestro.example"]);
    git(["config", "user.name", "FlowMaestro E2E"]);
    fs.appendFileSync(path.join(root, ".gitignore"), "\nnode_modules\n.nx\n");
    git(["add", "-A"]);
    git(["commit", "-q", "-m", "checkout"]);
    return root;
}

/**
 * Links each entry of a node_modules folder of the checkout into the copy. Scoped folders are
 * recreated, and workspace packages (links into the checkout's own folders, like
 * @flowmaestro/shared -> ../../shared) point at the copy's folder instead.
 */
function linkEntries(sourceDir, targetDir, root) {
    fs.mkdirSync(targetDir, { recursive: true });
    for (const entry of fs.readdirSync(sourceDir)) {
        const source = path.join(sourceDir, entry);
        const target = path.join(targetDir, entry);
        if (entry.startsWith("@") && fs.lstatSync(source).isDirectory()) {
            linkEntries(source, target, root);
            continue;
        }
        const real = fs.realpathSync(source);
        const inCheckout = path.relative(checkout, real);
        const workspacePackage =
            !inCheckout.startsWith("..") && !inCheckout.split(path.sep).includes("node_modules");
        fs.symlinkSync(workspacePackage ? path.join(root, inCheckout) : source, target);
    }
}

/** The tarball as npm installs it; the plugin's own dependencies nested, as npm nests conflicts. */
function installPlugin(nodeModules, tarball) {
    const destination = path.join(nodeModules, "@flowmaestro/nx");
    fs.rmSync(destination, { force: true, recursive: true });
    fs.mkdirSync(destination, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", destination, "--strip-components=1"]);
    const manifest = JSON.parse(fs.readFileSync(path.join(destination, "package.json"), "utf8"));
    const nested = path.join(destination, "node_modules");
    for (const name of Object.keys(manifest.dependencies ?? {})) {
        const source = [
            path.join(repoRoot, "packages/nx/node_modules", name),
            path.join(repoRoot, "node_modules", name)
        ].find((candidate) => fs.existsSync(candidate));
        fs.mkdirSync(path.dirname(path.join(nested, name)), { recursive: true });
        fs.symlinkSync(source, path.join(nested, name));
    }
}

function tscErrors(root) {
    const result = run(
        process.execPath,
        [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "backend"],
        {
            cwd: root
        }
    );
    return result.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
}

const results = [];
function expectThat(scenario, what, ok, detail = "") {
    results.push({ scenario, what, ok });
    console.log(
        `  ${ok ? "ok  " : "FAIL"} ${what}${!ok && detail ? `\n${detail.replace(/^/gm, "       ")}` : ""}`
    );
}

/** `provider-operation` scenarios: one per line, `<provider> <operationId> [--flag=value ...]`. */
function operationScenarios() {
    return fs
        .readFileSync(path.join(repoRoot, "tools/real-host/operations.txt"), "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.split(/\s+/));
}

/**
 * The report of every provider of one target over every provider project, from the JSON document
 * each task prints (indented: it starts with a line `{` and ends with a line `}`). Fails unless
 * there is a document for every provider project.
 */
function providerReports(nx, target, targetArgs, projectCount) {
    const result = nx([
        "run-many",
        "-t",
        target,
        ...targetArgs,
        "--format=json",
        "--skip-nx-cache",
        "--output-style=static"
    ]);
    const reports = new Map();
    for (const document of result.stdout.match(/^\{\n[\s\S]*?\n\}$/gm) ?? []) {
        for (const provider of JSON.parse(document).providers) reports.set(provider.id, provider);
    }
    if (reports.size !== projectCount) {
        throw new Error(
            `${target} printed reports for ${reports.size} of ${projectCount} providers:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`
        );
    }
    return reports;
}

/** Errors per provider of `verify-provider --typecheck=false` over every provider. */
function verifyErrors(nx, projectCount) {
    const errors = new Map();
    for (const [id, report] of providerReports(
        nx,
        "verify-provider",
        ["--typecheck=false"],
        projectCount
    )) {
        errors.set(
            id,
            report.diagnostics
                .filter((diagnostic) => diagnostic.severity === "error")
                .map(
                    (diagnostic) =>
                        `${diagnostic.ruleId}: ${diagnostic.message.replace(/\d+/g, "#")}`
                )
        );
    }
    return errors;
}

/**
 * Issue 21: `check-references` reports exactly the broken references an independent count finds
 * (a line scanner over the seeding script, against the providers loaded with the host's runtime),
 * once `nx sync` has written the providers' contracts.
 */
function referenceScenario(root, nx) {
    // The seeding scripts are whatever backend/scripts file holds integration nodes: main has
    // seed-workflow-templates.ts, January 2026 seed-templates.ts.
    const scriptsDir = "backend/scripts";
    const seeds = fs.existsSync(path.join(root, scriptsDir))
        ? fs
              .readdirSync(path.join(root, scriptsDir))
              .filter((name) => name.endsWith(".ts"))
              .map((name) => `${scriptsDir}/${name}`)
              .filter((file) => {
                  const text = fs.readFileSync(path.join(root, file), "utf8");
                  return /\bprovider: "/.test(text) && /\boperation: "/.test(text);
              })
        : [];
    const providersDir = path.join(root, "backend/src/integrations/providers");
    const withoutContract = fs
        .readdirSync(providersDir)
        .filter((id) => !fs.existsSync(path.join(providersDir, id, "contract.json")));
    if (seeds.length === 0 || withoutContract.length > 0) {
        console.log(
            `  skipped: ${withoutContract.length} provider folder(s) without contract.json, or no seeding script with integration nodes in ${scriptsDir}`
        );
        return;
    }
    const started = Date.now();
    const result = nx([
        "run",
        "workflow-definitions:check-references",
        "--format=json",
        "--skip-nx-cache",
        "--output-style=static"
    ]);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const document = JSON.parse(
        result.stdout.slice(result.stdout.indexOf("{\n"), result.stdout.lastIndexOf("\n}") + 2)
    );
    const reported = document.references
        .map(
            (reference) =>
                `${reference.file}:${reference.line} ${reference.problem} ${reference.provider}:${reference.operation}${reference.parameter ? `.${reference.parameter}` : ""}`
        )
        .sort();
    const expected = seeds
        .flatMap((seed) => count(root, seed).problems.map((problem) => `${seed}:${problem}`))
        .sort();
    const missed = expected.filter((problem) => !reported.includes(problem));
    const extra = reported.filter((problem) => !expected.includes(problem));
    const failsAsItShould = (result.code !== 0) === expected.length > 0;
    expectThat(
        "references",
        `check-references reports the ${expected.length} broken references of the independent count in ${seeds.join(", ")}, and nothing else (${seconds} s under nx run)`,
        failsAsItShould && missed.length === 0 && extra.length === 0,
        [
            ...missed.map((problem) => `missed: ${problem}`),
            ...extra.map((problem) => `extra: ${problem}`)
        ].join("\n")
    );
}

/** Seconds `work` takes. */
function timed(work) {
    const start = process.hrtime.bigint();
    const value = work();
    return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

function main() {
    step("build and pack the plugin");
    const build = run("npm", ["run", "build"], { cwd: repoRoot });
    if (build.code !== 0)
        throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    const tarball = packPlugin();
    step(`copy ${checkout} (node_modules linked, not copied)`);
    const root = copyCheckout(tarball);
    const nx = (nxArgs, env = {}) =>
        run(process.execPath, [path.join(root, "node_modules/nx/dist/bin/nx.js"), ...nxArgs], {
            cwd: root,
            env: { ...NX_ENV, ...env }
        });
    const git = (gitArgs) => run("git", gitArgs, { cwd: root });
    const status = () => git(["status", "--porcelain"]).stdout;
    const commit = (message) => {
        git(["add", "-A"]);
        git(["commit", "-q", "-m", message]);
    };
    const loaderFile = "backend/src/integrations/sandbox/fixtureLoader.ts";
    const hasFixtures = fs.existsSync(path.join(root, loaderFile));
    // Where the loader imports each provider's fixtures from, as the plugin reads it.
    const fixtureModule = hasFixtures
        ? require(
              path.join(repoRoot, "packages/nx/dist/host-files/fixture-loader-file")
          ).parseFixtureLoaderFile(fs.readFileSync(path.join(root, loaderFile), "utf8"), loaderFile)
              .fixtureModule
        : undefined;
    console.log(
        `  workspace: ${root}\n  fixture system: ${hasFixtures ? `yes (<provider>/${fixtureModule})` : "no (seed era)"}`
    );

    step("adopt the plugin: nx g @flowmaestro/nx:init (the checkout has no nx.json)");
    const hadNxJson = fs.existsSync(path.join(root, "nx.json"));
    const init = nx(["g", "@flowmaestro/nx:init"]);
    const nxJson = fs.existsSync(path.join(root, "nx.json"))
        ? JSON.parse(fs.readFileSync(path.join(root, "nx.json"), "utf8"))
        : {};
    expectThat(
        "init",
        `init creates nx.json with the plugin and the sync generator${hadNxJson ? " (nx.json existed)" : ""}`,
        init.code === 0 &&
            JSON.stringify(nxJson.plugins).includes("@flowmaestro/nx") &&
            (nxJson.sync?.globalGenerators ?? []).includes("@flowmaestro/nx:sync-registrations"),
        init.stdout + init.stderr
    );
    commit("init");
    const again = nx(["g", "@flowmaestro/nx:init"]);
    expectThat(
        "init",
        "a second init changes nothing",
        again.code === 0 && status() === "",
        again.stdout + status()
    );
    const projects = nx(["show", "projects", "--projects=provider-*"])
        .stdout.split("\n")
        .filter(Boolean);
    const providerFolders = fs
        .readdirSync(path.join(root, "backend/src/integrations/providers"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `provider-${entry.name}`);
    expectThat(
        "init",
        `every provider folder is a project (${projects.length})`,
        projects.length > 0 && [...projects].sort().join() === providerFolders.sort().join(),
        `projects: ${projects.length}, folders: ${providerFolders.length}`
    );

    step("baseline: host tsc --noEmit -p backend, and verify-provider errors");
    const baseline = tscErrors(root);
    console.log(
        `  ${baseline.length} error(s) before any change${baseline.length ? `:\n    ${baseline.join("\n    ")}` : ""}`
    );
    const verifyBefore = verifyErrors(nx, projects.length);

    step("test-provider over every provider (batched), then a cache hit beside verify-provider's");
    const testRun = timed(() => providerReports(nx, "test-provider", [], projects.length));
    const testReports = [...testRun.value.values()];
    const crashed = testReports.filter((report) =>
        report.diagnostics.some(
            (diagnostic) =>
                diagnostic.ruleId === "runtime/provider-loads" &&
                /test process ended/.test(diagnostic.message)
        )
    );
    const clean = testReports.filter((report) =>
        report.diagnostics.every((diagnostic) => diagnostic.severity !== "error")
    );
    console.log(
        `  ${testReports.length} reports in ${testRun.seconds.toFixed(1)} s, ${clean.length} without an error`
    );
    expectThat(
        "test-provider",
        `one report per provider project (${projects.length}), each with what ran, and no probe crash`,
        testReports.every((report) => typeof report.note === "string") && crashed.length === 0,
        crashed.map((report) => report.id).join(", ")
    );
    // Nx caches only successful tasks: a provider both targets pass.
    const passing = clean.find((report) => (verifyBefore.get(report.id) ?? []).length === 0);
    const sample = passing ? `provider-${passing.id}` : projects[0];
    const cacheHit = (target) => {
        nx([
            "run",
            `${sample}:${target}`,
            ...(target === "verify-provider" ? ["--typecheck=false"] : [])
        ]);
        const hit = timed(() =>
            nx([
                "run",
                `${sample}:${target}`,
                ...(target === "verify-provider" ? ["--typecheck=false"] : [])
            ])
        );
        return {
            seconds: hit.seconds,
            cached: /local cache|existing outputs|from the cache/.test(hit.value.stdout)
        };
    };
    const testHit = cacheHit("test-provider");
    const verifyHit = cacheHit("verify-provider");
    console.log(
        `  cache hit on ${sample}: test-provider ${testHit.seconds.toFixed(2)} s, verify-provider ${verifyHit.seconds.toFixed(2)} s`
    );
    expectThat(
        "test-provider",
        `a second run of ${sample}:test-provider is a cache hit`,
        testHit.cached
    );

    step("nx sync, then nx sync:check");
    const sync = nx(["sync"]);
    console.log(
        sync.stdout
            .split("\n")
            .filter((line) => /:/.test(line))
            .slice(0, 40)
            .join("\n")
    );
    commit("nx sync");
    const check = nx(["sync:check"]);
    expectThat(
        "sync",
        "nx sync:check passes after nx sync",
        check.code === 0,
        check.stdout + check.stderr
    );
    if (process.env.FM_REAL_SKIP_CONTRACTS === "1") {
        console.log("  skip operation contracts: FM_REAL_SKIP_CONTRACTS=1");
    } else {
        step(
            "operation contracts: init --contracts; nx sync writes one per provider; a second writes nothing; a removed field is refused"
        );
        const adopt = nx(["g", "@flowmaestro/nx:init", "--contracts"]);
        expectThat(
            "contracts",
            "init --contracts registers the sync-contracts sync generator",
            adopt.code === 0 &&
                (
                    JSON.parse(fs.readFileSync(path.join(root, "nx.json"), "utf8")).sync
                        ?.globalGenerators ?? []
                ).includes("@flowmaestro/nx:sync-contracts"),
            adopt.stdout + adopt.stderr
        );
        const { value: firstSync, seconds: firstSyncSeconds } = timed(() => nx(["sync"]));
        console.log(`  first nx sync with contracts: ${firstSyncSeconds.toFixed(1)} s`);
        expectThat(
            "contracts",
            "the first nx sync with contracts succeeds",
            firstSync.code === 0,
            firstSync.stdout + firstSync.stderr
        );
        commit("operation contracts");
        const providersDir = path.join(root, "backend/src/integrations/providers");
        const withContract = providerFolders.filter((project) =>
            fs.existsSync(
                path.join(providersDir, project.slice("provider-".length), "contract.json")
            )
        );
        expectThat(
            "contracts",
            `nx sync wrote a contract for every provider (${withContract.length} of ${providerFolders.length})`,
            withContract.length === providerFolders.length,
            providerFolders.filter((project) => !withContract.includes(project)).join(", ")
        );
        const second = nx(["sync"]);
        expectThat(
            "contracts",
            "a second nx sync writes nothing",
            second.code === 0 && status() === "",
            second.stdout + second.stderr + status()
        );
        const operation = path.join(providersDir, "slack/operations/sendMessage.ts");
        const operationText = fs.existsSync(operation) ? fs.readFileSync(operation, "utf8") : "";
        const withoutField = operationText.replace(/\n\s*thread_ts: [^\n]*Schema,/, "");
        if (withoutField !== operationText) {
            fs.writeFileSync(operation, withoutField);
            const refused = nx(["sync:check"]);
            expectThat(
                "contracts",
                'removing slack sendMessage\'s "thread_ts" makes nx sync:check fail, naming the change',
                refused.code !== 0 &&
                    (refused.stdout + refused.stderr).includes(
                        'slack: operation "sendMessage": property "thread_ts": removed (property-removed)'
                    ),
                refused.stdout + refused.stderr
            );
            fs.writeFileSync(operation, operationText);
        }
    }
    const config = path.join(root, "backend/src/core/config/index.ts");
    const configText = fs.readFileSync(config, "utf8");
    // The first callbackPaths entry of an existing provider folder (family keys like `google` are not).
    const removed = [
        ...configText
            .slice(configText.indexOf("callbackPaths"))
            .matchAll(/^\s+"?([a-z0-9-]+)"?: "\/oauth\/[^"]+\/callback",?\n/gm)
    ].find((match) =>
        fs.existsSync(path.join(root, "backend/src/integrations/providers", match[1]))
    );
    expectThat("sync", "a provider's callback path to remove was found", Boolean(removed));
    if (removed) {
        fs.writeFileSync(config, configText.replace(removed[0], ""));
        const failing = nx(["sync:check"]);
        expectThat(
            "sync",
            `removing the callback path of "${removed[1]}" makes nx sync:check fail, naming it`,
            failing.code !== 0 && (failing.stdout + failing.stderr).includes(removed[1]),
            failing.stdout + failing.stderr
        );
        nx(["sync"]);
        const restored = fs.readFileSync(config, "utf8");
        const lines = (text) => text.split("\n").sort().join("\n");
        expectThat(
            "sync",
            "nx sync adds exactly that entry back (the file has the same lines as before)",
            lines(restored) === lines(configText),
            git(["diff"]).stdout.slice(0, 2000)
        );
        fs.writeFileSync(config, configText);
    }

    const generated = [];
    for (const spec of specs) {
        const id = /^id:\s*(\S+)/m.exec(fs.readFileSync(spec, "utf8"))[1];
        const scenario = path.basename(spec);
        step(
            `${scenario}: generate and register "${id}" (in a terminal, --spec alone: no question asked)`
        );
        // Nx itself asks once per workspace, in a terminal, whether to share usage data: answered no.
        const nxJsonFile = path.join(root, "nx.json");
        const answered = { ...JSON.parse(fs.readFileSync(nxJsonFile, "utf8")), analytics: false };
        fs.writeFileSync(nxJsonFile, `${JSON.stringify(answered, null, 2)}\n`);
        // `script` gives the run a terminal, so a prompt would be asked (and time out) if one were due.
        const generate = run(
            "script",
            [
                "-qec",
                `node ${path.join(root, "node_modules/nx/dist/bin/nx.js")} g @flowmaestro/nx:integration-provider --spec ${spec}`,
                "/dev/null"
            ],
            { cwd: root, env: { ...NX_ENV, NX_INTERACTIVE: "true" }, input: "", timeout: 180000 }
        );
        expectThat(
            scenario,
            "integration-provider exits 0 without prompting",
            generate.code === 0,
            generate.stdout + generate.stderr
        );
        if (generate.code !== 0) continue;
        generated.push(id);
        const dir = `backend/src/integrations/providers/${id}`;
        const registered = nx(["g", "@flowmaestro/nx:register-provider", id, "--check"]);
        expectThat(
            scenario,
            "register-provider --check finds nothing missing",
            registered.code === 0,
            registered.stdout + registered.stderr
        );
        const before = status();
        const twice = nx(["g", "@flowmaestro/nx:register-provider", id]);
        expectThat(
            scenario,
            "a second register-provider writes nothing",
            twice.code === 0 && status() === before,
            twice.stdout + twice.stderr
        );
        if (hasFixtures) {
            const loader = fs.readFileSync(path.join(root, loaderFile), "utf8");
            expectThat(
                scenario,
                `${fixtureModule} is generated where the loader imports it`,
                fs.existsSync(path.join(root, dir, fixtureModule))
            );
            expectThat(
                scenario,
                "fixtureLoader.ts lists it",
                loader.includes(`"${id}",`) || loader.includes(`"${id}"\n`)
            );
        }
        const verify = nx(["run", `provider-${id}:verify-provider`, "--skip-nx-cache"]);
        expectThat(
            scenario,
            "verify-provider passes (rules + type-check)",
            verify.code === 0,
            verify.stdout + verify.stderr
        );
        // Generated providers pass test-provider by construction (their fixtures parse, their
        // operations send what their inputs name, their webhook config verifies its own vectors).
        const tested = nx([
            "run",
            `provider-${id}:test-provider`,
            "--format=json",
            "--skip-nx-cache",
            "--output-style=static"
        ]);
        const [testReport] = (tested.stdout.match(/^\{\n[\s\S]*?\n\}$/gm) ?? []).map(
            (document) => JSON.parse(document).providers[0]
        );
        expectThat(
            scenario,
            "test-provider passes (its own fixtures and code, HTTP intercepted)",
            tested.code === 0 &&
                testReport !== undefined &&
                testReport.diagnostics.every((diagnostic) => diagnostic.severity !== "error"),
            tested.stdout.slice(-3000) + tested.stderr.slice(-2000)
        );
        commit(id);
    }

    step("check-references on the seeding script, against an independent count");
    referenceScenario(root, nx);

    step("provider-operation on real providers of different shapes");
    const touched = [];
    for (const [provider, operationId, ...flags] of operationScenarios()) {
        const scenario = `${provider} ${operationId}`;
        if (!fs.existsSync(path.join(root, "backend/src/integrations/providers", provider))) {
            console.log(`  skip ${scenario}: no such provider in this checkout`);
            continue;
        }
        const add = nx([
            "g",
            "@flowmaestro/nx:provider-operation",
            provider,
            operationId,
            ...flags
        ]);
        expectThat(scenario, "provider-operation exits 0", add.code === 0, add.stdout + add.stderr);
        if (add.code !== 0) continue;
        touched.push(provider);
        const files = status();
        const repeat = nx([
            "g",
            "@flowmaestro/nx:provider-operation",
            provider,
            operationId,
            ...flags
        ]);
        expectThat(
            scenario,
            "the same command again is refused and writes nothing",
            repeat.code !== 0 &&
                /already has operation/.test(repeat.stdout + repeat.stderr) &&
                status() === files,
            repeat.stdout + repeat.stderr
        );
        commit(scenario);
    }
    const handWritten = operationScenarios()[0][0];
    const update = nx([
        "g",
        "@flowmaestro/nx:integration-provider",
        handWritten,
        "--update",
        "--baseUrl=https://api.example.com",
        "--operations=x",
        "--no-interactive"
    ]);
    expectThat(
        "update",
        `integration-provider --update on hand-written "${handWritten}" is refused and changes none of its files`,
        update.code !== 0 &&
            /was not generated by @flowmaestro\/nx/.test(update.stdout + update.stderr) &&
            status() === "",
        update.stdout + update.stderr
    );

    step("host tsc --noEmit -p backend after all scenarios");
    const after = tscErrors(root);
    const added = after.filter((line) => !baseline.includes(line));
    expectThat(
        "all",
        `no new tsc error (${baseline.length} before, ${after.length} after)`,
        added.length === 0,
        added.join("\n")
    );

    step("verify-provider: no new error on the providers operations were added to");
    const verifyAfter = verifyErrors(nx, projects.length + generated.length);
    const newErrors = touched.flatMap((provider) =>
        (verifyAfter.get(provider) ?? [])
            .filter((error) => !(verifyBefore.get(provider) ?? []).includes(error))
            .map((error) => `${provider}: ${error}`)
    );
    expectThat(
        "all",
        `no new verify-provider error on ${touched.length} providers`,
        newErrors.length === 0,
        newErrors.join("\n")
    );

    step("host ESLint on every new and edited file");
    const changed = git([
        "diff",
        "--name-only",
        "HEAD~" + (generated.length + touched.length + 1),
        "HEAD"
    ])
        .stdout.split("\n")
        .filter((file) => /\.tsx?$/.test(file) && fs.existsSync(path.join(root, file)));
    const eslint = run(
        process.execPath,
        [path.join(root, "node_modules/eslint/bin/eslint.js"), ...changed],
        { cwd: root }
    );
    expectThat(
        "all",
        `ESLint passes on ${changed.length} files`,
        eslint.code === 0,
        eslint.stdout + eslint.stderr
    );

    const failed = results.filter((result) => !result.ok);
    step(
        `${results.length - failed.length}/${results.length} checks passed${keep ? `; workspace kept at ${root}` : ""}`
    );
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
    process.exit(failed.length === 0 ? 0 : 1);
}

main();
