import * as path from "path";
import {
    OPERATIONS_DIR,
    OPERATIONS_INDEX,
    reachableFrom
} from "../../../provider-source/operations";
import type { OperationsFacts } from "../../../provider-source/operations";
import type { ProviderSources } from "../../../provider-source/provider-sources";
import { endPositionOf } from "../../../utils/ast";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

/**
 * The index file to edit so that `file` becomes reachable, and what it must re-export: the file
 * itself, or the nearest group folder whose own index already reaches it.
 */
function missingReExport(sources: ProviderSources, operations: OperationsFacts, file: string) {
    let target = file;
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
        const index = `${dir}/index.ts`;
        if (index === OPERATIONS_INDEX || dir === OPERATIONS_DIR || !dir.includes("/")) {
            return { owner: OPERATIONS_INDEX, target, complete: true };
        }
        if (!sources.has(index) || index === target) continue;
        if (operations.reachable.has(index)) return { owner: index, target, complete: true };
        if (!reachableFrom(sources, index).has(target)) {
            return { owner: index, target, complete: false };
        }
        target = index;
    }
}

export const operationsReachable: Rule = {
    id: "operations/reachable",
    severity: "warning",
    description:
        "Every operation file is reachable from `operations/index.ts` through (nested) re-exports, like the provider's other operations.",
    check(context) {
        const { operations, sources } = context.provider;
        if (!operations.hasIndex) return [];
        return operations.files
            .filter((file) => !operations.reachable.has(file.file))
            .map((file) => {
                const { owner, target, complete } = missingReExport(sources, operations, file.file);
                const specifier = `./${path.posix
                    .relative(path.posix.dirname(owner), target)
                    .replace(/\/index\.ts$/, "")
                    .replace(/\.ts$/, "")}`;
                // The line to change: after the owner index's last statement.
                const statements = sources.parse(owner).statements;
                const last = statements[statements.length - 1];
                return inProvider(
                    context,
                    owner,
                    last ? endPositionOf(last) : { line: 1, column: 1 },
                    `${file.file} is not re-exported from ${OPERATIONS_INDEX}: add \`export * from "${specifier}";\` to ${owner}${complete ? "" : ` (and re-export that folder from ${OPERATIONS_INDEX})`}.`
                );
            });
    }
};
