import { FlowmaestroError } from "../utils/errors";

/** A JSON schema, as a provider's contract records an operation's input. */
export type JsonSchema = { [key: string]: unknown };

/** What the reference check needs of a provider's contract.json: its id and operations' inputs. */
export interface ReferencedContract {
    provider: string;
    operations: Record<string, { input: JsonSchema }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a contract.json (`{ provider, operations: { <id>: { actionType, input } }, ... }`). */
export function parseContract(text: string, file: string): ReferencedContract {
    let document: unknown;
    try {
        document = JSON.parse(text);
    } catch (error) {
        throw new FlowmaestroError(`${file}: not valid JSON (${(error as Error).message}).`);
    }
    if (
        !isRecord(document) ||
        typeof document.provider !== "string" ||
        !isRecord(document.operations) ||
        !Object.values(document.operations).every(
            (operation) => isRecord(operation) && isRecord(operation.input)
        )
    ) {
        throw new FlowmaestroError(
            `${file}: not a provider contract: expected { "provider": "<id>", "operations": { "<operationId>": { "input": <JSON schema> } } }.`
        );
    }
    return document as unknown as ReferencedContract;
}
