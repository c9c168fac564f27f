import * as path from "path";
import { resolvePluginOptions } from "../../../config/plugin-options";
import { analyzeProviderFolder } from "../../../provider-source/provider-folder";
import type { Derivation } from "../../../contracts/derive";
import type { ProviderFolderFacts } from "../../../provider-source/provider-folder";
import { ProviderSources } from "../../../provider-source/provider-sources";
import { parseConfigFile } from "../../../host-files/config-file";
import { parseFixtureLoaderFile } from "../../../host-files/fixture-loader-file";
import { parseOAuthRegistryFile } from "../../../host-files/oauth-registry-file";
import { parseOAuthServiceFile } from "../../../host-files/oauth-service-file";
import { hostCategoryNames } from "../../../model/categories";
import { parsePulumiFile } from "../../../host-files/pulumi-file";
import { parseRegistryFile } from "../../../host-files/registry-file";
import { parseSharedProvidersFile } from "../../../host-files/shared-providers-file";
import { readSandboxFiles } from "../../../testing/sandbox-copy";
import type { SandboxName } from "../../../testing/sandbox-copy";
import { sliceRegistration } from "../registration-slice";
import type { HostModels } from "../registration-slice";
import type { Diagnostic, Rule } from "../rule";
import { runRules } from "../run-rules";

/** Test trees built from the base model (tools/model/base) or another era, edited in memory. */
export const SANDBOX_ROOT = path.resolve(__dirname, "../../../../../../tools/model/base");
export const OPTIONS = resolvePluginOptions();

const eraFiles = new Map<SandboxName, Map<string, string>>();

/** The files of a model era (assembled once per test file), by workspace path. */
function modelFiles(era: SandboxName): Map<string, string> {
    let files = eraFiles.get(era);
    if (!files) eraFiles.set(era, (files = readSandboxFiles(era)));
    return files;
}

function modelFile(era: SandboxName, file: string): string {
    const text = modelFiles(era).get(file);
    if (text === undefined) throw new Error(`fixture: no file ${file} in the ${era} model`);
    return text;
}

export type FileEdits = Record<string, string | null | ((text: string) => string)>;

/** Applies edits: a string replaces or adds a file, null deletes it, a function rewrites it. */
function applyEdits(files: Map<string, string>, edits: FileEdits): Map<string, string> {
    const result = new Map(files);
    for (const [file, edit] of Object.entries(edits)) {
        if (edit === null) result.delete(file);
        else if (typeof edit === "string") result.set(file, edit);
        else {
            const text = result.get(file);
            if (text === undefined) throw new Error(`fixture: no file ${file}`);
            const edited = edit(text);
            if (edited === text) throw new Error(`fixture: edit of ${file} changed nothing`);
            result.set(file, edited);
        }
    }
    return result;
}

/** Replaces `from` (which must occur) with `to`. */
export function replace(from: string | RegExp, to: string): (text: string) => string {
    return (text) => {
        if (typeof from === "string" ? !text.includes(from) : !from.test(text)) {
            throw new Error(`fixture: ${String(from)} not found`);
        }
        return text.replace(from, to);
    };
}

/** A sandbox provider folder, optionally edited (paths relative to the folder). */
export function sandboxProvider(
    id: string,
    edits: FileEdits = {},
    era: SandboxName = "current"
): ProviderFolderFacts {
    const dir = `${OPTIONS.providersDir}/${id}`;
    const files = new Map(
        [...modelFiles(era)]
            .filter(([file]) => file.startsWith(`${dir}/`))
            .map(([file, text]) => [file.slice(dir.length + 1), text])
    );
    const loader = modelFiles(era).get(OPTIONS.fixtureLoaderFile);
    const fixtureModule =
        loader === undefined
            ? undefined
            : parseFixtureLoaderFile(loader, OPTIONS.fixtureLoaderFile).fixtureModule;
    return analyzeProviderFolder(
        new ProviderSources(id, dir, applyEdits(files, edits), { fixtureModule })
    );
}

export interface HostEdits {
    registry?: (text: string) => string;
    oauthRegistry?: (text: string) => string;
    config?: (text: string) => string;
    sharedProviders?: (text: string) => string;
    pulumi?: (text: string) => string;
    /** An edit of the OAuth service, or null: the host has no such file. */
    oauthService?: ((text: string) => string) | null;
    /** An edit of the fixture loader, or null: the host has no fixture system. */
    fixtureLoader?: ((text: string) => string) | null;
}

/** The sandbox's cross-cutting files, parsed with the real parsers after optional edits. */
export function sandboxHosts(edits: HostEdits = {}, era: SandboxName = "current"): HostModels {
    const load = <T>(
        file: string,
        parse: (source: string, fileName: string) => T,
        edit?: (text: string) => string
    ) => {
        const text = modelFile(era, file);
        return { file, model: parse(edit ? edit(text) : text, file) };
    };
    const registry = load(OPTIONS.registryFile, parseRegistryFile, edits.registry);
    const sharedProviders = load(
        OPTIONS.sharedProvidersFile,
        parseSharedProvidersFile,
        edits.sharedProviders
    );
    const serviceFile = OPTIONS.oauthServiceFile;
    return {
        fixtureLoader:
            edits.fixtureLoader === null
                ? undefined
                : load(OPTIONS.fixtureLoaderFile, parseFixtureLoaderFile, edits.fixtureLoader),
        registry,
        oauthRegistry: load(OPTIONS.oauthRegistryFile, parseOAuthRegistryFile, edits.oauthRegistry),
        config: load(OPTIONS.configFile, parseConfigFile, edits.config),
        sharedProviders,
        pulumi: load(OPTIONS.pulumiFile, parsePulumiFile, edits.pulumi),
        oauthService:
            edits.oauthService === null
                ? { file: serviceFile, error: `${serviceFile} does not exist` }
                : load(serviceFile, parseOAuthServiceFile, edits.oauthService),
        categoryNames: hostCategoryNames(registry.model, sharedProviders.model)
    };
}

/** Runs one rule on a (possibly edited) sandbox provider of a model era (the base by default). */
export function check(
    rule: Rule,
    id: string,
    edits: {
        files?: FileEdits;
        hosts?: HostEdits;
        era?: SandboxName;
        /** The contract the provider's code implies (the contract rules compare it). */
        derivedContract?: Derivation;
    } = {}
): Diagnostic[] {
    const provider = sandboxProvider(id, edits.files, edits.era);
    const registration = sliceRegistration(
        id,
        provider.providerClass,
        sandboxHosts(edits.hosts, edits.era)
    );
    return runRules([rule], { provider, registration, derivedContract: edits.derivedContract });
}

/** Every provider of the base model, in registry order. */
export const SANDBOX_PROVIDERS = [
    "slack",
    "google-sheets",
    "zendesk",
    "sendgrid",
    "cloudflare",
    "adp",
    "databricks"
];

/** Runs one rule on a provider folder fixture (provider-source/__fixtures__) against host models. */
export function checkFolder(
    rule: Rule,
    provider: ProviderFolderFacts,
    hosts: HostModels = sandboxHosts()
): Diagnostic[] {
    const registration = sliceRegistration(provider.sources.id, provider.providerClass, hosts);
    return runRules([rule], { provider, registration });
}

/** 1-based line of the first line of a sandbox file (workspace-relative) containing `needle`. */
export function sandboxLine(
    file: string,
    needle: string | RegExp,
    edit?: (text: string) => string,
    era: SandboxName = "current"
): number {
    const text = modelFile(era, file);
    const lines = (edit ? edit(text) : text).split("\n");
    const index = lines.findIndex((line) =>
        typeof needle === "string" ? line.includes(needle) : needle.test(line)
    );
    if (index < 0) throw new Error(`fixture: ${String(needle)} not in ${file}`);
    return index + 1;
}
