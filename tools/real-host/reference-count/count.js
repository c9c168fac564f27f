#!/usr/bin/env node
// An independent count of the broken workflow references in a FlowMaestro checkout's seeding script,
// to hold `check-references` to: a line scanner (no parser) over the script's `data: { ... }` blocks,
// checked against the operations of the providers loaded with the host's own runtime.
//
//   node tools/real-host/reference-count/count.js <checkout> [seeding script, default backend/scripts/seed-workflow-templates.ts]
//
// Prints { references, problems: ["<line> <problem> <provider>:<operation>[.<parameter>]"] }.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

// The one convention shared with check-references (which keys of a node are not parameters);
// everything else here is independent of the plugin. Needs `npm run build`.
const { NODE_KEYS } = require("../../../packages/nx/dist/references/scan");

function loadOperations(checkout) {
    const result = spawnSync(
        process.execPath,
        [
            path.join(checkout, "node_modules/tsx/dist/cli.mjs"),
            path.join(__dirname, "load-operations.ts")
        ],
        { cwd: path.join(checkout, "backend"), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
    );
    const line = result.stdout.split("\n").find((text) => text.startsWith("@@operations "));
    if (result.status !== 0 || !line)
        throw new Error(`loading the providers failed:\n${result.stderr}`);
    return JSON.parse(line.slice("@@operations ".length));
}

/** Each data block's `key: value` lines (or one-line block's pairs) with their line numbers. */
function dataBlocks(lines) {
    const blocks = [];
    for (let index = 0; index < lines.length; index++) {
        const oneLine = /^\s*data: \{ (.*) \},?$/.exec(lines[index]);
        if (oneLine) {
            blocks.push(
                [...oneLine[1].matchAll(/(\w+): "([^"]*)"/g)].map((m) => ({
                    line: index + 1,
                    key: m[1],
                    value: m[2]
                }))
            );
            continue;
        }
        const open = /^(\s*)data: \{\s*$/.exec(lines[index]);
        if (!open) continue;
        const inner = `${open[1]}    `;
        const entries = [];
        for (index++; index < lines.length && !lines[index].startsWith(`${open[1]}}`); index++) {
            const entry = new RegExp(`^${inner}(\\w+):\\s*(?:"([^"]*)")?`).exec(lines[index]);
            if (entry) entries.push({ line: index + 1, key: entry[1], value: entry[2] });
        }
        blocks.push(entries);
    }
    return blocks;
}

function count(checkout, script) {
    const operations = loadOperations(checkout);
    const folders = new Set(
        fs.readdirSync(path.join(checkout, "backend/src/integrations/providers"))
    );
    const lines = fs.readFileSync(path.join(checkout, script), "utf8").split("\n");
    const problems = [];
    let references = 0;
    for (const entries of dataBlocks(lines)) {
        const get = (key) => entries.find((entry) => entry.key === key);
        const provider = get("provider");
        const operation = get("operation");
        if (!provider?.value || !operation?.value) continue;
        references++;
        const id = `${provider.value}:${operation.value}`;
        if (!folders.has(provider.value)) problems.push(`${provider.line} unknown-provider ${id}`);
        else if (!operations[provider.value])
            problems.push(`${provider.line} unregistered-provider ${id}`);
        else if (!(operation.value in operations[provider.value]))
            problems.push(`${operation.line} unknown-operation ${id}`);
        else {
            const keys = operations[provider.value][operation.value];
            for (const entry of entries) {
                if (keys && !NODE_KEYS.has(entry.key) && !keys.includes(entry.key)) {
                    problems.push(`${entry.line} unknown-parameter ${id}.${entry.key}`);
                }
            }
        }
    }
    return { references, problems };
}

module.exports = { count };

if (require.main === module) {
    const [checkout, script = "backend/scripts/seed-workflow-templates.ts"] = process.argv.slice(2);
    if (!checkout) {
        console.error("usage: count.js <FlowMaestro checkout> [seeding script]");
        process.exit(2);
    }
    console.log(JSON.stringify(count(path.resolve(checkout), script), null, 2));
}
