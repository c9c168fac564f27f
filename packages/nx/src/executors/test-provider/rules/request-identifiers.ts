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

/** Query values sent as base64 JSON (`?data=W3si...`, as analytics APIs take events). */
function base64Values(url: string): string[] {
    return [...new URL(url).searchParams.values()]
        .filter((value) => value.length >= 8 && /^[A-Za-z0-9+/=_-]+$/.test(value))
        .map((value) => Buffer.from(value, "base64").toString("utf8"));
}

/**
 * The forms a value travels in: itself, and for a typed reference (`urn:li:ugcPost:715...`) its
 * last part, which an executor may put in another reference form.
 */
function forms(value: string): string[] {
    const last = value.split(/[:/]/).pop() ?? "";
    return last !== value && last.length >= 6 ? [value, last] : [value];
}

/** Whether a value travels in a request: URL, body (raw or JSON-escaped) or a header. */
function carries(request: ObservedRequest, value: string): boolean {
    return forms(value).some((form) => carriesText(request, form));
}

function carriesText(request: ObservedRequest, value: string): boolean {
    const escaped = JSON.stringify(value).slice(1, -1);
    return (
        decoded(request.url).includes(value) ||
        base64Values(request.url).some((text) => text.includes(value)) ||
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
        "Every identifier-like input (`id`, `*Id`, `*_id`) of the fixture input a successful run was given appears in a request it sends.",
    check(context) {
        return runsOf(context, "fixture").flatMap((run) => {
            // A run that failed may have stopped before the request that carries it.
            if (run.requests.length === 0 || !run.result?.success) return [];
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
