import type { Located } from "../provider-source/provider-class";

/**
 * What the five cross-cutting host files say, as read by `parse*File` in this folder. The registrar
 * uses these models to decide what is missing; the verifier's registration rules check them.
 * Positions are 1-based line/column in the file.
 */

export interface RegistryEntryFacts {
    /** Variable name: `slackEntry`. */
    variable: string;
    name: string;
    displayName?: string;
    authMethod?: string;
    category?: string;
    /** Module path the lazy loader imports (`./providers/slack/SlackProvider`). */
    loaderImport?: string;
    /** Whether `providerRegistry.register(<variable>)` is called for it after its declaration. */
    registered: boolean;
    /**
     * A register call for it that comes before its declaration: a ReferenceError when the module
     * loads (`const` is not hoisted), which the registrar refuses to build on.
     */
    registeredBeforeDeclaration?: Located<string>["position"];
    position: Located<string>["position"];
}

/** `providerRegistry.register(<variable>)` for a variable the file does not declare. */
export interface UndeclaredRegistrationFacts {
    variable: string;
    position: Located<string>["position"];
}

export interface RegistryFileModel {
    entries: RegistryEntryFacts[];
    undeclaredRegistrations: UndeclaredRegistrationFacts[];
    /** Where register-provider adds a new entry (before `export { providerRegistry }`). */
    newEntryPosition: Located<string>["position"];
}

export interface OAuthRegistryEntryFacts {
    /** Key in OAUTH_PROVIDERS. */
    key: string;
    name?: string;
    displayName?: string;
    authUrl?: string;
    tokenUrl?: string;
    scopes?: string[];
    /** `config.oauth.<configKey>.clientId` */
    configKey?: string;
    /** `getOAuthRedirectUri("<redirectProvider>")` */
    redirectProvider?: string;
    position: Located<string>["position"];
    authUrlPosition?: Located<string>["position"];
    tokenUrlPosition?: Located<string>["position"];
}

export interface OAuthRegistryFileModel {
    entries: OAuthRegistryEntryFacts[];
    /** The `}` closing OAUTH_PROVIDERS: new entries go before it. */
    newEntryPosition: Located<string>["position"];
}

export interface OAuthConfigKeyFacts {
    key: string;
    /** `process.env.<X>` read for clientId (or appId); undefined when not an env read. */
    clientIdEnvVar?: string;
    clientSecretEnvVar?: string;
    /** Names of the credential fields: `clientId`/`clientSecret`, or `appId`/`appSecret` (Meta). */
    credentialFields?: { id: string; secret: string };
    position: Located<string>["position"];
}

export interface MapEntryFacts {
    key: string;
    value?: string;
    position: Located<string>["position"];
}

export interface ConfigFileModel {
    oauthKeys: OAuthConfigKeyFacts[];
    /** `callbackPaths` in getOAuthRedirectUri. */
    callbackPaths: MapEntryFacts[];
    /** The path a provider missing from callbackPaths gets: `/oauth/${provider}/callback`. */
    callbackFallback: "provider-path" | "none";
    /** `providerMap` in getOAuthCredentials. */
    providerMap: MapEntryFacts[];
    /** The `}` closing each object, where a new entry goes. */
    ends: {
        oauth: Located<string>["position"];
        callbackPaths: Located<string>["position"];
        providerMap: Located<string>["position"];
    };
}

export interface SharedProviderFacts {
    provider: string;
    displayName?: string;
    description?: string;
    category?: string;
    methods: string[];
    comingSoon: boolean;
    /** Title of the `// Section` comment the element sits under. */
    section?: string;
    position: Located<string>["position"];
    /** The element's closing `}`. */
    endPosition: Located<string>["position"];
}

export interface SharedProvidersFileModel {
    logoDomains: MapEntryFacts[];
    providers: SharedProviderFacts[];
    /** The `]` closing ALL_PROVIDERS. */
    arrayEnd: Located<string>["position"];
}

export interface PulumiSecretFacts {
    name: string;
    envVar?: string;
    category?: string;
    /** 1-based line in the YAML file. */
    line: number;
}

export interface PulumiFileModel {
    secrets: PulumiSecretFacts[];
}

export interface FixtureLoaderFileModel {
    /**
     * Where each provider's fixture module is, relative to its folder, as the loader imports it
     * (`fixtures.ts`, `__tests__/fixtures.ts`).
     */
    fixtureModule: string;
    /** Provider ids in the loader's list (`key` and `value` are the id). */
    providers: MapEntryFacts[];
    /** Where the list starts, for diagnostics about a missing id. */
    listPosition: Located<string>["position"];
}
