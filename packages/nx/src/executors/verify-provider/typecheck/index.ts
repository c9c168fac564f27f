import type { Compiler, TypecheckResult, TypecheckTarget } from "./diagnostics";
import { typecheckWithTsc } from "./tsc";
import { typecheckWithTsgo } from "./tsgo";

export type { Compiler, TypecheckResult, TypecheckTarget } from "./diagnostics";

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
