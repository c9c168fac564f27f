import { atOperation, runOutcome, runsOf } from "../rule";
import type { RuntimeRule } from "../rule";
import { blockedByConnection } from "./connection-fields";

/** Transports that talk HTTP (a database driver's operations send no HTTP request). */
export const HTTP_TRANSPORTS = new Set(["client", "shared-client", "fetch"]);

export const requestSent: RuntimeRule = {
    id: "runtime/request-sent",
    severity: "error",
    description:
        "An HTTP provider's operation, run with its first valid fixture input, sends a request (or returns a link it signed; a run stopped by a connection field the host never fills is connection-fields' warning).",
    check(context) {
        if (!HTTP_TRANSPORTS.has(context.provider.client.transport)) return [];
        return runsOf(context, "fixture").flatMap((run) =>
            // Signing a link is done locally: the client of the link reaches the API.
            run.requests.length > 0 || blockedByConnection(run) || run.result?.signedUrl
                ? []
                : [
                      {
                          ...atOperation(context, run.operationId),
                          operationId: run.operationId,
                          message: `"${run.operationId}" sent no HTTP request when run with fixture "${run.caseName ?? "validCases[0]"}": it ${runOutcome(run)}. An operation that never reaches its API cannot work; make its executor call the client.`
                      }
                  ]
        );
    }
};
