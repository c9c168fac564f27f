import type { ProviderFolderFacts } from "../../provider-source/provider-folder";
import type { Diagnostic, Rule } from "./rule";

/** Runs rules and turns their findings into located diagnostics. */
export function runRules<Context extends { provider: ProviderFolderFacts }>(
    rules: readonly Rule<Context>[],
    context: Context
): Diagnostic[] {
    const { sources, providerFile } = context.provider;
    const defaultFile = providerFile ? sources.workspacePath(providerFile) : sources.dir;
    return rules.flatMap((rule) =>
        rule.check(context).map((finding) => ({
            ruleId: rule.id,
            severity: finding.severity ?? rule.severity,
            file: finding.file ?? defaultFile,
            line: finding.position?.line ?? 1,
            column: finding.position?.column ?? 1,
            message: finding.message,
            ...(finding.operationId !== undefined && { operationId: finding.operationId })
        }))
    );
}
