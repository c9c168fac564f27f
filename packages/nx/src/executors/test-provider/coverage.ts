import type { ProviderObservations } from "./probe/observations";
import { blockedByConnection } from "./rules/connection-fields";

function count(items: number, word: string): string {
    return `${items} ${word}${items === 1 ? "" : "s"}`;
}

/**
 * What a provider's test covered, for the closing note: how many operations ran (only those with
 * a valid fixture input can), how many runs in all, and how many of those a placeholder connection
 * field stopped before they could be judged. Nothing is skipped without being counted here.
 */
export function coverageNote(observed: ProviderObservations): string {
    if (observed.loadError !== undefined) return "nothing ran: the provider did not load";
    const fixtureRuns = observed.runs.filter((run) => run.mode === "fixture").length;
    const cases = observed.fixtures?.cases.length ?? 0;
    const blocked = observed.runs.filter(blockedByConnection).length;
    const parts = [
        `${fixtureRuns} of ${count(observed.operations.length, "operation")} run with a fixture input`,
        `${count(observed.runs.length, "run")} in all`,
        `${count(cases, "fixture case")} checked`
    ];
    if (blocked) parts.push(`${blocked} stopped by a placeholder connection field, not judged`);
    return parts.join(", ");
}
