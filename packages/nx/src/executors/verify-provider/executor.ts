import type { ExecutorContext } from "@nx/devkit";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { deriveCommittedContracts } from "../../contracts/derive";
import { errorMessage, normalizeVerifyOptions, projectRootOf } from "./options";
import { countErrors, formatReports } from "./reporter";
import type { VerifyProviderExecutorSchema } from "./schema";
import { verifyProviders } from "./verify";

/** Verifies one provider project: rules, registrations and (unless disabled) the type check. */
export default async function verifyProviderExecutor(
    options: VerifyProviderExecutorSchema,
    context: ExecutorContext
): Promise<{ success: boolean }> {
    try {
        const normalized = normalizeVerifyOptions(options);
        const pluginOptions = pluginOptionsFromNxJson(context.nxJsonConfiguration);
        const root = projectRootOf(context, context.projectName!);
        const derivedContracts = await deriveCommittedContracts(context.root, pluginOptions, [
            root
        ]);
        const reports = verifyProviders(context.root, pluginOptions, [root], {
            ...normalized,
            derivedContracts
        });
        process.stdout.write(formatReports(reports, normalized.format));
        return { success: reports.every((report) => countErrors(report.diagnostics) === 0) };
    } catch (error) {
        console.error(errorMessage(error));
        return { success: false };
    }
}
