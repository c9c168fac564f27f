import { camelCase } from "../../model/names";
import { conventionalCallbackPath, oauthAppFor } from "../../model/provider-model";
import type { OAuthApp } from "../../model/provider-model";
import type { CategoryNames } from "../../model/categories";
import { unsubstitutedPlaceholders, urlPlaceholders } from "../../host-files/oauth-service-file";
import type { OAuthServiceModel, OAuthUrlKind } from "../../host-files/oauth-service-file";
import type { FixtureSystemFileKey, HostFileKey, HostFileModels } from "../../host-files/catalog";
import type {
    ConfigFileModel,
    FixtureLoaderFileModel,
    MapEntryFacts,
    OAuthConfigKeyFacts,
    OAuthRegistryEntryFacts,
    PulumiSecretFacts,
    RegistryEntryFacts,
    SharedProviderFacts,
    SharedProvidersFileModel,
    UndeclaredRegistrationFacts
} from "../../host-files/types";
import type { SourcePosition } from "../../utils/ast";
import type { ProviderClassFacts } from "../../provider-source/provider-class";
import type { FilePosition } from "../../utils/errors";

/** A cross-cutting file as read for a run: its model, or why it could not be read. */
export interface HostFile<T> {
    /** Workspace-relative path. */
    file: string;
    model?: T;
    /** Why the file cannot be read, when it is missing or not in the expected shape. */
    error?: string;
    /** Where in the file the problem is, when it is at one place. */
    position?: FilePosition;
}

/**
 * The host files (one per catalog entry; docs/options.md), read once per run, and what is learned
 * from them. The fixture loader is absent when the host has no sandbox fixture system.
 */
export type HostModels = {
    [K in Exclude<HostFileKey, FixtureSystemFileKey>]: HostFile<HostFileModels[K]>;
} & {
    [K in FixtureSystemFileKey]?: HostFile<HostFileModels[K]>;
} & {
    /** The host's category display names (learned from the registry and ALL_PROVIDERS). */
    categoryNames: CategoryNames;
};

/** An OAuth registry URL with `{placeholders}` the OAuth service leaves in place for the provider. */
export interface UnsubstitutedUrl {
    url: OAuthUrlKind;
    value: string;
    placeholders: string[];
    position?: SourcePosition;
}

/**
 * One provider's slices of the cross-cutting files: everything the registration rules read, and
 * nothing else. The custom hasher hashes exactly this, so a change to another provider's entries
 * never invalidates this provider's cached result (unless it changes what is learned from them,
 * such as the display name of this provider's category).
 */
export interface RegistrationSlice {
    providerId: string;
    registry: HostFile<{
        entries: RegistryEntryFacts[];
        newEntryPosition: SourcePosition;
        /** A leftover `providerRegistry.register(<camelId>Entry)` whose declaration is gone. */
        undeclaredRegistration?: UndeclaredRegistrationFacts;
    }>;
    oauthRegistry: HostFile<{ entry?: OAuthRegistryEntryFacts; newEntryPosition: SourcePosition }>;
    /** The OAuth app the provider uses (own or shared with other providers) and its config.ts entries. */
    config: HostFile<{
        app: OAuthApp;
        /** Other providers whose OAuth entries (or providerMap) read the same config key. */
        sharedWith: string[];
        /** The app's callback, when it is shared (its namesake's, else most others'). */
        sharedCallbackPath?: string;
        oauthKey?: OAuthConfigKeyFacts;
        callbackPath?: MapEntryFacts;
        callbackFallback: ConfigFileModel["callbackFallback"];
        providerMapEntry?: MapEntryFacts;
        ends: ConfigFileModel["ends"];
    }>;
    sharedProviders: HostFile<{
        elements: SharedProviderFacts[];
        /** The ALL_PROVIDERS category the host uses for the provider's registry category. */
        expectedCategory?: string;
        /** The one the host's other providers of that registry category carry, if there are any. */
        othersCategory?: string;
        /** Whether another element carries the category of the provider's (first live) element. */
        categoryShared: boolean;
        /** Where a new element would go: after the last live element of that category. */
        newElementPosition: SourcePosition;
    }>;
    /** The environment variables the app's credentials are read from, and their secrets. */
    pulumi: HostFile<{
        envVars: string[];
        secrets: PulumiSecretFacts[];
        /** The secret after which new OAuth secrets go (the last OAuth one). */
        newSecretPosition: SourcePosition;
    }>;
    /** OAuth URLs whose placeholders the OAuth service does not fill in for this provider. */
    oauthUrls: HostFile<{ unsubstituted: UnsubstitutedUrl[] }>;
    /** The provider's entry in the fixture loader's list; absent without a fixture system. */
    fixtureLoader?: HostFile<{
        entry?: MapEntryFacts;
        listPosition: FixtureLoaderFileModel["listPosition"];
        fixtureModule: FixtureLoaderFileModel["fixtureModule"];
    }>;
}

function slice<T, S>(host: HostFile<T>, select: (model: T) => S): HostFile<S> {
    return host.model === undefined
        ? { file: host.file, error: host.error, position: host.position }
        : { file: host.file, model: select(host.model) };
}

/**
 * The `config.oauth` key a provider's credentials come from: what its OAUTH_PROVIDERS entry reads
 * (the OAuth service uses that), else what its getAuthConfig() reads, else its providerMap value,
 * else its camelCase id.
 */
function configKeyFor(
    providerId: string,
    providerClass: ProviderClassFacts | undefined,
    oauthEntry: OAuthRegistryEntryFacts | undefined,
    config: ConfigFileModel | undefined
): string {
    const classKey =
        providerClass?.authConfig?.kind === "oauth2"
            ? providerClass.authConfig.configKey
            : undefined;
    return (
        oauthEntry?.configKey ??
        classKey ??
        config?.providerMap.find((entry) => entry.key === providerId)?.value ??
        camelCase(providerId)
    );
}

/** Providers (other than this one) whose OAuth entries or providerMap entries read `configKey`. */
function appUsers(providerId: string, configKey: string, hosts: HostModels): string[] {
    const users = new Set<string>();
    for (const entry of hosts.oauthRegistry.model?.entries ?? []) {
        if (entry.configKey === configKey) users.add(entry.key);
    }
    for (const entry of hosts.config.model?.providerMap ?? []) {
        if (entry.value === configKey) users.add(entry.key);
    }
    users.delete(providerId);
    return [...users].sort();
}

/** Where getOAuthRedirectUri sends a provider: its callbackPaths entry, else the fallback. */
function callbackOf(provider: string, config: ConfigFileModel): string | undefined {
    return (
        config.callbackPaths.find((entry) => entry.key === provider)?.value ??
        (config.callbackFallback === "provider-path"
            ? conventionalCallbackPath(provider)
            : undefined)
    );
}

/**
 * The callback of an OAuth app shared by several providers: the one of the provider the app is
 * named after (config key `hubspot` -> provider hubspot), else the one most of the others use.
 */
function sharedAppCallback(
    providerId: string,
    configKey: string,
    sharedWith: string[],
    config: ConfigFileModel
): string | undefined {
    const owner = [providerId, ...sharedWith].find((user) => camelCase(user) === configKey);
    if (owner) return callbackOf(owner, config);
    const counts = new Map<string, number>();
    for (const user of sharedWith) {
        const path = callbackOf(user, config);
        if (path) counts.set(path, (counts.get(path) ?? 0) + 1);
    }
    return [...counts].find(([, count]) => count * 2 > sharedWith.length)?.[0];
}

/** Where a new ALL_PROVIDERS element of a category goes (see the registrar's placement). */
function newElementPosition(
    model: SharedProvidersFileModel,
    category: string | undefined
): SourcePosition {
    const live = model.providers.filter((element) => !element.comingSoon);
    const sameCategory = live.filter((element) => element.category === category);
    const anchor = sameCategory[sameCategory.length - 1] ?? live[live.length - 1];
    return anchor?.endPosition ?? model.arrayEnd;
}

function unsubstitutedUrls(
    providerId: string,
    entry: OAuthRegistryEntryFacts | undefined,
    service: OAuthServiceModel
): UnsubstitutedUrl[] {
    if (!entry) return [];
    const urls: UnsubstitutedUrl[] = [];
    for (const [url, value, position] of [
        ["authUrl", entry.authUrl, entry.authUrlPosition],
        ["tokenUrl", entry.tokenUrl, entry.tokenUrlPosition]
    ] as const) {
        if (value === undefined) continue;
        const placeholders = unsubstitutedPlaceholders(service, providerId, url, value);
        if (placeholders.length > 0) urls.push({ url, value, placeholders, position });
    }
    return urls;
}

export function sliceRegistration(
    providerId: string,
    providerClass: ProviderClassFacts | undefined,
    hosts: HostModels
): RegistrationSlice {
    const oauthEntry = hosts.oauthRegistry.model?.entries.find((entry) => entry.key === providerId);
    const configKey = configKeyFor(providerId, providerClass, oauthEntry, hosts.config.model);
    const sharedWith = appUsers(providerId, configKey, hosts);
    const displayName = providerClass?.displayName?.value ?? providerId;
    const defaults = oauthAppFor(providerId, displayName, configKey);
    const sharedCallbackPath =
        sharedWith.length > 0 && hosts.config.model
            ? sharedAppCallback(providerId, configKey, sharedWith, hosts.config.model)
            : undefined;
    const app: OAuthApp = {
        ...defaults,
        configKey,
        shared: sharedWith.length > 0,
        callbackPath: sharedCallbackPath ?? conventionalCallbackPath(providerId),
        displayName: sharedWith.length > 0 ? defaults.displayName : displayName
    };
    const oauthKey = hosts.config.model?.oauthKeys.find((key) => key.key === configKey);
    const envVars = [
        oauthKey?.clientIdEnvVar ?? app.clientIdEnvVar,
        oauthKey?.clientSecretEnvVar ?? app.clientSecretEnvVar
    ];
    const registryEntries = hosts.registry.model?.entries.filter(
        (entry) => entry.name === providerId
    );
    const category = registryEntries?.[0]?.category;
    const expectedCategory =
        category === undefined ? undefined : hosts.categoryNames.displayName(category);
    // Only a URL with a placeholder needs the OAuth service: without one, nothing is read from it.
    const hasPlaceholders = [oauthEntry?.authUrl, oauthEntry?.tokenUrl].some(
        (url) => url !== undefined && urlPlaceholders(url).length > 0
    );
    return {
        providerId,
        registry: slice(hosts.registry, (model) => ({
            entries: registryEntries ?? [],
            newEntryPosition: model.newEntryPosition,
            undeclaredRegistration: model.undeclaredRegistrations.find(
                (call) => call.variable === `${camelCase(providerId)}Entry`
            )
        })),
        oauthRegistry: slice(hosts.oauthRegistry, (model) => ({
            entry: oauthEntry,
            newEntryPosition: model.newEntryPosition
        })),
        config: slice(hosts.config, (model) => ({
            app,
            sharedWith,
            sharedCallbackPath,
            oauthKey,
            callbackPath: model.callbackPaths.find((entry) => entry.key === providerId),
            callbackFallback: model.callbackFallback,
            providerMapEntry: model.providerMap.find((entry) => entry.key === providerId),
            ends: model.ends
        })),
        sharedProviders: slice(hosts.sharedProviders, (model) => {
            const elements = model.providers.filter((element) => element.provider === providerId);
            const own = elements.find((element) => !element.comingSoon)?.category;
            return {
                elements,
                expectedCategory,
                othersCategory:
                    category === undefined
                        ? undefined
                        : hosts.categoryNames.othersDisplayName(category, providerId),
                categoryShared:
                    own !== undefined &&
                    model.providers.some(
                        (element) => element.provider !== providerId && element.category === own
                    ),
                newElementPosition: newElementPosition(model, expectedCategory)
            };
        }),
        pulumi: slice(hosts.pulumi, (model) => {
            const oauthSecrets = model.secrets.filter((secret) => secret.category === "oauth");
            const last =
                oauthSecrets[oauthSecrets.length - 1] ?? model.secrets[model.secrets.length - 1];
            return {
                envVars,
                secrets: model.secrets.filter(
                    (secret) => secret.envVar !== undefined && envVars.includes(secret.envVar)
                ),
                newSecretPosition: { line: last?.line ?? 1, column: 1 }
            };
        }),
        oauthUrls: hasPlaceholders
            ? slice(hosts.oauthService, (service) => ({
                  unsubstituted: unsubstitutedUrls(providerId, oauthEntry, service)
              }))
            : { file: hosts.oauthService.file, model: { unsubstituted: [] } },
        fixtureLoader:
            hosts.fixtureLoader &&
            slice(hosts.fixtureLoader, (model) => ({
                entry: model.providers.find((entry) => entry.key === providerId),
                listPosition: model.listPosition,
                fixtureModule: model.fixtureModule
            }))
    };
}
