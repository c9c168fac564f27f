import type { ExecutorContext } from "@nx/devkit";
import { pluginOptionsFromNxJson } from "../../config/plugin-options";
import { checkReferences, type ReferenceCheck } from "../../references/check";
import { errorMessage } from "../verify-provider/options";
import type { CheckReferencesExecutorSchema } from "./schema";

/** Linter-style lines, then what was read and how much of it could not be checked. */
export function formatHuman(check: ReferenceCheck): string {
    const lines = check.problems.map(
        (problem) =>
            `${problem.file}:${problem.line}:${problem.column}  ${problem.problem}  ${problem.message}`
    );
    const broken = check.problems.length;
    const unchecked = check.unchecked.reduce((sum, provider) => sum + provider.references, 0);
    lines.push(
        `${broken === 0 ? "✔" : "✖"} ${check.references} workflow references in ${check.files.length} file(s): ${broken} broken${unchecked > 0 ? `, ${unchecked} not checked (no contract)` : ""}.`
    );
    return `${lines.join("\n")}\n`;
}

/** Providers without a contract: their references are not checked, which must not go unnoticed. */
export function formatUnchecked(check: ReferenceCheck): string {
    return check.unchecked
        .map(
            ({ provider, contract, references }) =>
                `warning: ${references} reference(s) to provider "${provider}" not checked: ${contract} does not exist (run nx sync to write it).\n`
        )
        .join("");
}

/** Resolves the workspace's workflow references against the providers' contracts. */
export default async function checkReferencesExecutor(
    options: CheckReferencesExecutorSchema,
    context: ExecutorContext
): Promise<{ success: boolean }> {
    try {
        const check = checkReferences(
            context.root,
            pluginOptionsFromNxJson(context.nxJsonConfiguration)
        );
        process.stderr.write(formatUnchecked(check));
        process.stdout.write(
            options.format === "json"
                ? `${JSON.stringify({ references: check.problems }, null, 2)}\n`
                : formatHuman(check)
        );
        return { success: check.problems.length === 0 };
    } catch (error) {
        console.error(errorMessage(error));
        return { success: false };
    }
}
