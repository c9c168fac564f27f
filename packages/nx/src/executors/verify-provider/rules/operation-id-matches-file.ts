import * as path from "path";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const operationIdMatchesFile: Rule = {
    id: "operations/id-matches-file",
    severity: "warning",
    description: "A file holding a single operation is named after the operation id (`<opId>.ts`).",
    check(context) {
        return context.provider.operations.files.flatMap((file) => {
            const [definition, ...others] = file.definitions;
            const base = path.posix.basename(file.file, ".ts");
            if (others.length > 0 || definition.id === undefined || definition.id === base)
                return [];
            return [
                inProvider(
                    context,
                    file.file,
                    definition.position,
                    `Operation "${definition.id}" lives in ${base}.ts: rename the file to ${definition.id}.ts (and its re-export), or the id to "${base}".`
                )
            ];
        });
    }
};
