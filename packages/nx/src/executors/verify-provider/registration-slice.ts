import { camelCase } from "../../model/names";
import { oauthAppFor } from "../../model/provider-model";
import type { OAuthApp } from "../../model/provider-model";
import type {
    ConfigFileModel,
    FixtureLoaderFileModel,
    MapEntryFacts,
    OAuthConfigKeyFacts,
    OAuthRegistryEntryFacts,
    OAuthRegistryFileModel,
    PulumiFileModel,
    PulumiSecretFacts,
    RegistryEntryFacts,
    RegistryFileModel,
    SharedProviderFacts,
    SharedProvidersFileModel,
    UndeclaredRegistrationFacts
} from "../../host-files/types";
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

/** The five cross-cutting files, read once per run (DESIGN.md §3). */
export interface HostModels {
    registry: HostFile<RegistryFileModel>;
    oauthRegistry: HostFile<OAuthRegistryFileModel>;
    config: HostFile<ConfigFileModel>;
    sharedProviders: HostFile<SharedProvidersFileModel>;
    pulumi: HostFile<PulumiFileModel>;
    /** Absent when the host has no sandbox fixture system. */
    fixtureLoader?: HostFile<FixtureLoaderFileModel>;
}

/**
 * One provider's slices of the cross-cutting files: everything the registration rules read, and
 * nothing else. The custom hasher hashes exactly this, so a change to another provider's entries
 * never invalidates this provider's cached result.
 */
export interface RegistrationSlice {
    providerId: string;
    registry: HostFile<{
        entries: RegistryEntryFacts[];
        /** A leftover `providerRegistry.register(<camelId>Entry)` whose declaration is gone. */
        undeclaredRegistration?: UndeclaredRegistrationFacts;
    }>;
    oauthRegistry: HostFile<{ entry?: OAuthRegistryEntryFacts }>;
    /** The OAuth app the provider uses (own or a family's) and its config.ts entries. */
    config: HostFile<{
        app: OAuthApp;
        oauthKey?: OAuthConfigKeyFacts;
        callbackPath?: MapEntryFacts;
        callbackFallback: ConfigFileModel["callbackFallback"];
        providerMapEntry?: MapEntryFacts;
    }>;
    sharedProviders: HostFile<{ elements: SharedProviderFacts[] }>;
    /** The environment variables the app's credentials are read from, and their secrets. */
    pulumi: HostFile<{ envVars: string[]; secrets: PulumiSecretFacts[] }>;
    /** The provider's entry in the fixture loader's list; absent without a fixture system. */
    fixtureLoader?: HostFile<{
        entry?: MapEntryFacts;
        listPosition: FixtureLoaderFileModel["listPosition"];
    }>;
}

function slice<T, S>(host: HostFile<T>, select: (model: T) => S): HostFile<S> {
    return host.model === undefined
        ? { file: host.file, error: host.error, position: host.position }
        : { file: host.file, model: select(host.model) };
}

/**
 * The `config.oauth` key a provider's credentials come from: what its getAuthConfig() reads, else
 * what its OAUTH_PROVIDERS entry reads, else its providerMap value, else its camelCase id.
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
        classKey ??
        oauthEntry?.configKey ??
        config?.providerMap.find((entry) => entry.key === providerId)?.value ??
        camelCase(providerId)
    );
}

export function sliceRegistration(
    providerId: string,
    providerClass: ProviderClassFacts | undefined,
    hosts: HostModels
): RegistrationSlice {
    const oauthEntry = hosts.oauthRegistry.model?.entries.find((entry) => entry.key === providerId);
    const configKey = configKeyFor(providerId, providerClass, oauthEntry, hosts.config.model);
    const app = oauthAppFor(providerId, providerClass?.displayName?.value ?? providerId, configKey);
    const oauthKey = hosts.config.model?.oauthKeys.find((key) => key.key === configKey);
    const envVars = [
        oauthKey?.clientIdEnvVar ?? app.clientIdEnvVar,
        oauthKey?.clientSecretEnvVar ?? app.clientSecretEnvVar
    ];
    return {
        providerId,
        registry: slice(hosts.registry, (model) => ({
            entries: model.entries.filter((entry) => entry.name === providerId),
            undeclaredRegistration: model.undeclaredRegistrations.find(
                (call) => call.variable === `${camelCase(providerId)}Entry`
            )
        })),
        oauthRegistry: slice(hosts.oauthRegistry, () => ({ entry: oauthEntry })),
        config: slice(hosts.config, (model) => ({
            app,
            oauthKey,
            callbackPath: model.callbackPaths.find((entry) => entry.key === providerId),
            callbackFallback: model.callbackFallback,
            providerMapEntry: model.providerMap.find((entry) => entry.key === providerId)
        })),
        sharedProviders: slice(hosts.sharedProviders, (model) => ({
            elements: model.providers.filter((element) => element.provider === providerId)
        })),
        pulumi: slice(hosts.pulumi, (model) => ({
            envVars,
            secrets: model.secrets.filter(
                (secret) => secret.envVar !== undefined && envVars.includes(secret.envVar)
            )
        })),
        fixtureLoader:
            hosts.fixtureLoader &&
            slice(hosts.fixtureLoader, (model) => ({
                entry: model.providers.find((entry) => entry.key === providerId),
                listPosition: model.listPosition
            }))
    };
}
