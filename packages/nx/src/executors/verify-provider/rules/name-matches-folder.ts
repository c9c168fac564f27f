import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const nameMatchesFolder: Rule = {
    id: "structure/name-matches-folder",
    severity: "error",
    description: "The provider's `name` equals its folder name (the provider id).",
    check(context) {
        const { providerFile, providerClass, sources } = context.provider;
        if (!providerFile || !providerClass?.className) return [];
        const name = providerClass.name;
        if (!name) {
            return [
                inProvider(
                    context,
                    providerFile,
                    providerClass.className.position,
                    `${providerClass.className.value} has no literal \`name\`: declare \`readonly name = "${sources.id}";\`.`
                )
            ];
        }
        if (name.value === sources.id) return [];
        return [
            inProvider(
                context,
                providerFile,
                name.position,
                `name is "${name.value}" but the folder is "${sources.id}": the registry and OAuth lookups use the name, so set \`name = "${sources.id}"\` or rename the folder to "${name.value}".`
            )
        ];
    }
};
