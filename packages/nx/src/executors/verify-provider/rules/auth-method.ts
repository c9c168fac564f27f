import { inProvider } from "../rule";
import type { Rule } from "../rule";

const CONFIG_SHAPES = {
    oauth2: "an OAuth config (authUrl, tokenUrl, ...)",
    api_key: "an API key config (headerName, headerTemplate)"
};

export const authMethod: Rule = {
    id: "structure/auth-method",
    severity: "warning",
    description:
        "`authMethod` is a string literal (the registration checks read it; the type check keeps it a valid `ConnectionMethod`) and agrees with the config `getAuthConfig()` returns.",
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
                    `${providerClass.className.value} has no literal \`authMethod\`, so its registrations cannot be checked: declare \`readonly authMethod = "oauth2" as const;\` (or the method it uses).`
                )
            ];
        }
        const configKind = providerClass.authConfig?.kind;
        if (configKind && configKind !== method.value && method.value in CONFIG_SHAPES) {
            return [
                inProvider(
                    context,
                    providerFile,
                    providerClass.authConfig?.position,
                    `authMethod is "${method.value}" but getAuthConfig() returns ${CONFIG_SHAPES[configKind]}: return ${CONFIG_SHAPES[method.value as keyof typeof CONFIG_SHAPES]} so the two agree.`
                )
            ];
        }
        return [];
    }
};
