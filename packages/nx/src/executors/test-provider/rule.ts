import { locateFixtures } from "../../provider-source/fixtures";
import type { ProviderFolderFacts } from "../../provider-source/provider-folder";
import type { SourcePosition } from "../../utils/ast";
import type { Finding, Rule } from "../verify-provider/rule";
import type { ObservedCase, ObservedRun, ProviderObservations } from "./probe/observations";

/** What a runtime rule reads: the provider's source facts (for locations) and what the probe saw. */
export interface RuntimeContext {
    provider: ProviderFolderFacts;
    observed: ProviderObservations;
}

export type RuntimeRule = Rule<RuntimeContext>;

type Location = Pick<Finding, "file" | "position">;

/**
 * Where a fixture case is written in the provider's fixture module (the fixture, or the file, when
 * not literal).
 */
export function atFixtureCase(context: RuntimeContext, item: ObservedCase): Location {
    const { sources } = context.provider;
    const fixtureModule = sources.fixtureModule ?? "";
    const file = sources.workspacePath(fixtureModule);
    if (!sources.has(fixtureModule)) return { file, position: { line: 1, column: 1 } };
    // The n-th fixture of an operation at run time is its n-th literal in the file.
    const fixtureIndexes = [
        ...new Set(
            (context.observed.fixtures?.cases ?? [])
                .filter((other) => other.operationId === item.operationId)
                .map((other) => other.fixtureIndex)
        )
    ].sort((a, b) => a - b);
    const located = locateFixtures(sources.parse(fixtureModule)).filter(
        (fixture) => fixture.operationId === item.operationId
    )[fixtureIndexes.indexOf(item.fixtureIndex)];
    return {
        file,
        position: located?.cases[item.kind][item.index] ??
            located?.position ?? { line: 1, column: 1 }
    };
}

/** `execute<OperationId>` beside the operation's definition, else the definition, else the class. */
export function atOperation(context: RuntimeContext, operationId: string): Location {
    const { sources, operations } = context.provider;
    const executeName = `execute${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}`;
    for (const file of operations.files) {
        const definition = file.definitions.find((item) => item.id === operationId);
        if (!definition) continue;
        const execute =
            file.executeFunctions.find((item) => item.name === executeName) ??
            (file.definitions.length === 1 ? file.executeFunctions[0] : undefined);
        return {
            file: sources.workspacePath(file.file),
            position: execute?.position ?? definition.position
        };
    }
    return {};
}

/** The first place `text` is written in the provider's TypeScript files (operations first). */
export function atText(context: RuntimeContext, text: string): Location | undefined {
    const { sources } = context.provider;
    const files = sources
        .typeScriptFiles()
        .sort(
            (a, b) => Number(!a.startsWith("operations/")) - Number(!b.startsWith("operations/"))
        );
    for (const file of files) {
        const content = sources.files.get(file) ?? "";
        const offset = content.indexOf(text);
        if (offset < 0) continue;
        const before = content.slice(0, offset).split("\n");
        const position: SourcePosition = {
            line: before.length,
            column: before[before.length - 1].length + 1
        };
        return { file: sources.workspacePath(file), position };
    }
    return undefined;
}

/** Where the provider states its webhook config: `setWebhookConfig(...)`, or its own `getWebhookConfig()`. */
export function webhookConfigLocation(context: RuntimeContext): Location | undefined {
    return atText(context, "setWebhookConfig(") ?? atText(context, "getWebhookConfig(");
}

/** How a fixture case is named in messages: `validCases[0] "send_email"`. */
export function caseLabel(item: ObservedCase): string {
    return `${item.kind}Cases[${item.index}]${item.name ? ` "${item.name}"` : ""}`;
}

/** The first line of a message, at most 160 characters. */
function brief(text: string): string {
    const line = text.split("\n")[0].trim();
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** What a run ended with, for messages. */
export function runOutcome(run: ObservedRun): string {
    if (run.thrown !== undefined) return `threw ${brief(run.thrown)}`;
    if (!run.result) return "returned";
    return run.result.success
        ? "returned success"
        : `returned a ${run.result.errorType ?? "typeless"} error${run.result.message ? ` (${brief(run.result.message)})` : ""}`;
}

export function runsOf(context: RuntimeContext, mode: ObservedRun["mode"]): ObservedRun[] {
    return context.observed.runs.filter((run) => run.mode === mode);
}
