import type { ExecutorContext } from "@nx/devkit";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { errorMessage, projectRootOf } from "../verify-provider/options";
import { countErrors, formatReports } from "../verify-provider/reporter";
import { normalizeTestOptions } from "./options";
import type { TestProviderExecutorSchema } from "./schema";
import { testProviders } from "./test-providers";

/** Tests one provider project by running its own code with HTTP intercepted. */
export default async function testProviderExecutor(
    options: TestProviderExecutorSchema,
    context: ExecutorContext
): Promise<{ success: boolean }> {
    try {
        const normalized = normalizeTestOptions(options);
        const pluginOptions = pluginOptionsFromNxJson(context.nxJsonConfiguration);
        const root = projectRootOf(context, context.projectName!);
        const reports = await testProviders(context.root, pluginOptions, [root], normalized);
        process.stdout.write(formatReports(reports, normalized.format));
        return { success: reports.every((report) => countErrors(report.diagnostics) === 0) };
    } catch (error) {
        console.error(errorMessage(error));
        return { success: false };
    }
}
