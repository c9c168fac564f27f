import { CLIENT_DIR } from "../../../provider-source/client";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const clientExists: Rule = {
    id: "structure/client-exists",
    severity: "warning",
    description:
        "The provider talks to its service through a client in `client/` (or a shared one), a driver package or `fetch`; a provider without any of these cannot reach its service.",
    check(context) {
        const { sources, providerFile, providerClass, client } = context.provider;
        if (client.transport !== "none") return [];
        const prefix = providerClass?.className?.value.replace(/Provider$/, "") ?? "<Prefix>";
        return [
            inProvider(
                context,
                providerFile,
                providerClass?.className?.position,
                `${sources.dir} has no ${CLIENT_DIR}/ folder, and neither its operations nor its provider class import a client, a driver package or call fetch: add ${CLIENT_DIR}/${prefix}Client.ts (it may extend the shared BaseAPIClient).`
            )
        ];
    }
};
