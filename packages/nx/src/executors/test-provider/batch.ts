import type { ExecutorContext, TaskGraph } from "@nx/devkit";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import type { BatchTaskResult } from "../verify-provider/batch";
import { errorMessage, projectRootOf } from "../verify-provider/options";
import { countErrors, formatReports } from "../verify-provider/reporter";
import { normalizeTestOptions } from "./options";
import type { TestProviderExecutorSchema } from "./schema";
import { testProviders } from "./test-providers";

/**
 * Tests every provider of a batch in one probe process per distinct operation time-out (in
 * practice one): the host's loader, core modules and interceptors are set up once.
 */
export default async function* testProviderBatch(
    taskGraph: TaskGraph,
    inputs: Record<string, TestProviderExecutorSchema>,
    _overrides: TestProviderExecutorSchema,
    context: ExecutorContext
): AsyncGenerator<BatchTaskResult> {
    const groups = new Map<number, string[]>();
    for (const taskId of Object.keys(taskGraph.tasks)) {
        const { operationTimeout } = normalizeTestOptions(inputs[taskId] ?? {});
        groups.set(operationTimeout, [...(groups.get(operationTimeout) ?? []), taskId]);
    }
    const pluginOptions = pluginOptionsFromNxJson(context.nxJsonConfiguration);
    for (const [operationTimeout, taskIds] of groups) {
        const startTime = Date.now();
        const roots = taskIds.map((taskId) =>
            projectRootOf(context, taskGraph.tasks[taskId].target.project)
        );
        const outcome = await testProviders(context.root, pluginOptions, roots, {
            operationTimeout
        }).catch((error: unknown) => `${errorMessage(error)}\n`);
        const endTime = Date.now();
        for (const [index, task] of taskIds.entries()) {
            const report = typeof outcome === "string" ? undefined : outcome[index];
            const format = normalizeTestOptions(inputs[task] ?? {}).format;
            yield {
                task,
                result: {
                    success: !!report && countErrors(report.diagnostics) === 0,
                    terminalOutput: report ? formatReports([report], format) : (outcome as string),
                    startTime,
                    endTime
                }
            };
        }
    }
}
