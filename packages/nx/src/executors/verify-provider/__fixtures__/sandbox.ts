import * as path from "path";
import { resolvePluginOptions } from "../../../config/plugin-options";
import { analyzeProviderFolder } from "../../../provider-source/provider-folder";
import type { Derivation } from "../../../contracts/contract-file";
import type { ProviderFolderFacts } from "../../../provider-source/provider-folder";
import { ProviderSources } from "../../../provider-source/provider-sources";
import { parseFixtureLoaderFile } from "../../../host-files/fixture-loader-file";
import { hostCategoryNames } from "../../../model/categories";
import { readSandboxFiles } from "../../../testing/sandbox-copy";
import type { SandboxName } from "../../../testing/sandbox-copy";
import { sliceRegistration } from "../registration-slice";
import type { HostFile, HostModels } from "../registration-slice";
import {
    HOST_FILE_CATALOG,
    parseHostFileText,
    type HostFileKey
} from "../../../host-files/catalog";
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

/**
 * An edit per host file (by catalog key), or null: the host has no such file (the OAuth service
 * then reads as missing; without the fixture loader the host has no fixture system).
 */
export type HostEdits = { [K in HostFileKey]?: ((text: string) => string) | null };

/** The sandbox's host files, parsed with the real parsers after optional edits. */
export function sandboxHosts(edits: HostEdits = {}, era: SandboxName = "current"): HostModels {
    const files: Record<string, HostFile<unknown>> = {};
    for (const entry of HOST_FILE_CATALOG) {
        const file = OPTIONS[entry.option];
        const edit = edits[entry.key];
        if (edit === null) {
            if (entry.where === "always")
                files[entry.key] = { file, error: `${file} does not exist` };
            continue;
        }
        const text = modelFile(era, file);
        files[entry.key] = {
            file,
            model: parseHostFileText(entry, edit ? edit(text) : text, file)
        };
    }
    const hosts = files as Omit<HostModels, "categoryNames">;
    return {
        ...hosts,
        categoryNames: hostCategoryNames(hosts.registry.model, hosts.sharedProviders.model)
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
