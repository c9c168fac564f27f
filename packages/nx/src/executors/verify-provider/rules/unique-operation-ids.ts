import { allDefinitions } from "../../../provider-source/operations";
import { inProvider } from "../rule";
import type { Finding, Rule } from "../rule";

export const uniqueOperationIds: Rule = {
    id: "operations/unique-ids",
    severity: "error",
    description:
        "Operation ids are unique within the provider (error: registering both keeps only the last); an id that is not a string literal is a warning.",
    check(context) {
        const findings: Finding[] = [];
        const seen = new Map<string, string>();
        for (const definition of allDefinitions(context.provider.operations)) {
            if (definition.id === undefined) {
                findings.push(
                    inProvider(
                        context,
                        definition.file,
                        definition.idPosition,
                        `${definition.variable} has no string-literal \`id\`: write the id as a literal so tools can check it.`,
                        "warning"
                    )
                );
                continue;
            }
            const first = seen.get(definition.id);
            if (first) {
                findings.push(
                    inProvider(
                        context,
                        definition.file,
                        definition.idPosition,
                        `Operation id "${definition.id}" is also used in ${first}: registering both silently keeps only the last; rename one.`
                    )
                );
            } else {
                seen.set(definition.id, definition.file);
            }
        }
        return findings;
    }
};
