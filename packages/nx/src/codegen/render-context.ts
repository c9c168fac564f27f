import * as path from "path";
import { buildFixtures } from "./fixtures";
import {
    arrayLiteral,
    assignment,
    bracedList,
    call,
    literalBlock,
    objectLines,
    objectProperty
} from "./layout";
import { commentText, tsString, tsValue } from "./literals";
import { zodObjectProperty } from "./zod-expression";
import type { FieldMap, HostProfile } from "../host-profile/host-profile";
import { renderImports, type ImportSpec } from "../host-profile/import-order";
import type { OperationModel, ProviderModel } from "../model/provider-model";
import { parameterLocation } from "../model/provider-spec";
import { specifierFrom } from "../utils/module-specifier";

/**
 * What templates see (documented in docs/templates.md): helpers every
 * template uses, the provider's model for the provider templates, and the operation and how its
 * file reaches the service for the operation template.
 */

/** What the generator renders into: the model, the host it renders for, and where. */
export interface RenderInput {
    model: ProviderModel;
    profile: HostProfile;
    /** Workspace-relative provider folder. */
    providerDir: string;
    /** Credential field names under `config.oauth.<key>` (`clientId`/`clientSecret`, or Meta's `appId`/`appSecret`). */
    oauthCredentials: { id: string; secret: string };
}

/** Default webhook timestamp tolerance (seconds) when the spec sets none. */
export const DEFAULT_TIMESTAMP_MAX_AGE = 300;

/** Error types the templates want, and what each becomes where the host's OperationError lacks it. */
const ERROR_TYPE_FALLBACKS: Record<string, string[]> = {
    network: ["server_error"],
    rate_limit: ["server_error"],
    permission: ["validation"],
    not_found: ["validation"]
};

/** The host's error type for `wanted` (a string literal), following the fallbacks above. */
export function hostErrorType(profile: HostProfile, wanted: string): string {
    const candidates = [
        wanted,
        ...(ERROR_TYPE_FALLBACKS[wanted] ?? []),
        "server_error",
        "validation"
    ];
    const found = candidates.find((type) => profile.operationErrorTypes.includes(type));
    return tsString(found ?? profile.operationErrorTypes[0] ?? wanted);
}

/** The provider's own timestamp-signature check, when the host's base class leaves it to providers. */
export function webhookSignatureOverride(model: ProviderModel, profile: HostProfile) {
    const webhooks = model.webhooks;
    if (!webhooks) return undefined;
    const hook = profile.signatureHooks[webhooks.signatureType];
    if (!hook || webhooks.signatureType !== "timestamp_signature") return undefined;
    const [request, body, secret] = hook.parameters;
    return {
        type: webhooks.signatureType,
        method: hook.method,
        parameters: hook.parameters,
        request: request.name,
        body: body.name,
        secret: secret.name,
        signatureHeader: webhooks.signatureHeader!,
        timestampHeader: webhooks.timestampHeader,
        inSignatureHeader:
            !webhooks.timestampHeader ||
            webhooks.timestampHeader.toLowerCase() === webhooks.signatureHeader!.toLowerCase(),
        maxAge: webhooks.timestampMaxAge ?? DEFAULT_TIMESTAMP_MAX_AGE
    };
}

function fieldCheck(fields: FieldMap) {
    return (name: string) => fields.has(name);
}

/** `import ... from` specifier from a provider file to a workspace module. */
function moduleFrom(providerDir: string) {
    return (file: string, module: string) => specifierFrom(`${providerDir}/${file}`, module);
}

/** Helpers every template can use, for a host and a provider folder. */
export function sharedContext(profile: HostProfile, providerDir: string) {
    return {
        profile,
        str: tsString,
        value: tsValue,
        literal: literalBlock,
        commentText,
        sorted: (items: string[]) => [...items].sort(),
        imports: (specs: Array<ImportSpec | undefined>) =>
            renderImports(
                specs.filter((spec): spec is ImportSpec => spec !== undefined),
                profile.importOrder
            ),
        moduleFrom: moduleFrom(providerDir),
        has: {
            operationField: fieldCheck(profile.fields.operationDefinition),
            oauthConfigField: fieldCheck(profile.fields.oauthConfig),
            webhookConfigField: fieldCheck(profile.fields.webhookConfig),
            capabilitiesField: fieldCheck(profile.fields.providerCapabilities),
            mcpToolField: fieldCheck(profile.fields.mcpTool)
        },
        errorType: (wanted: string) => hostErrorType(profile, wanted),
        parameterPlacement,
        parametersIn,
        bracedList,
        assignment,
        objectProperty,
        objectLines,
        arrayLiteral,
        call,
        zodObjectProperty
    };
}

export type SharedContext = ReturnType<typeof sharedContext>;

/** The provider templates' context: the shared helpers and everything about the new provider. */
export function providerContext({ model, profile, providerDir, oauthCredentials }: RenderInput) {
    return {
        ...sharedContext(profile, providerDir),
        model,
        oauthCredentials,
        names: model.names,
        headers: clientHeaders(model),
        webhookConfig: webhookConfigEntries(model, profile),
        webhookSignature: webhookSignatureOverride(model, profile),
        fixtures: profile.fixtures ? buildFixtures(model, profile.operationErrorTypes) : [],
        // File-name segments: __providerClass__ and friends.
        providerClass: model.names.providerClass,
        clientClass: model.names.clientClass,
        mcpAdapterClass: model.names.mcpAdapterClass
    };
}

/**
 * How an operation's executor reaches the service: through a method of a client this plugin
 * generated (`generated`), or by building the request for a client with a public
 * `request(config)` (`request`; `acceptsQuery` when the config takes a query object).
 */
export interface OperationClient {
    kind: "generated" | "request";
    className: string;
    /** The client's module, as imported from the operation file. */
    module: string;
    acceptsQuery?: boolean;
}

/** One operation file to render: where it goes, whom it calls, and how its siblings are written. */
export interface OperationRender {
    operation: OperationModel;
    /** The operation file, relative to the provider folder (`operations/zones/listRulesets.ts`). */
    file: string;
    client: OperationClient;
    /** `iife`: the definition is built in a try/catch that logs with the siblings' logger. */
    definitionForm: "plain" | "iife";
    /** IIFE form: how the siblings get their logger, and the log component they name. */
    logger?: { imports: ImportSpec[]; declaration: string; component: string };
}

/** The operation template's context: `context` (shared or provider) plus the operation. */
export function operationContext<Context extends SharedContext>(
    context: Context,
    render: OperationRender
) {
    return {
        ...context,
        operationId: path.posix.basename(render.file, ".ts"),
        operationFile: render.file,
        op: render.operation,
        parameters: operationParameters(render.operation),
        client: render.client,
        definitionForm: render.definitionForm,
        logger: render.logger
    };
}

/** Headers the client sends: JSON, the spec's additional headers, then the auth header. */
function clientHeaders(model: ProviderModel): Array<[string, string]> {
    const headers: Array<[string, string]> = [["Content-Type", tsString("application/json")]];
    if (model.auth.type === "oauth2") {
        headers.push(["Authorization", "`Bearer ${config.accessToken}`"]);
        return headers;
    }
    for (const [name, value] of Object.entries(model.auth.additionalHeaders ?? {})) {
        const index = headers.findIndex(
            ([existing]) => existing.toLowerCase() === name.toLowerCase()
        );
        if (index >= 0) headers.splice(index, 1);
        headers.push([name, tsString(value)]);
    }
    // A key sent in the query string is added to each request's URL instead.
    if (model.auth.in === "query") return headers;
    const template = tsString(model.auth.headerTemplate);
    headers.push([
        model.auth.headerName,
        `${template}.split(${tsString("{{api_key}}")}).join(config.apiKey)`
    ]);
    return headers;
}

/** `setWebhookConfig({...})` entries, limited to the fields the host's WebhookConfig has. */
function webhookConfigEntries(model: ProviderModel, profile: HostProfile): Array<[string, string]> {
    const webhooks = model.webhooks;
    if (!webhooks) return [];
    const timestamped = webhooks.signatureType === "timestamp_signature";
    const entries: Array<[string, string | undefined]> = [
        ["setupType", tsString("manual")],
        ["signatureType", tsString(webhooks.signatureType)],
        ["signatureHeader", webhooks.signatureHeader && tsString(webhooks.signatureHeader)],
        ["eventHeader", webhooks.eventHeader && tsString(webhooks.eventHeader)],
        [
            "timestampHeader",
            timestamped && webhooks.timestampHeader ? tsString(webhooks.timestampHeader) : undefined
        ],
        [
            "timestampMaxAge",
            !timestamped
                ? undefined
                : webhookSignatureOverride(model, profile)
                  ? "WEBHOOK_TIMESTAMP_MAX_AGE_SECONDS"
                  : String(webhooks.timestampMaxAge ?? DEFAULT_TIMESTAMP_MAX_AGE)
        ]
    ];
    return entries.flatMap(([key, value]) =>
        value === undefined || !profile.fields.webhookConfig.has(key) ? [] : [[key, value]]
    );
}

/**
 * `[name, location, wireName]` for the parameters of an operation that say where they travel (`in`)
 * or under which name (`wireName`); empty when none does, and the client's defaults apply.
 */
export function parameterPlacement(
    operation: OperationModel
): Array<[string, "query" | "body", string]> {
    if (!operation.parameters.some((parameter) => parameter.in || parameter.wireName)) return [];
    return operation.parameters.flatMap((parameter) => {
        const location = parameterLocation(parameter, operation.method, operation.pathParameters);
        return location === "path" || location === undefined
            ? []
            : [[parameter.name, location, parameter.wireName ?? parameter.name]];
    });
}

/** `[wireName, name]` of the parameters that travel in `location` (a request built by hand). */
export function parametersIn(
    operation: OperationModel,
    location: "query" | "body"
): Array<[string, string]> {
    return operation.parameters.flatMap((parameter) =>
        parameterLocation(parameter, operation.method, operation.pathParameters) === location
            ? [[parameter.wireName ?? parameter.name, parameter.name] as [string, string]]
            : []
    );
}

/** Path parameters are always sent, so they are required whatever the spec says. */
function operationParameters(operation: OperationModel) {
    return operation.parameters.map((parameter) =>
        operation.pathParameters.includes(parameter.name) && parameter.default === undefined
            ? { ...parameter, required: true }
            : parameter
    );
}
