import * as ts from "typescript";
import { findDescendants } from "../../../utils/ast";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const CLIENT_DIR = "client";

/**
 * Database providers (postgresql, mysql, mongodb, ... in FlowMaestro) connect with
 * `DatabaseConnectionData` through a driver and keep their connection handling in the provider,
 * so they have no HTTP client folder.
 */
function connectsToADatabase(sourceFile: ts.SourceFile): boolean {
    return findDescendants(sourceFile, ts.isIdentifier).some(
        (identifier) =>
            identifier.text === "DatabaseConnectionData" ||
            identifier.text === "isDatabaseConnectionData"
    );
}

export const clientExists: Rule = {
    id: "structure/client-exists",
    severity: "error",
    description:
        "The provider has an HTTP client in `client/` (database providers, which connect with DatabaseConnectionData, need none).",
    check(context) {
        const { sources, providerFile, providerClass } = context.provider;
        if (sources.typeScriptFiles().some((file) => file.startsWith(`${CLIENT_DIR}/`))) return [];
        if (providerFile && connectsToADatabase(sources.parse(providerFile))) return [];
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
