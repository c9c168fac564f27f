import * as path from "path";
import { groupIdPrefix, groupPrefixOf } from "../../../provider-source/conventions";
import type { IdNaming } from "../../../provider-source/conventions";
import type { OperationDefinitionFacts } from "../../../provider-source/operations";
import { inProvider } from "../rule";
import type { Finding, Rule, RuleContext } from "../rule";

function check(
    context: RuleContext,
    definition: OperationDefinitionFacts,
    naming: IdNaming
): Finding | undefined {
    const id = definition.id!;
    const base = path.posix.basename(definition.file, ".ts");
    if (naming === "group-prefixed" && groupPrefixOf(definition) === undefined) {
        const prefix = groupIdPrefix(context.provider.conventions.ids, definition.group);
        return inProvider(
            context,
            definition.file,
            definition.idPosition,
            `Operation "${id}" in ${path.posix.dirname(definition.file)}/ lacks the group prefix the provider's other grouped operations carry ("${prefix}_..."): rename the id to "${prefix}_${id}" (and its case and fixtures).`
        );
    }
    if (naming === "file-name" && id !== base) {
        return inProvider(
            context,
            definition.file,
            definition.idPosition,
            `Operation "${id}" lives in ${base}.ts, while the provider's other operations are named after their files: rename the file to ${id}.ts (and its re-export), or the id to "${base}".`
        );
    }
    return undefined;
}

export const operationIdMatchesFile: Rule = {
    id: "operations/id-matches-file",
    severity: "warning",
    description:
        "A file holding a single operation follows the provider's own id convention: the id is the file name, or (when the provider's grouped operations do so) starts with its group folder's prefix (`pipelines_get` in `operations/pipelines/`).",
    check(context) {
        const { operations, conventions } = context.provider;
        return operations.files.flatMap((file) => {
            const [definition, ...others] = file.definitions;
            if (others.length > 0 || definition.id === undefined) return [];
            const naming =
                definition.group.length > 0 ? conventions.ids.nested : conventions.ids.topLevel;
            const finding = check(context, definition, naming);
            return finding ? [finding] : [];
        });
    }
};
