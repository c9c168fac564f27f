import type { ContractChange } from "./classify";
import {
    acknowledgementFor,
    classifyChanges,
    describeChange,
    isAcknowledged,
    isBreaking
} from "./classify";
import { derivedPart, parseContract } from "./contract-file";
import type { DerivedContract, ProviderContract } from "./contract-file";

/**
 * Where a provider's committed contract stands against its code: what `nx sync` writes, what it
 * refuses, and what verify-provider reports all come from here.
 */
export type ContractStatus =
    | { state: "current" }
    /** No committed contract yet: the derived one is written. */
    | { state: "missing"; next: ProviderContract }
    /** Additive (or acknowledged) changes: `next` is written. */
    | { state: "additive"; next: ProviderContract; changes: ContractChange[] }
    /** Unacknowledged breaking changes: nothing is written. */
    | { state: "breaking"; changes: ContractChange[]; breaking: ContractChange[] };

/**
 * Compares the committed contract (its text, undefined when there is none) with the derived one.
 * A committed file in another shape fails naming the file.
 */
export function contractStatus(
    committedText: string | undefined,
    file: string,
    derived: DerivedContract
): ContractStatus {
    if (committedText === undefined) {
        return { state: "missing", next: { ...derived, acknowledged: [] } };
    }
    const committed = parseContract(committedText, file);
    if (derivedPart(committed) === derivedPart(derived)) return { state: "current" };
    const changes = classifyChanges(committed, derived);
    const breaking = changes.filter(
        (change) => isBreaking(change) && !isAcknowledged(change, committed.acknowledged)
    );
    if (breaking.length > 0) return { state: "breaking", changes, breaking };
    return {
        state: "additive",
        next: { ...derived, acknowledged: committed.acknowledged },
        changes
    };
}

/** One unacknowledged breaking change, with the entry that would accept it. */
export function breakingChangeMessage(
    providerId: string,
    file: string,
    change: ContractChange
): string {
    return `${providerId}: ${describeChange(change)} (${change.change}). This breaks stored workflows and agents that use it; restore it, or accept it by adding ${JSON.stringify(acknowledgementFor(change))} to "acknowledged" in ${file} and running \`nx sync\`.`;
}
