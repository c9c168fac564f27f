import { OPERATIONS_INDEX } from "../../../provider-source/operations";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const operationsIndex: Rule = {
    id: "structure/operations-index",
    severity: "warning",
    description: "`operations/index.ts` exists and re-exports the operations.",
    check(context) {
        const { operations, providerFile, providerClass, sources } = context.provider;
        if (operations.hasIndex) return [];
        return [
            inProvider(
                context,
                providerFile,
                providerClass?.className?.position,
                `${sources.dir}/${OPERATIONS_INDEX} is missing: add it and re-export every operation file (\`export * from "./<opId>";\`).`
            )
        ];
    }
};
