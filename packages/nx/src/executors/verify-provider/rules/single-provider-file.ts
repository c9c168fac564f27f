import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const singleProviderFile: Rule = {
    id: "structure/single-provider-file",
    severity: "error",
    description: "The provider folder holds exactly one `*Provider.ts` file at its top level.",
    check(context) {
        const files = context.provider.sources.providerFiles();
        if (files.length === 0) {
            return [
                inProvider(
                    context,
                    undefined,
                    undefined,
                    `No *Provider.ts file in ${context.provider.sources.dir}: add the provider class file (e.g. run \`nx g @flowmaestro/nx:integration-provider ${context.provider.sources.id}\`).`
                )
            ];
        }
        return files
            .slice(1)
            .map((file) =>
                inProvider(
                    context,
                    file,
                    { line: 1, column: 1 },
                    `Several *Provider.ts files in one provider folder (${files.join(", ")}): keep exactly one provider class per folder and rename or move the others.`
                )
            );
    }
};
