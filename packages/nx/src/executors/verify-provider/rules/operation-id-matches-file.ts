import * as path from "path";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

const lettersAndDigits = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * `dns_getRecord` in `operations/dns/getDnsRecord.ts`: a group-prefixed id names the operation
 * after its group folder (the prefix before the last `_` spells the folder's name), not its file.
 */
function isGroupPrefixed(id: string, file: string): boolean {
    const separator = id.lastIndexOf("_");
    const folder = path.posix.basename(path.posix.dirname(file));
    return (
        separator > 0 &&
        folder !== "operations" &&
        lettersAndDigits(id.slice(0, separator)) === lettersAndDigits(folder)
    );
}

export const operationIdMatchesFile: Rule = {
    id: "operations/id-matches-file",
    severity: "warning",
    description:
        "A file holding a single operation is named after the operation id (`<opId>.ts`), or sits in the group folder its group-prefixed id names (`dns_getRecord` in `dns/`).",
    check(context) {
        return context.provider.operations.files.flatMap((file) => {
            const [definition, ...others] = file.definitions;
            const base = path.posix.basename(file.file, ".ts");
            if (
                others.length > 0 ||
                definition.id === undefined ||
                definition.id === base ||
                isGroupPrefixed(definition.id, file.file)
            )
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
