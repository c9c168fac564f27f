import type { ResolvedPluginOptions } from "../../../config/plugin-options";
import {
    parseOAuthServiceFile,
    unsubstitutedPlaceholders,
    urlPlaceholders
} from "../../../host-files/oauth-service-file";
import type { HostProfile } from "../../../host-profile/host-profile";
import type { HostReader } from "../../../host-profile/host-reader";
import type { ProviderModel } from "../../../model/provider-model";

/** A problem with the spec for this host, at a spec path (for the `file:line: path:` prefix). */
export interface SpecProblem {
    path: PropertyKey[];
    message: string;
}

/**
 * What the spec asks that this host cannot run, found before anything is written. Each problem
 * says why and what to do instead.
 */
export function hostCompatibilityProblems(
    model: ProviderModel,
    profile: HostProfile,
    host: HostReader,
    options: ResolvedPluginOptions
): SpecProblem[] {
    const { coreDir } = options;
    const problems: SpecProblem[] = [];
    if (!profile.jsonSchema) {
        const field = profile.fields.operationDefinition.has("inputSchemaJSON");
        problems.push({
            path: ["operations"],
            message: `${field ? "OperationDefinition requires inputSchemaJSON" : "MCP tools need a JSON schema of each operation's input"}, but no module exporting toJSONSchema was found from ${coreDir}; set the "jsonSchemaModule" plugin option in nx.json to the module that exports it`
        });
    }
    const webhooks = model.webhooks;
    if (webhooks && webhooks.signatureType !== "none") {
        const type = webhooks.signatureType;
        const hook = profile.signatureHooks[type];
        const hookFits =
            hook !== undefined &&
            type === "timestamp_signature" &&
            hook.parameters.map((parameter) => parameter.type).join(",") ===
                "WebhookRequestData,string,string";
        if (!profile.baseVerifiedSignatures.includes(type) && !hookFits) {
            problems.push({
                path: ["webhooks", "signatureType"],
                message: hook
                    ? `the host's BaseProvider leaves ${type} to ${hook.method}(${hook.parameters.map((p) => `${p.name}: ${p.type}`).join(", ")}), a signature the generator does not know how to implement; choose another signatureType or write the check by hand`
                    : `the host's BaseProvider (${coreDir}/BaseProvider.ts) does not verify ${type} and has no method a provider could override for it; choose another signatureType`
            });
        }
    }
    if (model.auth.type === "oauth2") {
        const auth = model.auth;
        const withPlaceholders = (["authUrl", "tokenUrl"] as const).filter(
            (key) => urlPlaceholders(auth[key]).length > 0
        );
        const serviceSource =
            withPlaceholders.length > 0 ? host.read(options.oauthServiceFile) : undefined;
        const service =
            serviceSource === undefined
                ? { substitutions: [] }
                : parseOAuthServiceFile(serviceSource, options.oauthServiceFile);
        for (const key of withPlaceholders) {
            const left = unsubstitutedPlaceholders(service, model.id, key, auth[key]);
            if (left.length === 0) continue;
            const names = left.map((name) => `{${name}}`).join(", ");
            problems.push({
                path: ["auth", key],
                message: `has ${names}, which FlowMaestro's OAuth service (${options.oauthServiceFile}) does not fill in for "${model.id}" — it substitutes URL placeholders only for the providers its code names — so users would be sent to the literal ${names}. Use a fixed URL, or add the substitution for "${model.id}" to the OAuth service first`
            });
        }
    }
    return problems;
}
