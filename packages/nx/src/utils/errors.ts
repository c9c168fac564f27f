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
