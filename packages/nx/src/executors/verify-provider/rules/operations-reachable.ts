import * as path from "path";
import { OPERATIONS_DIR, OPERATIONS_INDEX } from "../../../provider-source/operations";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const operationsReachable: Rule = {
    id: "operations/reachable",
    severity: "error",
    description:
        "Every operation file is reachable from `operations/index.ts` through (nested) re-exports.",
    check(context) {
        const { operations } = context.provider;
        if (!operations.hasIndex) return [];
        return operations.files
            .filter((file) => !operations.reachable.has(file.file))
            .map((file) => {
                const folderIndex = `${path.posix.dirname(file.file)}/index.ts`;
                const owner =
                    folderIndex !== OPERATIONS_INDEX && context.provider.sources.has(folderIndex)
                        ? folderIndex
                        : OPERATIONS_INDEX;
                const specifier = `./${path.posix
                    .relative(path.posix.dirname(owner), file.file)
                    .replace(/\.ts$/, "")}`;
                return inProvider(
                    context,
                    file.file,
                    file.definitions[0].position,
                    `${file.file} is not re-exported from ${OPERATIONS_DIR}/index.ts: add \`export * from "${specifier}";\` to ${owner}${owner === OPERATIONS_INDEX ? "" : ` (and re-export that folder from ${OPERATIONS_INDEX})`}.`
                );
            });
    }
};
