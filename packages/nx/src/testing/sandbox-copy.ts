import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ESLint } from "eslint";
import * as ts from "typescript";
import type { Tree } from "@nx/devkit";
import type { FsTree } from "@nx/devkit/internal";

/**
 * Test helpers over a temporary copy of a sandbox host: copy it (node_modules linked, not copied),
 * flush a tree into it, type-check its backend with ONE strict TypeScript program, and lint files
 * with the host's own ESLint config.
 */

/**
 * The model eras (tools/model): "current" is FlowMaestro main as it is now (the base), "seed" the
 * seed-era main of January 2026, "tests-fixtures" main of February 2026 with fixture modules under
 * `__tests__/`. Each but the base is an overlay assembled by tools/model/assemble.js.
 */
export type SandboxName = "current" | "seed" | "tests-fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const model = require("../../../../tools/model/assemble.js") as {
    BASE_DIR: string;
    eraNames(): SandboxName[];
    eraFiles(era: string): Map<string, { source?: string; text?: string }>;
    readEraFile(entry: { source?: string; text?: string }): Buffer;
    assembleModel(era: string, destination: string): string;
    linkWorkspacePackages(root: string): void;
};

/** Every model era (tools/model/eras plus the base). */
export const SANDBOX_NAMES: SandboxName[] = model.eraNames();

/** The base model on disk: a complete workspace of the "current" era (read in place, never written). */
export const SANDBOX_DIR: string = model.BASE_DIR;
export const REPO_NODE_MODULES = path.resolve(__dirname, "../../../../node_modules");

/**
 * A fresh workspace of a model era in the temp dir. node_modules is a folder of links to the
 * repo's packages plus the host's own workspace packages (`@flowmaestro/shared` -> `shared`, as
 * npm workspaces link them), so what a run keeps in node_modules/.cache (hash memo, kept type
 * checks) belongs to the copy and packages can be swapped per copy.
 */
export function copySandbox(prefix = "fm-sandbox-", which: SandboxName = "current"): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    model.assembleModel(which, root);
    fs.mkdirSync(path.join(root, "node_modules"));
    for (const entry of fs.readdirSync(REPO_NODE_MODULES)) {
        if (entry.startsWith(".") || entry === "@flowmaestro") continue;
        fs.symlinkSync(path.join(REPO_NODE_MODULES, entry), path.join(root, "node_modules", entry));
    }
    model.linkWorkspacePackages(root);
    return root;
}

/**
 * A model era's files laid into an in-memory tree (unit tests that need the host's core types, base
 * class and host files without touching the disk). `nx.json` is the tree's own.
 */
export function writeSandboxInto(tree: Tree, which: SandboxName = "current"): Tree {
    for (const [file, entry] of model.eraFiles(which)) {
        if (file !== "nx.json") tree.write(file, model.readEraFile(entry));
    }
    return tree;
}

/** A model era's text files by workspace path, for tests that read the host without a tree. */
export function readSandboxFiles(which: SandboxName = "current"): Map<string, string> {
    return new Map(
        [...model.eraFiles(which)].map(([file, entry]) => [
            file,
            model.readEraFile(entry).toString("utf8")
        ])
    );
}

/** Writes a tree's pending changes to disk under `root` (what Nx does at the end of a run). */
export function writeTreeChanges(root: string, tree: FsTree): void {
    for (const change of tree.listChanges()) {
        const target = path.join(root, change.path);
        if (change.type === "DELETE") {
            fs.rmSync(target, { recursive: true, force: true });
        } else {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, change.content!);
        }
    }
}

/**
 * All diagnostics of one strict TypeScript program over a sandbox copy's backend, or another of
 * its projects (the tsconfig's `include`, so every generated provider and every edited host file
 * is in it).
 */
export function typeCheckSandbox(root: string, project = "backend"): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(
        path.join(root, project, "tsconfig.json"),
        { strict: true, noEmit: true },
        {
            ...ts.sys,
            onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
                throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
            }
        }
    );
    if (!parsed) throw new Error(`cannot read ${project}/tsconfig.json`);
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        if (!diagnostic.file) return message;
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${path.relative(root, diagnostic.file.fileName)}:${line + 1}: ${message}`;
    });
}

/**
 * Formats files of a sandbox copy with the workspace's Prettier CLI and config, as Nx's formatFiles
 * does in a real run (formatFiles cannot load Prettier, an ES module, inside Jest).
 */
export function formatSandboxFiles(root: string, files: string[]): void {
    const cli = path.join(REPO_NODE_MODULES, "prettier/bin/prettier.cjs");
    // Twice, as the generator formats (Prettier is not idempotent on some member chains).
    for (let pass = 0; pass < 2; pass++) {
        const result = spawnSync(process.execPath, [cli, "--write", ...files], {
            cwd: root,
            encoding: "utf8"
        });
        if (result.status !== 0) throw new Error(`prettier failed: ${result.stderr}`);
    }
}

/**
 * ESLint problems in `files` (relative to `root`, folders allowed) under the copy's own
 * `.eslintrc.json` (the host's config: import/order, prettier, ...), as
 * `file:line:column  rule  message`. Empty when the files pass.
 */
export async function lintSandboxFiles(root: string, files: string[]): Promise<string[]> {
    const eslint = new ESLint({ cwd: root, extensions: [".ts"] });
    const results = await eslint.lintFiles(files.map((file) => path.join(root, file)));
    return results.flatMap((result) =>
        result.messages.map(
            (message) =>
                `${path.relative(root, result.filePath)}:${message.line}:${message.column}  ${message.ruleId ?? "parse"}  ${message.message}`
        )
    );
}
