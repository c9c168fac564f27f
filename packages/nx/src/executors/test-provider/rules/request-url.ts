import { atOperation, atText, runsOf } from "../rule";
import type { RuntimeContext, RuntimeRule } from "../rule";
import type { ObservedRun } from "../probe/observations";

/** What a URL built from missing or unconverted values holds. */
function urlProblems(url: string): string[] {
    const decoded = safeDecode(url);
    const problems: string[] = [];
    const template = /\$\{[^}]*\}?/.exec(decoded);
    if (template) problems.push(`unresolved template text \`${template[0]}\``);
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

/** The unresolved `${...}` text as written in the source, where it is written literally. */
function located(context: RuntimeContext, run: ObservedRun, url: string) {
    const template = /\$\{[^}]*\}/.exec(safeDecode(url));
    return (template && atText(context, template[0])) || atOperation(context, run.operationId);
}

export const requestUrl: RuntimeRule = {
    id: "runtime/request-url",
    severity: "error",
    description:
        "Request URLs hold no unresolved template text (`${`), `undefined`, `null`, `NaN`, `[object Object]` or empty path segment.",
    check(context) {
        return runsOf(context, "fixture").flatMap((run) =>
            run.requests.flatMap((request) => {
                const problems = urlProblems(request.url);
                if (problems.length === 0) return [];
                return [
                    {
                        ...located(context, run, request.url),
                        operationId: run.operationId,
                        message: `"${run.operationId}" sent ${request.method} ${request.url} with ${problems.join(", ")} (fixture "${run.caseName ?? "validCases[0]"}"). Build the URL from the parsed input with a template literal (backticks) and check that every value it uses is set.`
                    }
                ];
            })
        );
    }
};
