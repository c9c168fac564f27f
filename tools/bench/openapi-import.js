#!/usr/bin/env node
// `npm run bench:openapi`: how long `integration-provider --openapi` takes to import one tag (or a
// few operationIds) of large real documents. Per document, R runs (default 3) of:
//   - the phases in a fresh Node process: read + parse + $ref-dereference, then select + map;
//   - the real nx CLI end to end in a sandbox workspace (`nx g ... --dry-run`: Nx startup, the
//     import, rendering, Prettier; nothing written), and for comparison the same provider from the
//     spec `--writeSpec` wrote (everything but the import).
// Options: --runs R. Needs `npm run build` (the script `bench:openapi` runs it).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { createSandboxWorkspace, repoRoot } = require("../scripts/sandbox-workspace");

const runsIndex = process.argv.indexOf("--runs");
const runs = runsIndex === -1 ? 3 : Number(process.argv[runsIndex + 1]);
// Real documents committed for the tests (their README names each source and licence).
const directory = path.join(repoRoot, "packages/nx/src/openapi/__fixtures__/openapi-documents");
const DOCUMENTS = [
    { id: "github", file: "github.com/api.github.com.json", flags: ["--tags=issues"] },
    { id: "jira", file: "atlassian.com/jira.json", flags: ["--tags=Issues"] },
    { id: "zoom", file: "zoom.us.json", flags: ["--tags=Meetings"] },
    {
        id: "stripe",
        file: "stripe.com.json",
        flags: ["--openapiOperations=GetCustomers,PostCustomers,GetCustomersCustomer"]
    },
    { id: "trello", file: "trello.com.json", flags: ["--tags=board"] }
];

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** One fresh process: load the plugin's OpenAPI module from dist, time its two phases. */
const PHASES = `
const { FsTree } = require("nx/src/generators/tree");
const { loadOpenApiDocument, specFromOpenApi } = require(${JSON.stringify(path.join(repoRoot, "packages/nx/dist/openapi"))});
const [file, id, flags] = process.argv.slice(1);
const option = (name) => (JSON.parse(flags).find((flag) => flag.startsWith("--" + name + "=")) || "").split("=")[1];
(async () => {
    let start = performance.now();
    const api = await loadOpenApiDocument(new FsTree(process.cwd(), false), file);
    const load = performance.now() - start;
    start = performance.now();
    const { spec } = specFromOpenApi(api, {
        selection: { tags: option("tags")?.split(","), operationIds: option("openapiOperations")?.split(",") },
        providerId: id,
        source: file
    });
    const map = performance.now() - start;
    console.log(JSON.stringify({ load, map, operations: api.operations.length, selected: spec.operations.length }));
})();
`;

function phases(document) {
    const result = spawnSync(
        process.execPath,
        [
            "-e",
            PHASES,
            path.join(directory, document.file),
            document.id,
            JSON.stringify(document.flags)
        ],
        { cwd: repoRoot, encoding: "utf8" }
    );
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout.trim().split("\n").pop());
}

const workspace = createSandboxWorkspace({ prefix: "fm-bench-openapi-" });

function timed(run) {
    const start = performance.now();
    run();
    return performance.now() - start;
}

/** Runs the nx CLI; a failed command fails the benchmark instead of being timed. */
function nxOrFail(args) {
    const result = workspace.nx(args);
    if (result.code !== 0) {
        throw new Error(`nx ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    }
    return result;
}

function importWith(document, flags) {
    nxOrFail([
        "g",
        "@flowmaestro/nx:integration-provider",
        `${document.id}-bench`,
        `--openapi=${path.join(directory, document.file)}`,
        ...document.flags,
        ...flags,
        "--no-interactive"
    ]);
}

try {
    const rows = [];
    for (const document of DOCUMENTS) {
        const measured = Array.from({ length: runs }, () => phases(document));
        const cli = Array.from({ length: runs }, () =>
            timed(() => importWith(document, ["--dry-run"]))
        );
        // The same provider from the spec the import writes: what generation costs without the import.
        const specFile = `specs/${document.id}-bench.yaml`;
        importWith(document, [`--writeSpec=${specFile}`]);
        const fromSpec = Array.from({ length: runs }, () =>
            timed(() =>
                nxOrFail([
                    "g",
                    "@flowmaestro/nx:integration-provider",
                    `--spec=${specFile}`,
                    "--dry-run",
                    "--no-interactive"
                ])
            )
        );
        const size = fs.statSync(path.join(directory, document.file)).size;
        rows.push(
            `| ${document.id} | ${(size / 1e6).toFixed(1)} MB | ${measured[0].operations} | ${measured[0].selected} | ` +
                `${Math.round(median(measured.map((m) => m.load)))} ms | ${Math.round(median(measured.map((m) => m.map)))} ms | ` +
                `${(median(cli) / 1000).toFixed(1)} s | ${(median(fromSpec) / 1000).toFixed(1)} s |`
        );
        process.stderr.write(`[bench:openapi] ${rows[rows.length - 1]}\n`);
    }
    console.log(
        [
            `OpenAPI import, median of ${runs} runs (Node ${process.version}, ${require("os").cpus().length} cores)`,
            "",
            "| document | size | operations | imported | parse + dereference | select + map | nx g --openapi --dry-run | nx g --spec (its --writeSpec output) --dry-run |",
            "|---|---|---|---|---|---|---|---|",
            ...rows
        ].join("\n")
    );
} finally {
    workspace.cleanup();
}
