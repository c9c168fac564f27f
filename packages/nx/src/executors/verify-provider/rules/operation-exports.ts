import { operationNames } from "../../../model/names";
import { inProvider } from "../rule";
import type { Finding, Rule } from "../rule";

/** `sendMessageOperation` -> `executeSendMessage`; the id's name is accepted too. */
function expectedExecuteNames(variable: string, id: string | undefined): string[] {
    const base = variable.replace(/Operation$/, "");
    return [...new Set([base, id].filter((name): name is string => !!name))].map(
        (name) => operationNames(name).execute
    );
}

export const operationExports: Rule = {
    id: "operations/exports",
    severity: "warning",
    description:
        "Every operation file exports its operation definition (error when the provider registers it: the import fails) and its `execute<Op>` function (schemas may live in a shared schemas.ts).",
    check(context) {
        const findings: Finding[] = [];
        const registered = new Set(context.provider.registered.map((entry) => entry.definition));
        for (const file of context.provider.operations.files) {
            for (const definition of file.definitions) {
                if (!definition.exported) {
                    findings.push(
                        inProvider(
                            context,
                            file.file,
                            definition.position,
                            registered.has(definition)
                                ? `${definition.variable} is registered by the provider but not exported, so the import fails: write \`export const ${definition.variable}\`.`
                                : `${definition.variable} is not exported, so nothing can register it: write \`export const ${definition.variable}\` and register it, or remove it.`,
                            registered.has(definition) ? "error" : "warning"
                        )
                    );
                }
                const names = expectedExecuteNames(definition.variable, definition.id);
                const execute = file.executeFunctions.find((fn) => names.includes(fn.name));
                if (!execute) {
                    findings.push(
                        inProvider(
                            context,
                            file.file,
                            definition.position,
                            `${file.file} defines ${definition.variable} but no \`${names[0]}\` function: add \`export async function ${names[0]}(client, params)\` next to the definition.`
                        )
                    );
                } else if (!execute.exported) {
                    findings.push(
                        inProvider(
                            context,
                            file.file,
                            execute.position,
                            `${execute.name} is not exported: export it so executeOperation can call it.`
                        )
                    );
                }
            }
        }
        return findings;
    }
};
