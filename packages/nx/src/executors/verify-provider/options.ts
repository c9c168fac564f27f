import type { ExecutorContext } from "@nx/devkit";
import { FlowmaestroError } from "../../utils/errors";
import type { OutputFormat } from "./reporter";
import type { VerifyProviderExecutorSchema } from "./schema";
import type { Compiler } from "./typecheck";

export interface NormalizedVerifyOptions {
    format: OutputFormat;
    typecheck: boolean;
    compiler: Compiler;
    incremental: boolean;
}

export function normalizeVerifyOptions(
    options: VerifyProviderExecutorSchema
): NormalizedVerifyOptions {
    return {
        format: options.format ?? "human",
        typecheck: options.typecheck ?? true,
        compiler: options.compiler ?? "tsc",
        incremental: options.incremental ?? true
    };
}

/** Workspace-relative root of the project a task runs for. */
export function projectRootOf(
    context: Pick<ExecutorContext, "projectsConfigurations">,
    project: string
): string {
    const configuration = context.projectsConfigurations.projects[project];
    if (!configuration) {
        throw new FlowmaestroError(`verify-provider: unknown project "${project}".`);
    }
    return configuration.root;
}

/** Message of an error for the terminal: user errors without their stack. */
export function errorMessage(error: unknown): string {
    if (error instanceof FlowmaestroError) return error.message;
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
