import { atOperation, runsOf } from "../rule";
import type { RuntimeContext, RuntimeRule } from "../rule";
import type { ObservedRun } from "../probe/observations";

/**
 * What a URL built from missing or unconverted values holds. With `{}` as input (mode `empty`)
 * missing values are expected: only text a plain-quoted template left is a problem then.
 */
function urlProblems(url: string, mode: ObservedRun["mode"]): string[] {
    const decoded = safeDecode(url);
    const problems: string[] = [];
    const template = /\$\{[^}]*\}?/.exec(decoded);
    if (template) problems.push(`unresolved template text \`${template[0]}\``);
    if (mode === "empty") return problems;
    if (decoded.includes("[object Object]")) problems.push("`[object Object]`");
    const parsed = new URL(url);
    const segments = parsed.pathname.split("/").slice(1).map(safeDecode);
    for (const word of ["undefined", "null", "NaN"]) {
        const inQuery = [...parsed.searchParams.values()].includes(word);
        if (segments.includes(word) || inQuery) problems.push(`\`${word}\``);
    }
    if (segments.slice(0, -1).includes("")) problems.push("an empty path segment (`//`)");
    return problems;
}

function safeDecode(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}

/**
 * Where the unresolved `${...}` text is written inside plain quotes (the operation's own file
 * first), else the operation's executor.
 */
function located(context: RuntimeContext, run: ObservedRun, url: string) {
    const template = /\$\{[^}]*\}/.exec(safeDecode(url));
    const operation = atOperation(context, run.operationId);
    if (!template) return operation;
    const quoted = new RegExp(`["'][^"'\`\n]*${escapeRegExp(template[0])}`);
    const { sources } = context.provider;
    const ownFirst = sources
        .typeScriptFiles()
        .sort(
            (a, b) =>
                Number(sources.workspacePath(a) !== operation.file) -
                Number(sources.workspacePath(b) !== operation.file)
        );
    for (const relative of ownFirst) {
        const content = sources.files.get(relative) ?? "";
        const match = quoted.exec(content);
        if (!match) continue;
        const file = sources.workspacePath(relative);
        const offset = match.index + match[0].indexOf("${");
        const before = content.slice(0, offset).split("\n");
        return {
            file,
            position: { line: before.length, column: before[before.length - 1].length + 1 }
        };
    }
    return operation;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const requestUrl: RuntimeRule = {
    id: "runtime/request-url",
    severity: "error",
    description:
        "Request URLs hold no unresolved template text (`${`, located at the plain-quoted string that left it), `undefined`, `null`, `NaN`, `[object Object]` or empty path segment; a run with `{}` is checked for template text too.",
    check(context) {
        const fixtureRuns = runsOf(context, "fixture");
        const withFixture = new Set(fixtureRuns.map((run) => run.operationId));
        // An operation without a fixture input still shows plain-quoted text when run with {}.
        const runs = [
            ...fixtureRuns,
            ...runsOf(context, "empty").filter((run) => !withFixture.has(run.operationId))
        ];
        return runs.flatMap((run) =>
            run.requests.flatMap((request) => {
                const problems = urlProblems(request.url, run.mode);
                if (problems.length === 0) return [];
                return [
                    {
                        ...located(context, run, request.url),
                        operationId: run.operationId,
                        message: `"${run.operationId}" sent ${request.method} ${request.url} with ${problems.join(", ")} (${run.mode === "empty" ? "input {}" : `fixture "${run.caseName ?? "validCases[0]"}"`}). Build the URL from the parsed input with a template literal (backticks) and check that every value it uses is set.`
                    }
                ];
            })
        );
    }
};
