import { atOperation, runsOf } from "../rule";
import type { RuntimeRule } from "../rule";
import type { ObservedRequest } from "../probe/observations";

/** Input keys that name a record: `id`, `channelId`, `lead_id`, `workbookID`. */
const IDENTIFIER_KEY = /^id$|Id$|_id$|ID$/;

/** Top-level identifier inputs with a value distinctive enough to look for (3+ characters). */
function identifierInputs(input: unknown): [string, string][] {
    if (!input || typeof input !== "object" || Array.isArray(input)) return [];
    return Object.entries(input).flatMap(([key, value]) =>
        IDENTIFIER_KEY.test(key) &&
        (typeof value === "string" || typeof value === "number") &&
        String(value).length >= 3
            ? [[key, String(value)] as [string, string]]
            : []
    );
}

function decoded(text: string): string {
    try {
        return decodeURIComponent(text.replace(/\+/g, " "));
    } catch {
        return text;
    }
}

/** Whether a value travels in a request: URL, body (raw or JSON-escaped) or a header. */
function carries(request: ObservedRequest, value: string): boolean {
    const escaped = JSON.stringify(value).slice(1, -1);
    return (
        decoded(request.url).includes(value) ||
        request.body.includes(value) ||
        request.body.includes(escaped) ||
        decoded(request.body).includes(value) ||
        Object.values(request.headers).some((header) => header.includes(value))
    );
}

export const requestIdentifiers: RuntimeRule = {
    id: "runtime/request-identifiers",
    severity: "error",
    description:
        "Every identifier-like input (`id`, `*Id`, `*_id`) of the fixture input an operation runs with appears in a request it sends.",
    check(context) {
        return runsOf(context, "fixture").flatMap((run) => {
            if (run.requests.length === 0) return [];
            const missing = identifierInputs(run.input).filter(
                ([, value]) => !run.requests.some((request) => carries(request, value))
            );
            if (missing.length === 0) return [];
            return [
                {
                    ...atOperation(context, run.operationId),
                    operationId: run.operationId,
                    message: `"${run.operationId}" was given ${missing.map(([key, value]) => `${key} "${value}"`).join(", ")} (fixture "${run.caseName ?? "validCases[0]"}") but no request it sent carries ${missing.length === 1 ? "it" : "them"} (sent: ${run.requests.map((request) => `${request.method} ${request.url}`).join(", ")}). Put the identifier in the URL, query or body, or fix the input key if the schema names it differently.`
                }
            ];
        });
    }
};
