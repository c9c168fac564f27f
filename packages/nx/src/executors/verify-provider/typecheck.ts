import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type * as ts from "typescript";
import { FlowmaestroError } from "../../utils/errors";
import type { Diagnostic } from "./rule";

export const TYPECHECK_RULE_ID = "typecheck";
export type Compiler = "tsc" | "tsgo";

/** A provider to type-check: its folder and its TypeScript files, workspace-relative. */
export interface TypecheckTarget {
    id: string;
    dir: string;
    files: string[];
}

type TypeScript = typeof ts;

export interface TypecheckResult {
    /** Diagnostics keyed by provider id. */
    diagnostics: Map<string, Diagnostic[]>;
    /** The program's parse of a workspace file (tsc only), so rules need not parse it again. */
    sourceFile?: (workspacePath: string) => ts.SourceFile | undefined;
}

function toPosix(file: string): string {
    return file.replace(/\\/g, "/");
}

/** The host workspace's `typescript` (what its own `tsc` uses), else the plugin's. */
export function loadTypeScript(workspaceRoot: string): TypeScript {
    try {
        return require(require.resolve("typescript", { paths: [workspaceRoot] })) as TypeScript;
    } catch {
        return require("typescript") as TypeScript;
    }
}

/** Where the plugin keeps what it reuses between runs. */
const CACHE_DIR = "node_modules/.cache/flowmaestro-nx";

/** A folder of the plugin's cache, created, with only its `keep` newest files kept. */
export function pluginCacheDir(workspaceRoot: string, kind: string, keep: number): string {
    const dir = path.join(workspaceRoot, CACHE_DIR, kind);
    fs.mkdirSync(dir, { recursive: true });
    const files = fs
        .readdirSync(dir)
        .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
    for (const { name } of files.slice(keep)) fs.rmSync(path.join(dir, name), { force: true });
    return dir;
}

/** Writes a file whole or not at all: a concurrent run must never read half of it. */
export function writeFileAtomically(file: string, text: string): void {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
}

/**
 * The build-info file of a compiler run over exactly these root files, so that the next run over
 * the same providers re-checks only what changed since (TypeScript's `incremental`: it compares
 * file hashes and options, and drops the info when its version differs). One file per root set:
 * runs over other providers would evict each other's results. Older files are pruned.
 */
function buildInfoFile(
    workspaceRoot: string,
    compiler: Compiler,
    configPath: string,
    roots: string[]
): string {
    const key = createHash("sha256")
        .update(
            [
                compiler,
                path.relative(workspaceRoot, configPath),
                ...roots.map((file) => path.relative(workspaceRoot, file)).sort()
            ].join("\n")
        )
        .digest("hex")
        .slice(0, 32);
    // One file per set of providers checked together, the 64 newest.
    return path.join(
        pluginCacheDir(workspaceRoot, "tsbuildinfo", 64),
        `${compiler}-${key}.tsbuildinfo`
    );
}

/**
 * A host for parsing the tsconfig that does not expand its `include` globs: which files a full
 * build checks does not matter to a program rooted at provider files (the walk of backend/src
 * costs ~0.2 s on FlowMaestro). The resulting "no inputs" error (18003) is ignored.
 */
function configParseHost(typescript: TypeScript): ts.ParseConfigHost {
    return {
        useCaseSensitiveFileNames: typescript.sys.useCaseSensitiveFileNames,
        fileExists: typescript.sys.fileExists,
        readFile: typescript.sys.readFile,
        readDirectory: () => []
    };
}

const NO_INPUTS = 18003;

/** Splits diagnostics by provider folder; diagnostics outside every folder go to no provider. */
function byProvider(
    targets: TypecheckTarget[],
    diagnostics: Diagnostic[]
): Map<string, Diagnostic[]> {
    const result = new Map(targets.map((target) => [target.id, [] as Diagnostic[]]));
    for (const diagnostic of diagnostics) {
        const owner = targets.find((target) => diagnostic.file.startsWith(`${target.dir}/`));
        if (owner) result.get(owner.id)!.push(diagnostic);
    }
    return result;
}

/** Problems with the tsconfig itself: every provider fails on them. */
function configDiagnostics(
    targets: TypecheckTarget[],
    tsconfig: string,
    messages: string[]
): Map<string, Diagnostic[]> {
    return new Map(
        targets.map((target) => [
            target.id,
            messages.map((message) => ({
                ruleId: TYPECHECK_RULE_ID,
                severity: "error" as const,
                file: tsconfig,
                line: 1,
                column: 1,
                message
            }))
        ])
    );
}

function convert(
    typescript: TypeScript,
    workspaceRoot: string,
    diagnostic: ts.Diagnostic
): Diagnostic | undefined {
    const severity =
        diagnostic.category === typescript.DiagnosticCategory.Error
            ? "error"
            : diagnostic.category === typescript.DiagnosticCategory.Warning
              ? "warning"
              : undefined;
    if (!severity || !diagnostic.file || diagnostic.start === undefined) return undefined;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return {
        ruleId: TYPECHECK_RULE_ID,
        severity,
        file: toPosix(path.relative(workspaceRoot, diagnostic.file.fileName)),
        line: line + 1,
        column: character + 1,
        message: `TS${diagnostic.code}: ${typescript.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`
    };
}

/**
 * Type-checks providers with ONE program whose roots are only the providers' files (plus whatever
 * they import), using the host's tsconfig options. Only the providers' own files are checked, so a
 * provider costs its import closure, not the whole backend; with `incremental`, only those that
 * changed since the last run over the same providers.
 */
function typecheckWithTsc(
    workspaceRoot: string,
    tsconfig: string,
    targets: TypecheckTarget[],
    incremental: boolean
): TypecheckResult {
    const typescript = loadTypeScript(workspaceRoot);
    const configPath = path.join(workspaceRoot, tsconfig);
    const formatHost: ts.FormatDiagnosticsHost = {
        getCanonicalFileName: (file) => file,
        getCurrentDirectory: () => workspaceRoot,
        getNewLine: () => "\n"
    };
    const read = typescript.readConfigFile(configPath, typescript.sys.readFile);
    if (read.error) {
        return {
            diagnostics: configDiagnostics(targets, tsconfig, [
                typescript.formatDiagnostic(read.error, formatHost).trim()
            ])
        };
    }
    const parsed = typescript.parseJsonConfigFileContent(
        read.config,
        configParseHost(typescript),
        path.dirname(configPath),
        { noEmit: true },
        configPath
    );
    const configErrors = parsed.errors.filter((error) => error.code !== NO_INPUTS);
    if (configErrors.length > 0) {
        return {
            diagnostics: configDiagnostics(
                targets,
                tsconfig,
                configErrors.map((error) => typescript.formatDiagnostic(error, formatHost).trim())
            )
        };
    }
    const rootNames = targets.flatMap((target) =>
        target.files.map((file) => path.join(workspaceRoot, file))
    );
    const options: ts.CompilerOptions = {
        ...parsed.options,
        noEmit: true,
        composite: false,
        incremental: incremental,
        tsBuildInfoFile: incremental
            ? buildInfoFile(workspaceRoot, "tsc", configPath, rootNames)
            : undefined
    };
    const host = typescript.createIncrementalCompilerHost(options);
    host.writeFile = (file, text) => writeFileAtomically(file, text);
    const builder = incremental
        ? typescript.createIncrementalProgram({
              rootNames,
              options,
              projectReferences: parsed.projectReferences,
              host
          })
        : typescript.createSemanticDiagnosticsBuilderProgram(
              rootNames,
              options,
              host,
              undefined,
              undefined,
              parsed.projectReferences
          );
    const program = builder.getProgram();
    const global = [...builder.getOptionsDiagnostics(), ...builder.getGlobalDiagnostics()];
    if (global.some((d) => d.category === typescript.DiagnosticCategory.Error)) {
        return {
            diagnostics: configDiagnostics(
                targets,
                tsconfig,
                global.map((d) => typescript.formatDiagnostic(d, formatHost).trim())
            )
        };
    }
    // Check the files that changed since the build info (all of them the first time) and what
    // they affect, skipping every file that is not a provider's: that is what gets the checks
    // recorded, so the next run over the same providers does not repeat them.
    const roots = new Set(rootNames.map((file) => program.getSourceFile(file)?.fileName));
    while (
        builder.getSemanticDiagnosticsOfNextAffectedFile(
            undefined,
            (file) => !roots.has(file.fileName)
        )
    );
    const diagnostics: Diagnostic[] = [];
    for (const target of targets) {
        for (const file of target.files) {
            const sourceFile = program.getSourceFile(path.join(workspaceRoot, file));
            if (!sourceFile) continue;
            for (const diagnostic of [
                ...builder.getSyntacticDiagnostics(sourceFile),
                ...builder.getSemanticDiagnostics(sourceFile)
            ]) {
                const converted = convert(typescript, workspaceRoot, diagnostic);
                if (converted) diagnostics.push(converted);
            }
        }
    }
    // With noEmit, emitting writes only the build info (the checks just made).
    if (incremental) builder.emit();
    return {
        diagnostics: byProvider(targets, diagnostics),
        sourceFile: (workspacePath) =>
            program.getSourceFile(path.join(workspaceRoot, workspacePath))
    };
}

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
function typecheckWithTsgo(
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
    const cacheDir = path.join(workspaceRoot, CACHE_DIR);
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

/** Type-checks all targets with one compiler run. */
export function typecheckProviders(
    workspaceRoot: string,
    tsconfig: string,
    targets: TypecheckTarget[],
    compiler: Compiler = "tsc",
    incremental = true
): TypecheckResult {
    if (targets.length === 0) return { diagnostics: new Map() };
    return compiler === "tsgo"
        ? typecheckWithTsgo(workspaceRoot, tsconfig, targets, incremental)
        : typecheckWithTsc(workspaceRoot, tsconfig, targets, incremental);
}
