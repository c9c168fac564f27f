import type { Diagnostic } from "./rule";
import type { ProviderReport } from "./verify";

export type OutputFormat = "human" | "json";

export function countErrors(diagnostics: readonly Diagnostic[]): number {
    return diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function humanLine(diagnostic: Diagnostic): string {
    const [first, ...rest] = diagnostic.message.split("\n");
    const head = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.ruleId}  ${first}`;
    return [head, ...rest.map((line) => `    ${line}`)].join("\n");
}

/** Linter-style lines, then one summary line per provider. */
export function formatHuman(reports: readonly ProviderReport[]): string {
    const lines: string[] = [];
    for (const report of reports) {
        lines.push(...report.diagnostics.map(humanLine));
        const errors = countErrors(report.diagnostics);
        const warnings = report.diagnostics.length - errors;
        lines.push(
            `${errors > 0 ? "✖" : "✔"} provider ${report.id}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`
        );
    }
    return `${lines.join("\n")}\n`;
}

/** The `--format=json` document (docs/rules.md). */
export function formatJson(reports: readonly ProviderReport[]): string {
    return `${JSON.stringify({ providers: reports.map(({ id, diagnostics }) => ({ id, diagnostics })) }, null, 2)}\n`;
}

export function formatReports(reports: readonly ProviderReport[], format: OutputFormat): string {
    return format === "json" ? formatJson(reports) : formatHuman(reports);
}
