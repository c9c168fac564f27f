import * as path from "path";
import type * as ts from "typescript";
import { writeFileAtomically } from "../cache-folder";
import type { Diagnostic } from "../rule";
import { buildInfoFile } from "./build-info";
import { byProvider, toPosix, TYPECHECK_RULE_ID } from "./diagnostics";
import type { TypecheckResult, TypecheckTarget } from "./diagnostics";
import { configParseHost, loadTypeScript, NO_INPUTS } from "./host-typescript";
import type { TypeScript } from "./host-typescript";

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
export function typecheckWithTsc(
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
