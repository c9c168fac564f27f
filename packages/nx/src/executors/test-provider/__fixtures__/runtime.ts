import * as fs from "fs";
import * as path from "path";
import { OPTIONS, SANDBOX_ROOT, sandboxProvider } from "../../verify-provider/__fixtures__/sandbox";
import type { FileEdits } from "../../verify-provider/__fixtures__/sandbox";
import { runRules } from "../../verify-provider/run-rules";
import type { Diagnostic } from "../../verify-provider/rule";
import type { ObservedCase, ObservedRun, ProviderObservations } from "../probe/observations";
import type { RuntimeRule } from "../rule";

/** A rule's diagnostics for a model provider's source and hand-written observations. */
export function checkRuntime(
    rule: RuntimeRule,
    providerId: string,
    observed: Partial<ProviderObservations>,
    edits: FileEdits = {}
): Diagnostic[] {
    return runRules([rule], {
        provider: sandboxProvider(providerId, edits),
        observed: { id: providerId, operations: [], runs: [], ...observed }
    });
}

export function observedCase(
    overrides: Partial<ObservedCase> & { operationId: string }
): ObservedCase {
    return { fixtureIndex: 0, kind: "valid", index: 0, input: {}, ...overrides };
}

export function observedRun(
    overrides: Partial<ObservedRun> & { operationId: string }
): ObservedRun {
    return {
        mode: "fixture",
        input: {},
        result: { success: true },
        requests: [],
        ...overrides
    };
}

export function request(method: string, url: string, body = ""): ObservedRun["requests"][number] {
    return { method, url, headers: {}, body };
}

export function providerFile(providerId: string, relative: string): string {
    return `${OPTIONS.providersDir}/${providerId}/${relative}`;
}

/**
 * The 1-based line where the first element of `<kind>Cases` of the fixture for `operationId`
 * starts in a model provider's fixtures.ts (found by shape, not by the cases' text).
 */
export function firstCaseLine(providerId: string, operationId: string, kind = "valid"): number {
    const text = fs.readFileSync(
        path.join(SANDBOX_ROOT, providerFile(providerId, "fixtures.ts")),
        "utf8"
    );
    const fixture = text.indexOf(`operationId: "${operationId}"`);
    const list = text.indexOf(`${kind}Cases: [`, fixture);
    const element = text.indexOf("{", list);
    if (fixture < 0 || list < 0) throw new Error(`no ${kind}Cases for ${operationId}`);
    return text.slice(0, element).split("\n").length;
}
