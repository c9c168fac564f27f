import { atOperation, runsOf } from "../rule";
import type { RuntimeRule } from "../rule";
import { siteOf, sitesIn } from "../probe/sites";
import { HTTP_TRANSPORTS } from "./request-sent";

/** The string values of the test connection (`test-host`, `test-region`, `https://mystore.com`). */
function connectionStrings(connectionValues: string): string[] {
    const strings: string[] = [];
    const collect = (value: unknown) => {
        if (typeof value === "string" && value.length >= 4) strings.push(value.toLowerCase());
        else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(connectionValues ? JSON.parse(connectionValues) : undefined);
    return strings;
}

export const requestHost: RuntimeRule = {
    id: "runtime/request-host",
    severity: "error",
    description:
        "Every request of an HTTP provider goes to its API: a host its code writes (the client's base URL, in the provider folder or a host module it imports), its connection holds (per-connection hosts) or its input names.",
    check(context) {
        if (!HTTP_TRANSPORTS.has(context.provider.client.transport)) return [];
        const { codeSites = [], connectionValues = "" } = context.observed;
        const values = connectionStrings(connectionValues);
        return runsOf(context, "fixture").flatMap((run) => {
            const sites = new Set([
                ...codeSites,
                ...sitesIn(connectionValues),
                ...sitesIn(JSON.stringify(run.input) ?? "")
            ]);
            const foreign = run.requests.filter((request) => {
                const host = new URL(request.url).hostname;
                // A host built from a connection value (`${region}.amazonaws.com`) is per-connection.
                const fromConnection = values.some((value) => host.includes(value));
                return !sites.has(siteOf(host)) && !fromConnection;
            });
            if (foreign.length === 0) return [];
            return [
                {
                    ...atOperation(context, run.operationId),
                    operationId: run.operationId,
                    message: `"${run.operationId}" sent ${foreign.map((request) => `${request.method} ${request.url}`).join(", ")} (fixture "${run.caseName ?? "validCases[0]"}"): not a host of the provider's API, which its code, connection and input name (${[...codeSites].slice(0, 4).join(", ") || "none written"}). Build the URL on the client's base URL.`
                }
            ];
        });
    }
};
