#!/usr/bin/env node
// Type-checks (strict) and lints, with the model's own ESLint config, every model era, each
// assembled in a temporary workspace whose @flowmaestro/* packages are linked as npm links them.
//   node tools/model/check.js [era ...]
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { eraNames, assembleModel, linkWorkspacePackages } = require("./assemble");

const repoRoot = path.resolve(__dirname, "../..");
const repoNodeModules = path.join(repoRoot, "node_modules");

function workspaceOf(era) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `fm-model-${era}-`));
    assembleModel(era, root);
    fs.mkdirSync(path.join(root, "node_modules"));
    for (const entry of fs.readdirSync(repoNodeModules)) {
        if (entry.startsWith(".") || entry === "@flowmaestro") continue;
        fs.symlinkSync(path.join(repoNodeModules, entry), path.join(root, "node_modules", entry));
    }
    linkWorkspacePackages(root);
    return root;
}

function run(label, command, args, cwd) {
    const result = spawnSync(process.execPath, [command, ...args], { cwd, encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`.trim();
    console.log(`${result.status === 0 ? "ok  " : "FAIL"} ${label}${output ? `\n${output}` : ""}`);
    return result.status === 0;
}

const eras = process.argv.slice(2).length > 0 ? process.argv.slice(2) : eraNames();
let failed = false;
for (const era of eras) {
    const root = workspaceOf(era);
    const tsc = path.join(repoNodeModules, "typescript/bin/tsc");
    const eslint = path.join(repoNodeModules, "eslint/bin/eslint.js");
    for (const project of ["backend", "shared"]) {
        failed = !run(`${era}: tsc --strict -p ${project}`, tsc, ["--noEmit", "--strict", "-p", project], root) || failed;
    }
    failed = !run(`${era}: eslint`, eslint, ["--ext", ".ts", "backend/src", "shared/src"], root) || failed;
    fs.rmSync(root, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
