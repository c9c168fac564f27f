import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const CLIENT_DIR = "client";

export const clientExists: Rule = {
    id: "structure/client-exists",
    severity: "error",
    description: "The provider has an HTTP client in `client/`.",
    check(context) {
        const { sources, providerFile, providerClass } = context.provider;
        if (sources.typeScriptFiles().some((file) => file.startsWith(`${CLIENT_DIR}/`))) return [];
        const prefix = providerClass?.className?.value.replace(/Provider$/, "") ?? "<Prefix>";
        return [
            inProvider(
                context,
                providerFile,
                providerClass?.className?.position,
                `No client in ${sources.dir}/${CLIENT_DIR}/: add ${CLIENT_DIR}/${prefix}Client.ts (it may extend the shared BaseAPIClient).`
            )
        ];
    }
};
