/**
 * An error caused by the user's input or workspace (a bad spec, a host file in an unexpected shape).
 * Generators and executors print its message alone, without a stack trace.
 */
export class FlowmaestroError extends Error {
    constructor(
        message: string,
        readonly problems: string[] = [message]
    ) {
        super(message);
        this.name = "FlowmaestroError";
    }

    static fromProblems(heading: string, problems: string[]): FlowmaestroError {
        const list = problems.map((problem) => `  - ${problem}`).join("\n");
        return new FlowmaestroError(`${heading}\n${list}`, problems);
    }
}

/** 1-based line and column. */
export interface FilePosition {
    line: number;
    column: number;
}

/**
 * A problem at a place in a file (a host file in an unexpected shape, a file that is not UTF-8).
 * Generators print the message, which ends with what happened (`Nothing was written.`); the
 * verifier reports `reason` at `position` instead, since it writes nothing anyway.
 */
export class FileProblemError extends FlowmaestroError {
    constructor(
        readonly file: string,
        /** What is wrong and how to fix it, without a final period. */
        readonly reason: string,
        readonly position?: FilePosition,
        consequence = "Nothing was written."
    ) {
        const where = position ? `${file}:${position.line}:${position.column}` : file;
        super(`${where}: ${reason}. ${consequence}`);
        this.name = "FileProblemError";
    }
}
