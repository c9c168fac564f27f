import { resolveRegisteredOperations } from "../../../provider-source/operations";
import { inProvider } from "../rule";
import type { Finding, Rule } from "../rule";

export const switchCases: Rule = {
    id: "operations/switch-cases",
    severity: "error",
    description:
        "Every registered operation has a `case` in executeOperation's switch, and every case is a registered operation.",
    check(context) {
        const { providerClass, providerFile, operations } = context.provider;
        if (!providerClass?.hasOperationSwitch || !providerFile) return [];
        const registered = resolveRegisteredOperations(
            providerClass.registeredOperations,
            operations
        );
        const findings: Finding[] = [];
        const unresolved = registered.filter((operation) => operation.id === undefined);
        for (const operation of unresolved) {
            findings.push(
                inProvider(
                    context,
                    providerFile,
                    operation.position,
                    `Cannot tell which operation id ${operation.variable} registers (no definition with a literal id in operations/): define it there as \`export const ${operation.variable}: OperationDefinition = { id: "...", ... }\`.`,
                    "warning"
                )
            );
        }
        const registeredIds = new Set(registered.map((operation) => operation.id));
        const cases = new Set(providerClass.operationCases.map((label) => label.value));
        for (const operation of registered) {
            if (operation.id !== undefined && !cases.has(operation.id)) {
                findings.push(
                    inProvider(
                        context,
                        providerFile,
                        operation.position,
                        `Operation "${operation.id}" is registered but executeOperation has no \`case "${operation.id}":\`, so calling it fails: add the case.`
                    )
                );
            }
        }
        if (unresolved.length === 0) {
            for (const label of providerClass.operationCases) {
                if (!registeredIds.has(label.value)) {
                    findings.push(
                        inProvider(
                            context,
                            providerFile,
                            label.position,
                            `\`case "${label.value}":\` in executeOperation is not a registered operation: register it in the constructor (\`this.registerOperation(${label.value}Operation)\`) or remove the case.`
                        )
                    );
                }
            }
        }
        return findings;
    }
};
