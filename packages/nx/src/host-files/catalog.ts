import type { FlowmaestroPluginOptions, ResolvedPluginOptions } from "../config/plugin-options";
import type { CategoryNames } from "../model/categories";
import type { RegistrationModel } from "../model/registration";
import type { ConfigSource } from "./config-file";
import type { HostFileEdit } from "./edit-support";
import type { LoaderSource } from "./fixture-loader-file";
import type { OAuthRegistrySource } from "./oauth-registry-file";
import type { OAuthServiceModel } from "./oauth-service-file";
import type { PulumiSource } from "./pulumi-file";
import type { RegistrySource } from "./registry-file";
import type { SharedProvidersSource } from "./shared-providers-file";
import type {
    ConfigFileModel,
    FixtureLoaderFileModel,
    OAuthRegistryFileModel,
    PulumiFileModel,
    RegistryFileModel,
    SharedProvidersFileModel
} from "./types";
import { specifierFrom } from "../utils/module-specifier";

/**
 * The host files: the cross-cutting files of the host that the plugin reads (and, for most,
 * edits to register a provider). Every reader iterates this list: `init` (detection), the
 * registrar (plans), the verifier's host models, the cache hasher and createNodes (the files a
 * result depends on), the test fixtures and the e2e harness. Adding a host file is its module
 * (read, model, plan) and one entry here.
 *
 * Modules remember nothing they read: a run that needs a file more than once (the registrar over
 * many providers) reads it through its HostSession, which remembers each read for the run.
 *
 * Each entry loads its module on first use: createNodes reads only the paths while Nx builds
 * the project graph, and must not load TypeScript for it.
 */

/** What each host file parses to, by catalog key. */
export interface HostFileModels {
    registry: RegistryFileModel;
    oauthRegistry: OAuthRegistryFileModel;
    config: ConfigFileModel;
    sharedProviders: SharedProvidersFileModel;
    pulumi: PulumiFileModel;
    fixtureLoader: FixtureLoaderFileModel;
    oauthService: OAuthServiceModel;
}

export type HostFileKey = keyof HostFileModels;

/**
 * What each host file's module reads the file into, to model it and to plan edits: its syntax
 * tree and the nodes edits are placed by. The OAuth service is only read: its read is its model.
 */
export interface HostFileSources {
    registry: RegistrySource;
    oauthRegistry: OAuthRegistrySource;
    config: ConfigSource;
    sharedProviders: SharedProvidersSource;
    pulumi: PulumiSource;
    fixtureLoader: LoaderSource;
    oauthService: OAuthServiceModel;
}

/** Plugin options that name a host file. */
export type HostFileOption = {
    [O in keyof FlowmaestroPluginOptions]-?: O extends `${string}File` ? O : never;
}[keyof FlowmaestroPluginOptions];

/** What planning a provider's entry in one host file may read besides the file itself. */
export interface RegistrationContext<K extends HostFileKey> {
    registration: RegistrationModel;
    options: ResolvedPluginOptions;
    /** The host file's workspace-relative path. */
    fileName: string;
    /** Reads the file's (LF) text as its module does, remembered for the run. */
    read(lfSource: string): HostFileSources[K];
    /** Another host file's model as the run reads it; undefined when missing or unreadable. */
    model<Other extends HostFileKey>(key: Other): HostFileModels[Other] | undefined;
    /** The category display names the host uses (learned from the registry and ALL_PROVIDERS). */
    categoryNames(): CategoryNames;
}

/** What the host offers a provider beyond its registration model. */
export interface ProviderAtHost {
    /** The provider has the fixture module the host's fixture loader imports. */
    hasFixtures: boolean;
}

export interface HostFileRegistration<K extends HostFileKey> {
    /** Whether the provider has an entry in this file at all. */
    appliesTo(registration: RegistrationModel, provider: ProviderAtHost): boolean;
    /** The insertions the provider's entry needs (none when present); throws on a conflict. */
    plan(source: string, context: RegistrationContext<K>): HostFileEdit;
}

export interface HostFileEntry<K extends HostFileKey = HostFileKey> {
    key: K;
    option: HostFileOption;
    /** What the file is, for messages ("provider registry"). */
    role: string;
    /** `always`, or only where the host has the sandbox fixture system (TestFixture and loader). */
    where: "always" | "fixture-system";
    /**
     * For `init`: text that tells this file from others of its name when it is not at its default
     * path. Absent: init does not look for it.
     */
    detect?: RegExp;
    /** Reads the file alone: throws when it is broken for every provider (syntax, shape). */
    read(source: string, fileName: string): HostFileSources[K];
    /** What the read file says; throws, as `read` does, when the file is broken for every provider. */
    model(read: HostFileSources[K], fileName: string): HostFileModels[K];
    /** Absent for files the plugin only reads. */
    registration?: HostFileRegistration<K>;
}

type AnyHostFileEntry = { [K in HostFileKey]: HostFileEntry<K> }[HostFileKey];

/* Loaded on first use (see above). */
const registryFile = () => require("./registry-file") as typeof import("./registry-file");
const oauthRegistryFile = () =>
    require("./oauth-registry-file") as typeof import("./oauth-registry-file");
const configFile = () => require("./config-file") as typeof import("./config-file");
const sharedProvidersFile = () =>
    require("./shared-providers-file") as typeof import("./shared-providers-file");
const pulumiFile = () => require("./pulumi-file") as typeof import("./pulumi-file");
const fixtureLoaderFile = () =>
    require("./fixture-loader-file") as typeof import("./fixture-loader-file");
const oauthServiceFile = () =>
    require("./oauth-service-file") as typeof import("./oauth-service-file");

/** Module path from registry.ts to the providers folder (`./providers`). */
function providersImport(options: ResolvedPluginOptions): string {
    return specifierFrom(options.registryFile, options.providersDir);
}

/** The provider's own OAuth app (not one shared with other providers). */
const ownOAuthApp = (registration: RegistrationModel) =>
    registration.oauth?.app !== undefined && !registration.oauth.app.shared;

/** In the order the registrar plans and reports them and createNodes lists them as inputs. */
const ENTRIES = [
    {
        key: "registry",
        option: "registryFile",
        role: "provider registry",
        where: "always",
        detect: /providerRegistry/,
        read: (source, fileName) => registryFile().readRegistryFile(source, fileName),
        model: (registry) => registryFile().registryFileModel(registry),
        registration: {
            appliesTo: () => true,
            plan: (source, { registration, options, fileName, read }) =>
                registryFile().planRegistryFile(source, registration, {
                    fileName,
                    read,
                    providersImport: providersImport(options)
                })
        }
    },
    {
        key: "oauthRegistry",
        option: "oauthRegistryFile",
        role: "OAuth provider registry",
        where: "always",
        detect: /OAUTH_PROVIDERS/,
        read: (source, fileName) => oauthRegistryFile().readOAuthRegistryFile(source, fileName),
        model: (registry) => oauthRegistryFile().oauthRegistryFileModel(registry),
        registration: {
            appliesTo: (registration) => registration.oauth?.app !== undefined,
            plan: (source, { registration, fileName, read, model }) =>
                oauthRegistryFile().planOAuthRegistryFile(source, registration, {
                    fileName,
                    read,
                    // `clientId`/`clientSecret`, or `appId`/`appSecret`, as config.oauth.<key> names them.
                    credentialFields: model("config")?.oauthKeys.find(
                        (key) => key.key === registration.oauth?.app?.configKey
                    )?.credentialFields
                })
        }
    },
    {
        key: "config",
        option: "configFile",
        role: "backend config",
        where: "always",
        detect: /getOAuthRedirectUri/,
        read: (source, fileName) => configFile().readConfigFile(source, fileName),
        model: (config) => configFile().configFileModel(config),
        registration: {
            appliesTo: (registration) => registration.oauth?.app !== undefined,
            plan: (source, { registration, fileName, read }) =>
                configFile().planConfigFile(source, registration, { fileName, read })
        }
    },
    {
        key: "sharedProviders",
        option: "sharedProvidersFile",
        role: "shared provider list",
        where: "always",
        detect: /ALL_PROVIDERS/,
        read: (source, fileName) => sharedProvidersFile().readSharedProvidersFile(source, fileName),
        model: (shared) => sharedProvidersFile().sharedProvidersFileModel(shared),
        registration: {
            appliesTo: () => true,
            plan: (source, { registration, fileName, read, categoryNames }) =>
                sharedProvidersFile().planSharedProvidersFile(source, registration, {
                    fileName,
                    read,
                    categoryNames: categoryNames()
                })
        }
    },
    {
        key: "pulumi",
        option: "pulumiFile",
        role: "Pulumi secrets config",
        where: "always",
        detect: /secrets/,
        read: (source, fileName) => pulumiFile().readPulumiFile(source, fileName),
        model: (pulumi) => pulumiFile().pulumiFileModel(pulumi),
        registration: {
            appliesTo: ownOAuthApp,
            plan: (source, { registration, fileName, read }) =>
                pulumiFile().planPulumiFile(source, registration, { fileName, read })
        }
    },
    {
        key: "oauthService",
        option: "oauthServiceFile",
        role: "OAuth service",
        where: "always",
        read: (source, fileName) => oauthServiceFile().parseOAuthServiceFile(source, fileName),
        model: (service) => service
    },
    {
        key: "fixtureLoader",
        option: "fixtureLoaderFile",
        role: "sandbox fixture loader",
        where: "fixture-system",
        read: (source, fileName) => fixtureLoaderFile().readFixtureLoaderFile(source, fileName),
        model: (loader, fileName) => fixtureLoaderFile().fixtureLoaderFileModel(loader, fileName),
        registration: {
            // Only providers with fixture data are listed.
            appliesTo: (_registration, provider) => provider.hasFixtures,
            plan: (source, { registration, fileName, read }) =>
                fixtureLoaderFile().planFixtureLoaderFile(source, registration, { fileName, read })
        }
    }
] as const satisfies readonly AnyHostFileEntry[];

export const HOST_FILE_CATALOG: readonly AnyHostFileEntry[] = ENTRIES;

/** The host files that exist only where the host has the sandbox fixture system. */
export type FixtureSystemFileKey = Extract<
    (typeof ENTRIES)[number],
    { where: "fixture-system" }
>["key"];

/** A host file's model read from its text alone, for a run that reads each file once. */
export function parseHostFileText<K extends HostFileKey>(
    entry: HostFileEntry<K>,
    source: string,
    fileName: string
): HostFileModels[K] {
    return entry.model(entry.read(source, fileName), fileName);
}

/** The catalog entry of one host file. */
export function hostFileEntry<K extends HostFileKey>(key: K): HostFileEntry<K> {
    return HOST_FILE_CATALOG.find((entry) => entry.key === key) as unknown as HostFileEntry<K>;
}

/** Every host file's workspace-relative path under these options, in catalog order. */
export function hostFilePaths(options: ResolvedPluginOptions): string[] {
    return HOST_FILE_CATALOG.map((entry) => options[entry.option]);
}
