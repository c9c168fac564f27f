import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { FlowmaestroError } from "../../../utils/errors";
import { PLUGIN_CACHE_DIR } from "../cache-folder";
import type { Diagnostic } from "../rule";
import { buildInfoFile } from "./build-info";
import { byProvider, toPosix, TYPECHECK_RULE_ID } from "./diagnostics";
import type { TypecheckResult, TypecheckTarget } from "./diagnostics";
import { configParseHost, loadTypeScript } from "./host-typescript";

/** The native compiler's binary from the workspace's `@typescript/native-preview`. */
function findTsgo(workspaceRoot: string): string {
    try {
        const manifestPath = require.resolve("@typescript/native-preview/package.json", {
            paths: [workspaceRoot]
        });
        const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
            bin?: Record<string, string>;
        };
        const bin = manifest.bin?.tsgo;
        if (bin) return path.join(path.dirname(manifestPath), bin);
    } catch {
        // reported below
    }
    throw new FlowmaestroError(
        "--compiler=tsgo needs the native TypeScript compiler in the workspace: run `npm install -D @typescript/native-preview`, or use --compiler=tsc."
    );
}

const TSGO_LINE = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;

/** Parses `file(line,col): error TSxxxx: message` output (continuation lines are indented). */
export function parseCompilerOutput(
    output: string,
    workspaceRoot: string,
    cwd: string
): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    for (const line of output.split(/\r?\n/)) {
        const match = TSGO_LINE.exec(line);
        if (match) {
            const [, file, row, column, severity, code, message] = match;
            diagnostics.push({
                ruleId: TYPECHECK_RULE_ID,
                severity: severity as Diagnostic["severity"],
                file: toPosix(path.relative(workspaceRoot, path.resolve(cwd, file))),
                line: Number(row),
                column: Number(column),
                message: `${code}: ${message}`
            });
        } else if (/^\s+\S/.test(line) && diagnostics.length > 0) {
            diagnostics[diagnostics.length - 1].message += `\n${line.trim()}`;
        }
    }
    return diagnostics;
}

/**
 * Type-checks with the native compiler (`tsgo`) through a temporary tsconfig that extends the
 * host's and lists only the providers' files. tsgo rejects `moduleResolution: node`/`node10`, so
 * those configs are checked with `bundler` resolution (same lookups for relative imports and
 * packages with `main`/`types`).
 */
export function typecheckWithTsgo(
    workspaceRoot: string,
    tsconfig: string,
    targets: TypecheckTarget[],
    incremental: boolean
): TypecheckResult {
    const tsgo = findTsgo(workspaceRoot);
    const typescript = loadTypeScript(workspaceRoot);
    const configPath = path.join(workspaceRoot, tsconfig);
    const read = typescript.readConfigFile(configPath, typescript.sys.readFile);
    const parsed = typescript.parseJsonConfigFileContent(
        read.config ?? {},
        configParseHost(typescript),
        path.dirname(configPath)
    );
    const resolution = parsed.options.moduleResolution;
    const legacyResolution =
        resolution === undefined ||
        resolution === typescript.ModuleResolutionKind.Node10 ||
        resolution === typescript.ModuleResolutionKind.Classic;
    const cacheDir = path.join(workspaceRoot, PLUGIN_CACHE_DIR);
    fs.mkdirSync(cacheDir, { recursive: true });
    const tempConfig = path.join(cacheDir, `tsconfig.verify-${process.pid}-${Date.now()}.json`);
    const files = targets.flatMap((target) =>
        target.files.map((file) => path.join(workspaceRoot, file))
    );
    fs.writeFileSync(
        tempConfig,
        JSON.stringify({
            extends: configPath,
            compilerOptions: {
                noEmit: true,
                composite: false,
                incremental,
                ...(incremental
                    ? { tsBuildInfoFile: buildInfoFile(workspaceRoot, "tsgo", configPath, files) }
                    : {}),
                ...(legacyResolution ? { module: "esnext", moduleResolution: "bundler" } : {})
            },
            files,
            include: []
        })
    );
    try {
        const result = spawnSync(tsgo, ["-p", tempConfig, "--pretty", "false"], {
            cwd: workspaceRoot,
            encoding: "utf8",
            maxBuffer: 256 * 1024 * 1024
        });
        if (result.error) throw result.error;
        const diagnostics = parseCompilerOutput(result.stdout, workspaceRoot, workspaceRoot);
        if (result.status !== 0 && diagnostics.length === 0) {
            throw new FlowmaestroError(
                `tsgo failed without diagnostics (exit ${result.status}): ${(result.stderr || result.stdout).trim()}`
            );
        }
        return { diagnostics: byProvider(targets, diagnostics) };
    } finally {
        fs.rmSync(tempConfig, { force: true });
    }
}
