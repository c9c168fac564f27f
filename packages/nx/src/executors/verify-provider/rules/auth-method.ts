import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const AUTH_METHODS = ["oauth2", "api_key"] as const;

export const authMethod: Rule = {
    id: "structure/auth-method",
    severity: "error",
    description:
        '`authMethod` is "oauth2" or "api_key" and agrees with the config `getAuthConfig()` returns.',
    check(context) {
        const { providerFile, providerClass } = context.provider;
        if (!providerFile || !providerClass?.className) return [];
        const method = providerClass.authMethod;
        if (!method) {
            return [
                inProvider(
                    context,
                    providerFile,
                    providerClass.className.position,
                    `${providerClass.className.value} has no literal \`authMethod\`: declare \`readonly authMethod = "oauth2" as const;\` or \`"api_key"\`.`
                )
            ];
        }
        if (!(AUTH_METHODS as readonly string[]).includes(method.value)) {
            return [
                inProvider(
                    context,
                    providerFile,
                    method.position,
                    `authMethod "${method.value}" is not supported: use "oauth2" or "api_key".`
                )
            ];
        }
        const configKind = providerClass.authConfig?.kind;
        if (configKind && configKind !== method.value) {
            return [
                inProvider(
                    context,
                    providerFile,
                    method.position,
                    `authMethod is "${method.value}" but getAuthConfig() returns ${configKind === "oauth2" ? "an OAuth" : "an API key"} config: make them agree.`
                )
            ];
        }
        return [];
    }
};
