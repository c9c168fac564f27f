import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const BASE_PROVIDER_CLASS = "BaseProvider";

export const extendsBaseProvider: Rule = {
    id: "structure/extends-base-provider",
    severity: "error",
    description: "The provider class extends `BaseProvider`.",
    check(context) {
        const { providerFile, providerClass } = context.provider;
        if (!providerFile || !providerClass) return [];
        if (!providerClass.className) {
            return [
                inProvider(
                    context,
                    providerFile,
                    { line: 1, column: 1 },
                    `${providerFile} declares no provider class: export a class \`<Name>Provider extends ${BASE_PROVIDER_CLASS}\`.`
                )
            ];
        }
        const { value: className, position } = providerClass.className;
        const base = providerClass.extendsName;
        if (base === BASE_PROVIDER_CLASS) return [];
        if (base && /Provider$/.test(base)) {
            return [
                inProvider(
                    context,
                    providerFile,
                    position,
                    `${className} extends ${base}, not ${BASE_PROVIDER_CLASS} directly: make sure ${base} extends ${BASE_PROVIDER_CLASS} (the type check confirms it).`,
                    "warning"
                )
            ];
        }
        return [
            inProvider(
                context,
                providerFile,
                position,
                `${className} ${base ? `extends ${base}` : "extends no class"}: declare it as \`export class ${className} extends ${BASE_PROVIDER_CLASS}\` (import it from "../../core/BaseProvider").`
            )
        ];
    }
};
