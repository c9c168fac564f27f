import { atText } from "../rule";
import type { RuntimeRule } from "../rule";
import type { ObservedRun } from "../probe/observations";

/**
 * Whether a run failed before any request after reading a connection field that held a
 * placeholder: what it does with a real value is unknown.
 */
export function blockedByConnection(run: ObservedRun): boolean {
    const failed = run.thrown !== undefined || run.result?.success !== true;
    return failed && run.requests.length === 0 && !!run.connectionPlaceholders?.length;
}

export const connectionFields: RuntimeRule = {
    id: "runtime/connection-fields",
    severity: "warning",
    description:
        "The executors read only connection fields the host declares or fills (credentials of the auth method, `oauthSettings` in the shared provider list, what the OAuth callback stores); a run they stop is not judged.",
    check(context) {
        const runs = context.observed.runs;
        const byField = new Map<string, ObservedRun[]>();
        for (const run of runs) {
            for (const { field, declared } of run.connectionPlaceholders ?? []) {
                if (!declared) byField.set(field, [...(byField.get(field) ?? []), run]);
            }
        }
        return [...byField].map(([field, fieldRuns]) => {
            const blocked = fieldRuns.filter(blockedByConnection).length;
            // `data.options.region` is written `options.region` or `region`.
            const key = field.slice(field.lastIndexOf(".") + 1);
            const operations = [...new Set(fieldRuns.map((run) => run.operationId))];
            return {
                ...(atText(context, key) ?? {}),
                message: `The executors read connection ${field}, which nothing in the host declares or fills (no oauthSettings field, no credential of the auth method, not stored by the OAuth callback): a real connection has no value there (read by ${operations.slice(0, 3).join(", ")}${operations.length > 3 ? ", ..." : ""}). ${blocked ? `${blocked} of ${runs.length} runs stopped before any request with it and were not judged. ` : ""}Declare the field (oauthSettings in the shared provider list) or read the one the host stores.`
            };
        });
    }
};
