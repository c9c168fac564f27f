import { categoryDisplayName } from "./categories";
import { kebabCase, mcpToolName, operationNames, providerNames, titleCase } from "./names";
import type {
    ApiKeyAuthSpec,
    OAuthAuthSpec,
    OperationSpec,
    ParameterSpec,
    PreAuthFieldSpec,
    ProviderSpec,
    WebhooksSpec
} from "./provider-spec";
import { inferActionType, operationMethod, pathPlaceholders } from "./provider-spec";

export { inferActionType };
import type { OperationNames, ProviderNames } from "./names";

/**
 * A validated spec with everything derived that the generator, the registrar and the verifier need:
 * names, defaults, the OAuth app (own or a family's) and its secrets.
 */
export interface ProviderModel {
    id: string;
    names: ProviderNames;
    displayName: string;
    description: string;
    category: string;
    categoryDisplayName: string;
    docsUrl?: string;
    logoDomain?: string;
    baseUrl: string;
    auth: OAuthAuthSpec | ApiKeyAuthSpec;
    authMethod: "oauth2" | "api_key";
    /** Present for oauth2 providers. */
    oauthApp?: OAuthApp;
    preAuthFields: PreAuthFieldSpec[];
    rateLimit: { tokensPerMinute: number; burstSize?: number };
    operations: OperationModel[];
    webhooks?: WebhooksSpec;
}

/** The OAuth application whose credentials a provider uses: its own, or a shared family app. */
export interface OAuthApp {
    /** Key under `config.oauth`, also the `providerMap` value. */
    configKey: string;
    /** True when the app belongs to a family (`google`, `microsoft`): nothing new to add for it. */
    shared: boolean;
    clientIdEnvVar: string;
    clientSecretEnvVar: string;
    clientIdSecretName: string;
    clientSecretSecretName: string;
    /** The redirect path `getOAuthRedirectUri` should return for this provider. */
    callbackPath: string;
    /** Display name used for the config comment and the secrets' descriptions. */
    displayName: string;
}

export interface OperationModel {
    id: string;
    names: OperationNames;
    name: string;
    description: string;
    category: string;
    actionType: "read" | "write";
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    path: string;
    parameters: ParameterSpec[];
    /** Parameters substituted into the path. */
    pathParameters: string[];
    returns?: string;
    mcpToolName: string;
}

export function operationModel(operation: OperationSpec, providerId: string): OperationModel {
    const actionType = operation.actionType ?? inferActionType(operation.id);
    const path = operation.path ?? `/${kebabCase(operation.id)}`;
    return {
        id: operation.id,
        names: operationNames(operation.id),
        name: operation.name ?? titleCase(operation.id),
        description: operation.description ?? titleCase(operation.id),
        category: operation.category ?? (actionType === "read" ? "data" : "actions"),
        actionType,
        method: operationMethod(operation),
        path,
        parameters: operation.parameters,
        pathParameters: pathPlaceholders(path),
        returns: operation.returns,
        mcpToolName: mcpToolName(providerId, operation.id)
    };
}

/** Own app: keyed by the provider; family app: keyed by the family (`google-client-id`, ...). */
export function oauthAppFor(providerId: string, displayName: string, oauthKey?: string): OAuthApp {
    const names = providerNames(providerId);
    const shared = oauthKey !== undefined && oauthKey !== names.camel;
    const owner = shared ? providerNames(kebabCase(oauthKey)) : names;
    const secretPrefix = shared ? owner.id : providerId;
    return {
        configKey: shared ? oauthKey : names.camel,
        shared,
        clientIdEnvVar: `${owner.constant}_CLIENT_ID`,
        clientSecretEnvVar: `${owner.constant}_CLIENT_SECRET`,
        clientIdSecretName: `${secretPrefix}-client-id`,
        clientSecretSecretName: `${secretPrefix}-client-secret`,
        callbackPath: conventionalCallbackPath(secretPrefix),
        displayName: shared ? titleCase(oauthKey) : displayName
    };
}

/**
 * The host's OAuth callback path convention, `/oauth/<provider>/callback`: the path a new OAuth app
 * gets, and the one getOAuthRedirectUri falls back to for a provider without a callbackPaths entry.
 */
export function conventionalCallbackPath(provider: string): string {
    return `/oauth/${provider}/callback`;
}

export function buildProviderModel(spec: ProviderSpec): ProviderModel {
    const names = providerNames(spec.id, spec.classPrefix);
    const displayName = spec.displayName ?? titleCase(spec.id);
    const oauth = spec.auth.type === "oauth2" ? spec.auth : undefined;
    return {
        id: spec.id,
        names,
        displayName,
        description: spec.description ?? `${displayName} integration`,
        category: spec.category,
        categoryDisplayName: categoryDisplayName(spec.category),
        docsUrl: spec.docsUrl,
        logoDomain: spec.logoDomain,
        baseUrl: spec.baseUrl.replace(/\/+$/, ""),
        auth: spec.auth,
        authMethod: spec.auth.type,
        oauthApp: oauth ? oauthAppFor(spec.id, displayName, oauth.oauthKey) : undefined,
        preAuthFields: oauth?.preAuthFields ?? [],
        rateLimit: spec.rateLimit,
        operations: spec.operations.map((operation) => operationModel(operation, spec.id)),
        webhooks: spec.webhooks
    };
}
