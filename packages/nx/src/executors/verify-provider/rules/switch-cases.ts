import { inProvider } from "../rule";
import type { Finding, Rule } from "../rule";

export const switchCases: Rule = {
    id: "operations/switch-cases",
    severity: "error",
    description:
        "Every registered operation has a `case` in executeOperation's switch (error: calling it fails); a case for no registered operation is dead code (warning).",
    check(context) {
        const { providerClass, providerFile, registered } = context.provider;
        if (providerClass?.dispatch.kind !== "switch" || !providerFile) return [];
        const findings: Finding[] = [];
        const cases = new Set(providerClass.dispatch.cases.map((entry) => entry.id));
        for (const operation of registered) {
            if (operation.definition === undefined) {
                findings.push(
                    inProvider(
                        context,
                        providerFile,
                        operation.position,
                        `${operation.expression} is registered but is not an operation definition of this provider (no \`export const ${operation.member ?? operation.local}: OperationDefinition = { id: "...", ... }\` reachable through its imports), so its case and MCP tool cannot be checked: define it under operations/.`,
                        "warning"
                    )
                );
            } else if (operation.id === undefined) {
                continue; // operations/unique-ids reports a non-literal id
            } else if (!cases.has(operation.id)) {
                findings.push(
                    inProvider(
                        context,
                        providerFile,
                        providerClass.dispatch.newCasePosition,
                        `Operation "${operation.id}" is registered but executeOperation has no \`case "${operation.id}":\`, so calling it fails: add the case, calling the execute function next to ${operation.definition.variable} in ${operation.definition.file}.`
                    )
                );
            }
        }
        // Only when every registration was understood: otherwise a case may belong to one of them.
        if (registered.every((operation) => operation.id !== undefined)) {
            const registeredIds = new Set(registered.map((operation) => operation.id));
            for (const entry of providerClass.dispatch.cases) {
                if (!registeredIds.has(entry.id)) {
                    findings.push(
                        inProvider(
                            context,
                            providerFile,
                            entry.position,
                            `\`case "${entry.id}":\` in executeOperation is not a registered operation, so it is never reached: register the operation in the constructor (\`this.registerOperation(...)\`) or remove the case.`,
                            "warning"
                        )
                    );
                }
            }
        }
        return findings;
    }
};
