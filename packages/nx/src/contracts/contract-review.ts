import { FileProblemError } from "../utils/errors";
import type { ContractChange } from "./classify";
import { contractStatus } from "./contract-status";
import type { ContractStatus } from "./contract-status";
import type { Derivation } from "./contract-file";

/** A provider's committed contract against its code, as verify-provider reports it. */
export type ContractReview =
    /** The code was not derived in this run, or cannot be loaded (test-provider reports that). */
    { state: "unknown" } | { state: "unreadable"; problem: FileProblemError } | ContractStatus;

/** `text`: the committed contract at `file` (workspace-relative), undefined when there is none. */
export function reviewContract(
    file: string,
    text: string | undefined,
    derivation: Derivation | undefined
): ContractReview {
    if (!derivation || !("contract" in derivation)) return { state: "unknown" };
    try {
        return contractStatus(text, file, derivation.contract);
    } catch (error) {
        if (error instanceof FileProblemError) return { state: "unreadable", problem: error };
        throw error;
    }
}

/** The 1-based line of the contract that holds the key of what a change concerns, else 1. */
export function changeLine(text: string | undefined, change: ContractChange): number {
    const name = change.operation ?? change.trigger ?? change.tool;
    if (text === undefined || name === undefined) return 1;
    const quoted = JSON.stringify(name);
    const index = text.split("\n").findIndex((line) => line.trimStart().startsWith(quoted));
    return index < 0 ? 1 : index + 1;
}
