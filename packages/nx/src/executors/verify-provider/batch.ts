import type { ExecutorContext, TaskGraph } from "@nx/devkit";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { deriveCommittedContracts } from "../../contracts/derive";
import { errorMessage, normalizeVerifyOptions, projectRootOf } from "./options";
import type { NormalizedVerifyOptions } from "./options";
import { countErrors, formatReports } from "./reporter";
import type { VerifyProviderExecutorSchema } from "./schema";
import { verifyProviders } from "./verify";

/** What Nx expects a batch implementation to yield per task (not exported by @nx/devkit). */
export interface BatchTaskResult {
    task: string;
    result: { success: boolean; terminalOutput: string; startTime: number; endTime: number };
}

/**
 * Verifies every task of a batch with one read of the cross-cutting files and one TypeScript
 * program per distinct (typecheck, compiler, incremental) options — in practice exactly one — and
 * yields a result per task.
 */
export default async function* verifyProviderBatch(
    taskGraph: TaskGraph,
    inputs: Record<string, VerifyProviderExecutorSchema>,
    _overrides: VerifyProviderExecutorSchema,
    context: ExecutorContext
): AsyncGenerator<BatchTaskResult> {
    const groups = new Map<string, { options: NormalizedVerifyOptions; taskIds: string[] }>();
    for (const taskId of Object.keys(taskGraph.tasks)) {
        const options = normalizeVerifyOptions(inputs[taskId] ?? {});
        const key = `${options.typecheck}:${options.compiler}:${options.incremental}`;
        const group = groups.get(key) ?? { options, taskIds: [] };
        group.taskIds.push(taskId);
        groups.set(key, group);
    }
    const pluginOptions = pluginOptionsFromNxJson(context.nxJsonConfiguration);
    for (const { options, taskIds } of groups.values()) {
        const startTime = Date.now();
        const roots = taskIds.map((taskId) =>
            projectRootOf(context, taskGraph.tasks[taskId].target.project)
        );
        let reports;
        try {
            const derivedContracts = await deriveCommittedContracts(
                context.root,
                pluginOptions,
                roots
            );
            reports = verifyProviders(context.root, pluginOptions, roots, {
                ...options,
                derivedContracts
            });
        } catch (error) {
            const terminalOutput = `${errorMessage(error)}\n`;
            for (const task of taskIds) {
                yield {
                    task,
                    result: { success: false, terminalOutput, startTime, endTime: Date.now() }
                };
            }
            continue;
        }
        const endTime = Date.now();
        for (const [index, task] of taskIds.entries()) {
            const report = reports[index];
            const format = normalizeVerifyOptions(inputs[task] ?? {}).format;
            yield {
                task,
                result: {
                    success: countErrors(report.diagnostics) === 0,
                    terminalOutput: formatReports([report], format),
                    startTime,
                    endTime
                }
            };
        }
    }
}
