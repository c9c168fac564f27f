#!/usr/bin/env node
// `npm run demo`: scaffold, register and verify a sample provider in a temporary copy of the
// sandbox workspace with the real nx CLI, printing each step. `--keep` keeps the workspace.
const path = require("path");
const { createSandboxWorkspace } = require("../scripts/sandbox-workspace");

const keep = process.argv.includes("--keep");
const specPath = path.join(__dirname, "acme-chat.yaml");
let failed = false;

function step(title, result, { expectFailure = false } = {}) {
    console.log(`\n\u25b6 ${title}`);
    const output = (result.stdout + result.stderr).trim();
    if (output) console.log(output.replace(/^/gm, "  "));
    const ok = expectFailure ? result.code !== 0 : result.code === 0;
    console.log(ok ? "  \u2714 ok" : `  \u2718 exit code ${result.code}`);
    if (!ok) failed = true;
    return result;
}

console.log(
    "Creating a temporary git workspace of the FlowMaestro model (tools/model) with @flowmaestro/nx installed ..."
);
const ws = createSandboxWorkspace({ prefix: "fm-demo-" });
console.log(`workspace: ${ws.root}`);

try {
    step("nx show projects (providers inferred by the plugin)", ws.nx(["show", "projects"]));
    step(
        "nx run-many -t verify-provider (every sandbox provider, one batch; fills the cache)",
        ws.nx(["run-many", "-t", "verify-provider"])
    );
    const generate = [
        "g",
        "@flowmaestro/nx:integration-provider",
        "--spec",
        specPath,
        "--no-interactive"
    ];
    step(
        "nx g @flowmaestro/nx:integration-provider --spec acme-chat.yaml --dry-run",
        ws.nx([...generate, "--dry-run"])
    );
    step("nx g @flowmaestro/nx:integration-provider --spec acme-chat.yaml", ws.nx(generate));
    step(
        "git status: files created and edited",
        ws.git(["status", "--short", "--untracked-files=all"])
    );
    step("git diff --stat of the cross-cutting files", ws.git(["diff", "--stat"]));
    step(
        "nx g @flowmaestro/nx:register-provider acme-chat --check (idempotent: nothing missing)",
        ws.nx([
            "g",
            "@flowmaestro/nx:register-provider",
            "acme-chat",
            "--check",
            "--no-interactive"
        ])
    );
    step("tsc --noEmit --strict -p backend (the seed's own check)", ws.tsc("backend"));
    ws.git(["add", "-A"]);
    ws.git(["commit", "-q", "-m", "Add Acme Chat provider"]);
    step(
        "nx affected -t verify-provider --base=HEAD~1 (shared files changed, so every provider is " +
            "affected; the precise hasher replays the api_key provider from the cache and re-runs " +
            "acme-chat and the oauth2 providers, whose type-check reads the edited config file)",
        ws.nx(["affected", "-t", "verify-provider", "--base=HEAD~1", "--head=HEAD"])
    );
    step(
        "nx run provider-acme-chat:verify-provider (linter-style report)",
        ws.nx([
            "run",
            "provider-acme-chat:verify-provider",
            "--skip-nx-cache",
            "--output-style=static"
        ])
    );
    step(
        "nx run provider-acme-chat:test-provider (its own code run: fixtures against its schemas, " +
            "each operation once with all HTTP intercepted, input validation, MCP dispatch)",
        ws.nx([
            "run",
            "provider-acme-chat:test-provider",
            "--skip-nx-cache",
            "--output-style=static"
        ])
    );
    const registry = "backend/src/integrations/registry.ts";
    ws.write(
        registry,
        ws.read(registry).replace(/\n\s*providerRegistry\.register\(acmeChatEntry\);/, "")
    );
    step(
        "hand-edit drift: acme-chat's register call removed (the provider would never load) -> " +
            "verify fails and says how to fix it",
        ws.nx(["run", "provider-acme-chat:verify-provider", "--output-style=static"]),
        { expectFailure: true }
    );
    ws.git(["checkout", "--", registry]);
} finally {
    if (keep) {
        console.log(`\nkept workspace: ${ws.root}`);
    } else {
        ws.cleanup();
    }
}

console.log(failed ? "\nDemo finished with failures." : "\nDemo finished: every step succeeded.");
process.exit(failed ? 1 : 0);
