#!/usr/bin/env node
// Builds packages/nx into packages/nx/dist: compiles TypeScript, then copies the assets that ship
// beside the JavaScript (generator/executor schema.json files and template folders).
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const packageRoot = path.join(__dirname, "../../packages/nx");
const srcRoot = path.join(packageRoot, "src");
const distRoot = path.join(packageRoot, "dist");

fs.rmSync(distRoot, { recursive: true, force: true });
try {
    execFileSync(
        process.execPath,
        [require.resolve("typescript/bin/tsc"), "-p", path.join(packageRoot, "tsconfig.lib.json")],
        { stdio: "inherit" }
    );
} catch {
    console.error("build failed: TypeScript reported the errors above.");
    process.exit(1);
}

function isAsset(relativePath) {
    const parts = relativePath.split(path.sep);
    return parts.includes("files") || /(^|[\\/])schema\.json$/.test(relativePath);
}

let copied = 0;
function copyAssets(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            copyAssets(full);
            continue;
        }
        const relative = path.relative(srcRoot, full);
        if (!isAsset(relative) || relative.endsWith(".spec.ts")) continue;
        const target = path.join(distRoot, relative);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(full, target);
        copied++;
    }
}
copyAssets(srcRoot);
console.log(`built packages/nx/dist (${copied} assets copied)`);
