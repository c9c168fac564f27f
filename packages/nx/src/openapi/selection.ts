import { FlowmaestroError } from "../utils/errors";
import type { ApiDocument, ApiOperation } from "./api-document";
import { operationIdFor } from "./identifiers";

/** Which operations of a document to import: `--tags` and `--openapiOperations` (their union). */
export interface OperationSelection {
    tags?: string[];
    /** OpenAPI operationIds; `GET /path` and the derived camelCase id name an operation too. */
    operationIds?: string[];
}

/** Above this many operations an import must say which it wants. */
export const MAX_UNSELECTED_OPERATIONS = 50;

const UNTAGGED = "(untagged)";

/** `tag (count)` for every tag, in order of first use, untagged operations last. */
export function tagCounts(operations: ApiOperation[]): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const operation of operations) {
        for (const tag of operation.tags.length > 0 ? operation.tags : [UNTAGGED]) {
            counts.set(tag, (counts.get(tag) ?? 0) + 1);
        }
    }
    const untagged = counts.get(UNTAGGED);
    counts.delete(UNTAGGED);
    return [...counts.entries(), ...(untagged ? [[UNTAGGED, untagged] as [string, number]] : [])];
}

export function operationLabel(operation: ApiOperation): string {
    return `${operation.method.toUpperCase()} ${operation.path}`;
}

function names(operation: ApiOperation): string[] {
    return [operation.operationId, operationLabel(operation), operationIdFor(operation)].filter(
        (name): name is string => name !== undefined
    );
}

function matchTag(tag: string, tags: string[]): string | undefined {
    return (
        tags.find((known) => known === tag) ??
        tags.find((known) => known.toLowerCase() === tag.toLowerCase())
    );
}

/**
 * The selected operations in document order. Refuses a document of more than 50 operations with
 * no selection (listing its tags and their operation counts), and a tag or operation it does not
 * have (listing what it has), so a typo never imports the wrong set.
 */
export function selectOperations(
    api: ApiDocument,
    selection: OperationSelection,
    source: string
): ApiOperation[] {
    const all = api.operations;
    const tags = selection.tags ?? [];
    const ids = selection.operationIds ?? [];
    const counts = tagCounts(all);
    const tagList = counts.map(([tag, count]) => `${tag} (${count})`);
    if (tags.length === 0 && ids.length === 0) {
        if (all.length > MAX_UNSELECTED_OPERATIONS) {
            throw FlowmaestroError.fromProblems(
                `${source} has ${all.length} operations; choose some with --tags or --openapiOperations (operationIds); nothing was written. Its tags:`,
                tagList
            );
        }
        if (all.length === 0) {
            throw new FlowmaestroError(`${source} has no operations; nothing was written.`);
        }
        return all;
    }

    const problems: string[] = [];
    const knownTags = counts.map(([tag]) => tag).filter((tag) => tag !== UNTAGGED);
    const wantedTags = new Set<string>();
    for (const tag of tags) {
        const known = matchTag(tag, knownTags);
        if (known) wantedTags.add(known);
        else
            problems.push(
                `--tags: ${JSON.stringify(tag)} is not a tag of ${source}; its tags: ${tagList.join(", ")}`
            );
    }
    const wantedOperations = new Set<ApiOperation>();
    for (const id of ids) {
        const match =
            all.find((operation) => operation.operationId === id) ??
            all.find((operation) =>
                names(operation).some((name) => name.toLowerCase() === id.toLowerCase())
            );
        if (match) {
            wantedOperations.add(match);
            continue;
        }
        const near = all
            .flatMap((operation) => operation.operationId ?? [])
            .filter((name) => name.toLowerCase().includes(id.toLowerCase()))
            .slice(0, 10);
        problems.push(
            `--openapiOperations: ${JSON.stringify(id)} is not an operationId of ${source}${near.length > 0 ? `; similar: ${near.join(", ")}` : ""}`
        );
    }
    if (problems.length > 0) {
        throw FlowmaestroError.fromProblems(
            "Cannot select the operations to import; nothing was written:",
            problems
        );
    }
    return all.filter(
        (operation) =>
            wantedOperations.has(operation) || operation.tags.some((tag) => wantedTags.has(tag))
    );
}
