#!/usr/bin/env node
// How much of this project's text occurs verbatim in FlowMaestro (../shared/tools/copy-audit.js):
// the whole project, then the model workspaces alone, each against its limits. Needs checkouts of
// FlowMaestro main (FLOWMAESTRO_DIR) and of the January 2026 commit 4cbb59e7 (FLOWMAESTRO_SEED_DIR).
//   FLOWMAESTRO_DIR=... FLOWMAESTRO_SEED_DIR=... npm run audit:copies
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const repoRoot = path.resolve(__dirname, "../..");
const audit = path.resolve(repoRoot, "../shared/tools/copy-audit.js");
const hosts = [process.env.FLOWMAESTRO_DIR, process.env.FLOWMAESTRO_SEED_DIR];

if (hosts.some((host) => !host)) {
    console.log(
        "audit:copies skipped: set FLOWMAESTRO_DIR (FlowMaestro main) and FLOWMAESTRO_SEED_DIR (commit 4cbb59e7) to plain checkouts."
    );
    process.exit(0);
}
if (!fs.existsSync(audit)) {
    console.error(`audit:copies: ${audit} is missing (the shared tools folder beside this repository).`);
    process.exit(2);
}

const scopes = [
    { project: ".", maxSpecific: 100, maxRun: 20 },
    { project: "tools/model", maxSpecific: 60, maxRun: 16 }
];
let status = 0;
for (const { project, maxSpecific, maxRun } of scopes) {
    console.log(`\n== ${project}: at most ${maxSpecific} specific copied lines, no copied run over ${maxRun}`);
    const result = spawnSync(
        process.execPath,
        [
            audit,
            "--project",
            path.join(repoRoot, project),
            ...hosts.flatMap((host) => ["--host", host]),
            "--max-specific",
            String(maxSpecific),
            "--max-run",
            String(maxRun)
        ],
        { cwd: repoRoot, stdio: "inherit" }
    );
    status = Math.max(status, result.status ?? 2);
}
process.exit(status);
