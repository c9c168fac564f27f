import { runOutcome, runsOf } from "../rule";
import type { RuntimeRule } from "../rule";
import type { ObservedRun } from "../probe/observations";
import { blockedByConnection } from "./connection-fields";

/**
 * The run refused its input: a `validation` error result, or a throw after the operation's own
 * inputSchema refused the input (the host's `validateParams` throws so).
 */
function refusedInput(run: ObservedRun): boolean {
    if (run.result) return !run.result.success && run.result.errorType === "validation";
    return run.inputRefused === true;
}

export const validatesInput: RuntimeRule = {
    id: "runtime/validates-input",
    severity: "error",
    description:
        "An operation with required inputs, run with `{}`, returns a `validation` error and sends nothing (the provider parses its input with the operation's schema).",
    check(context) {
        const dispatch = context.provider.providerClass?.dispatch.position;
        return runsOf(context, "empty").flatMap((run) => {
            if (refusedInput(run) && run.requests.length === 0) return [];
            // Stopped by the placeholder connection before it showed what it does with {}.
            if (blockedByConnection(run) && !run.inputRefused) return [];
            const sent = run.requests.length
                ? ` and sent ${run.requests.map((request) => `${request.method} ${request.url}`).join(", ")}`
                : "";
            return [
                {
                    position: dispatch,
                    operationId: run.operationId,
                    message: `"${run.operationId}" has required inputs, yet run with {} it ${runOutcome(run)}${sent} instead of a validation error. Parse params before dispatching (this.validateParams(operationId, params) in executeOperation, or inputSchema.parse) so that defaults apply and stale input is refused.`
                }
            ];
        });
    }
};
