import type * as ts from "typescript";
import type { Diagnostic } from "../rule";

/** What a type check of providers is given and gives back, whichever compiler runs it. */

export const TYPECHECK_RULE_ID = "typecheck";
export type Compiler = "tsc" | "tsgo";

/** A provider to type-check: its folder and its TypeScript files, workspace-relative. */
export interface TypecheckTarget {
    id: string;
    dir: string;
    files: string[];
}

export interface TypecheckResult {
    /** Diagnostics keyed by provider id. */
    diagnostics: Map<string, Diagnostic[]>;
    /** The program's parse of a workspace file (tsc only), so rules need not parse it again. */
    sourceFile?: (workspacePath: string) => ts.SourceFile | undefined;
}

export function toPosix(file: string): string {
    return file.replace(/\\/g, "/");
}

/** Splits diagnostics by provider folder; diagnostics outside every folder go to no provider. */
export function byProvider(
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
