import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import type { FsTree } from "@nx/devkit/internal";

/**
 * Test helpers over a temporary copy of tools/sandbox: copy it (node_modules linked, not copied),
 * flush a tree into it, and type-check its backend with ONE strict TypeScript program.
 */

export const SANDBOX_DIR = path.resolve(__dirname, "../../../../tools/sandbox");
export const REPO_NODE_MODULES = path.resolve(__dirname, "../../../../node_modules");

/** A fresh copy of the sandbox in the temp dir, with the repo's node_modules linked in. */
export function copySandbox(prefix = "fm-sandbox-"): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.cpSync(SANDBOX_DIR, root, {
        recursive: true,
        filter: (source) => !source.includes("node_modules")
    });
    fs.symlinkSync(REPO_NODE_MODULES, path.join(root, "node_modules"), "dir");
    return root;
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
 * All diagnostics of one strict TypeScript program over the sandbox backend (its tsconfig's
 * `include`, so every generated provider and every edited host file is in it).
 */
export function typeCheckSandbox(root: string): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(
        path.join(root, "backend/tsconfig.json"),
        { strict: true, noEmit: true },
        {
            ...ts.sys,
            onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
                throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
            }
        }
    );
    if (!parsed) throw new Error("cannot read backend/tsconfig.json");
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        if (!diagnostic.file) return message;
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${path.relative(root, diagnostic.file.fileName)}:${line + 1}: ${message}`;
    });
}
