import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createSandboxWorkspace } from "../../../tools/scripts/sandbox-workspace";
import type { SandboxName } from "../../nx/src/testing/sandbox-copy";

import { DEFAULT_PLUGIN_OPTIONS } from "../../nx/src/config/plugin-options";
import { HOST_FILE_CATALOG } from "../../nx/src/host-files/catalog";

export { lintSandboxFiles } from "../../nx/src/testing/sandbox-copy";

/** The host files the registrar edits in the default sandbox (FlowMaestro main, with the fixture system). */
export const HOST_FILES = HOST_FILE_CATALOG.filter((entry) => entry.registration).map(
    (entry) => DEFAULT_PLUGIN_OPTIONS[entry.option]
);

export interface CommandResult {
    code: number;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    env?: Record<string, string>;
    input?: string;
    /** Milliseconds before the command is killed (a hanging prompt fails the test instead). */
    timeout?: number;
}

export interface TestWorkspace {
    /** Absolute path of the temporary git repository. */
    root: string;
    /** Runs the real `nx` binary in the workspace (no daemon, no cloud, no colours). */
    nx(args: string[], options?: RunOptions): CommandResult;
    /** `nx` without blocking this process (a test can serve requests meanwhile). */
    nxAsync(args: string[], options?: RunOptions): Promise<CommandResult>;
    git(args: string[]): CommandResult;
    run(command: string, args: string[], options?: RunOptions): CommandResult;
    /** `tsc --noEmit --strict -p <project>` with the workspace's TypeScript. */
    tsc(project: string): CommandResult;
    path(relative: string): string;
    read(relative: string): string;
    write(relative: string, text: string): void;
    exists(relative: string): boolean;
    cleanup(): void;
}

export interface TestWorkspaceOptions {
    /** Which model era to assemble: "current" (FlowMaestro main, the default), "seed" (January 2026), ... (tools/model). */
    sandbox?: SandboxName;
    /** Options for the plugin's nx.json entry; omitted: the plugin is listed bare. */
    pluginOptions?: Record<string, unknown>;
    /** Leave nx.json without the plugin (to measure or test without it). */
    registerPlugin?: boolean;
    /** node_modules entries copied into the workspace rather than linked to this repo's. */
    copiedPackages?: string[];
    /** Prefix of the workspace's temporary folder name. */
    prefix?: string;
    /**
     * Load plugins in Nx's plugin workers, as Nx does by default (true), or in the nx process
     * itself (false, the e2e default). Workers cost every nx command about 1.3 s on two cores;
     * the specs of a first run (smoke, adoption) and `npm run e2e:real` keep them.
     */
    isolatePlugins?: boolean;
}

/**
 * A temporary git workspace of a model era (default: the base, FlowMaestro main) with @flowmaestro/nx installed from the tarball packed in
 * global setup. Set FM_KEEP_WORKSPACES=1 to keep it for debugging.
 */
export function createTestWorkspace(options: TestWorkspaceOptions = {}): TestWorkspace {
    const tarball = process.env.FM_PLUGIN_TARBALL;
    if (!tarball) {
        throw new Error(
            "FM_PLUGIN_TARBALL is not set: run the e2e tests through jest's globalSetup."
        );
    }
    const { isolatePlugins = false, ...sandboxOptions } = options;
    return createSandboxWorkspace({
        prefix: "fm-e2e-",
        ...sandboxOptions,
        tarball,
        nxEnv: { NX_ISOLATE_PLUGINS: String(isolatePlugins) }
    });
}

/** `nx g @flowmaestro/nx:integration-provider <args> --no-interactive` in the workspace. */
export function generateProvider(workspace: TestWorkspace, args: string[]): CommandResult {
    return workspace.nx(["g", "@flowmaestro/nx:integration-provider", ...args, "--no-interactive"]);
}

/** Replaces `from` in a workspace file; fails when it is not there (a test that edits nothing proves nothing). */
export function replaceInFile(
    workspace: TestWorkspace,
    file: string,
    from: string | RegExp,
    to: string
): void {
    const text = workspace.read(file);
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${String(from)} not found in ${file}`);
    workspace.write(file, edited);
}

/**
 * Whether `chattr +i` stops a write here: tests run as root, so chmod does not; the immutable
 * attribute does. False when it is not available (no e2fsprogs, no CAP_LINUX_IMMUTABLE, or a
 * file system without the attribute).
 */
export function immutableSupported(): boolean {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-chattr-"));
    const probe = path.join(dir, "probe");
    fs.writeFileSync(probe, "x");
    try {
        if (spawnSync("chattr", ["+i", probe]).status !== 0) return false;
        try {
            fs.writeFileSync(probe, "y");
            return false;
        } catch {
            return true;
        } finally {
            spawnSync("chattr", ["-i", probe]);
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/** Where runs of the plugin take the workspace's host-files lock. */
export const HOST_FILES_LOCK = ".nx/workspace-data/flowmaestro-nx/host-files.lock";

/** What a command printed, stdout then stderr (where messages are looked for). */
export function commandOutput(result: CommandResult): string {
    return result.stdout + result.stderr;
}

/** Writes the host-files lock as the live process `pid` running `command` would hold it. */
export function writeHostFilesLock(workspace: TestWorkspace, pid: number, command: string): void {
    fs.mkdirSync(path.dirname(workspace.path(HOST_FILES_LOCK)), { recursive: true });
    fs.writeFileSync(
        workspace.path(HOST_FILES_LOCK),
        JSON.stringify({
            root: fs.realpathSync(workspace.root),
            pid,
            hostname: os.hostname(),
            command,
            startedAt: new Date().toISOString(),
            token: "t"
        })
    );
}

/** Paths `git status --porcelain` reports as changed or new. */
export function changedFiles(workspace: TestWorkspace): string[] {
    return workspace
        .git(["status", "--porcelain", "--untracked-files=all"])
        .stdout.split("\n")
        .filter(Boolean)
        .map((line) => line.slice(3));
}

/** The one JSON document `verify-provider --format=json` prints, out of Nx's own output around it. */
export function jsonDocument(stdout: string) {
    const start = stdout.indexOf("{\n");
    const end = stdout.lastIndexOf("\n}") + 2;
    return JSON.parse(stdout.slice(start, end)) as {
        providers: {
            id: string;
            diagnostics: {
                ruleId: string;
                severity: string;
                file: string;
                line: number;
                column: number;
                message: string;
            }[];
        }[];
    };
}

/** `nx g integration-provider` args for `spec`, written to `specDir` (without webhooks), with extra flags. */
export function integrationProviderArgs(
    specDir: string,
    spec: Record<string, any>,
    ...extra: string[]
): string[] {
    const file = path.join(specDir, `${spec.id}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...spec, webhooks: undefined }, null, 2));
    return [
        "g",
        "@flowmaestro/nx:integration-provider",
        "--spec",
        file,
        "--no-interactive",
        ...extra
    ];
}

/** What `provider-operation` adds for `operation` to the provider folder `dir`: file and text. */
export function operationTraces(
    workspace: TestWorkspace,
    dir: string,
    operation: string
): Array<[string, string]> {
    const providerFile = fs
        .readdirSync(workspace.path(dir))
        .find((name) => name.endsWith("Provider.ts"))!;
    return [
        [`${dir}/operations/${operation}.ts`, `id: "${operation}"`],
        [`${dir}/operations/index.ts`, `"./${operation}"`],
        [`${dir}/${providerFile}`, `this.registerOperation(${operation}Operation);`],
        [`${dir}/${providerFile}`, `case "${operation}":`],
        [`${dir}/fixtures.ts`, `operationId: "${operation}"`]
    ];
}

/** The `file: text` pairs the workspace lacks. */
export function missingTexts(
    workspace: TestWorkspace,
    expected: Array<[string, string]>
): string[] {
    return expected
        .filter(([file, text]) => !workspace.exists(file) || !workspace.read(file).includes(text))
        .map(([file, text]) => `${file}: ${text}`);
}
