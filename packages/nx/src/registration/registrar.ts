import * as path from "path";
import { logger, type Tree } from "@nx/devkit";
import { providerDir, type ResolvedPluginOptions } from "../config/plugin-options";
import { findFixtureSystem } from "../host-profile/host-profile";
import { treeHostReader } from "../host-profile/host-reader";
import { hostCategoryNames } from "../model/categories";
import type { CategoryNames } from "../model/categories";
import type { RegistrationModel } from "../model/registration";
import { parseConfigFile, planConfigFile } from "../host-files/config-file";
import type { HostFileEdit } from "../host-files/edit-support";
import { parseFixtureLoaderFile, planFixtureLoaderFile } from "../host-files/fixture-loader-file";
import { parseOAuthRegistryFile, planOAuthRegistryFile } from "../host-files/oauth-registry-file";
import { parsePulumiFile, planPulumiFile } from "../host-files/pulumi-file";
import { readHostText } from "../host-files/host-text";
import { parseRegistryFile, planRegistryFile } from "../host-files/registry-file";
import {
    parseSharedProvidersFile,
    planSharedProvidersFile
} from "../host-files/shared-providers-file";
import { FlowmaestroError } from "../utils/errors";
import { unwritablePaths } from "../utils/writable";

/** One host file's planned edit. `added` is empty when the file already has everything. */
export interface PlannedHostFile {
    path: string;
    before: string;
    after: string;
    added: string[];
}

interface HostFileTask {
    path: string;
    /** What the file is, for the "does not exist" message. */
    role: string;
    /** Reads the file alone: throws when it is broken for every provider (syntax, shape). */
    parse(source: string): unknown;
    plan(source: string): HostFileEdit;
}

/** A host file's model as the tree holds it; undefined when it is missing or unreadable. */
export function readHostModel<T>(
    tree: Tree,
    file: string,
    parse: (source: string, fileName: string) => T
): T | undefined {
    if (!tree.isFile(file)) return undefined;
    try {
        return parse(readHostText(tree, file), file);
    } catch {
        return undefined; // registering reports the problem with the file
    }
}

/** The category names the host uses, learned from its registry and ALL_PROVIDERS. */
export function treeCategoryNames(tree: Tree, options: ResolvedPluginOptions): CategoryNames {
    return hostCategoryNames(
        readHostModel(tree, options.registryFile, parseRegistryFile),
        readHostModel(tree, options.sharedProvidersFile, parseSharedProvidersFile)
    );
}

/** Module path from registry.ts to the providers folder (`./providers`). */
function providersImport(options: ResolvedPluginOptions): string {
    const relative = path.posix.relative(
        path.posix.dirname(options.registryFile),
        options.providersDir
    );
    return relative.startsWith(".") ? relative : `./${relative}`;
}

/** The config file's text for reading facts; null when it is missing or unreadable. */
export function readConfigText(tree: Tree, configFile: string): string | null {
    try {
        return tree.exists(configFile) ? readHostText(tree, configFile) : null;
    } catch {
        return null; // registering reports the problem with the file
    }
}

/** `clientId`/`clientSecret` or `appId`/`appSecret`, as config.oauth.<key> names them. */
export function credentialFields(
    configSource: string | null,
    configFile: string,
    configKey: string
) {
    if (configSource === null) return undefined;
    try {
        return parseConfigFile(configSource, configFile).oauthKeys.find(
            (key) => key.key === configKey
        )?.credentialFields;
    } catch {
        return undefined; // the config task reports the problem
    }
}

function hostFileTasks(
    tree: Tree,
    registration: RegistrationModel,
    options: ResolvedPluginOptions
): HostFileTask[] {
    const tasks: HostFileTask[] = [
        {
            path: options.registryFile,
            role: "provider registry",
            parse: (source) => parseRegistryFile(source, options.registryFile),
            plan: (source) =>
                planRegistryFile(source, registration, {
                    fileName: options.registryFile,
                    providersImport: providersImport(options)
                })
        }
    ];
    const app = registration.oauth?.app;
    if (app) {
        const config = readConfigText(tree, options.configFile);
        tasks.push(
            {
                path: options.oauthRegistryFile,
                role: "OAuth provider registry",
                parse: (source) => parseOAuthRegistryFile(source, options.oauthRegistryFile),
                plan: (source) =>
                    planOAuthRegistryFile(source, registration, {
                        fileName: options.oauthRegistryFile,
                        credentialFields: credentialFields(
                            config,
                            options.configFile,
                            app.configKey
                        )
                    })
            },
            {
                path: options.configFile,
                role: "backend config",
                parse: (source) => parseConfigFile(source, options.configFile),
                plan: (source) =>
                    planConfigFile(source, registration, { fileName: options.configFile })
            }
        );
    }
    tasks.push({
        path: options.sharedProvidersFile,
        role: "shared provider list",
        parse: (source) => parseSharedProvidersFile(source, options.sharedProvidersFile),
        plan: (source) =>
            planSharedProvidersFile(source, registration, {
                fileName: options.sharedProvidersFile,
                categoryNames: treeCategoryNames(tree, options)
            })
    });
    if (app && !app.shared) {
        tasks.push({
            path: options.pulumiFile,
            role: "Pulumi secrets config",
            parse: (source) => parsePulumiFile(source, options.pulumiFile),
            plan: (source) => planPulumiFile(source, registration, { fileName: options.pulumiFile })
        });
    }
    // The sixth registration: only where the host has the fixture system and the provider has data.
    const fixtures = findFixtureSystem(treeHostReader(tree), options);
    if (
        fixtures &&
        tree.exists(`${providerDir(options, registration.id)}/${fixtures.fixtureModule}`)
    ) {
        tasks.push({
            path: fixtures.loaderFile,
            role: "sandbox fixture loader",
            parse: (source) => parseFixtureLoaderFile(source, fixtures.loaderFile),
            plan: (source) =>
                planFixtureLoaderFile(source, registration, { fileName: fixtures.loaderFile })
        });
    }
    return tasks;
}

/** A host file that cannot be edited, and why. */
export interface HostFileProblem {
    path: string;
    problem: string;
}

/**
 * Plans each host file's registration edit for a provider on its own, without writing: the files
 * that can be edited, a problem for each file that cannot be edited for any provider (missing,
 * unreadable, misshapen), and a conflict for each file whose entry for this provider disagrees with
 * the provider (another display name, callback path, ...), which only a person can settle.
 */
export function planHostFiles(
    tree: Tree,
    registration: RegistrationModel,
    options: ResolvedPluginOptions
): { planned: PlannedHostFile[]; problems: HostFileProblem[]; conflicts: HostFileProblem[] } {
    if (registration.authMethod === "oauth2" && !registration.oauth) {
        throw new FlowmaestroError(
            `"${registration.id}" uses oauth2 but its OAuth settings (auth URL, token URL) are unknown; nothing was written.`
        );
    }
    const problems: HostFileProblem[] = [];
    const conflicts: HostFileProblem[] = [];
    const planned: PlannedHostFile[] = [];
    const each = (error: unknown, path: string) => {
        if (!(error instanceof FlowmaestroError)) throw error;
        return error.problems.map((problem) => ({ path, problem }));
    };
    for (const task of hostFileTasks(tree, registration, options)) {
        if (!tree.exists(task.path) || !tree.isFile(task.path)) {
            problems.push({
                path: task.path,
                problem: `${task.path} does not exist (the ${task.role}; set its path in the @flowmaestro/nx plugin options in nx.json if it lives elsewhere)`
            });
            continue;
        }
        let before: string;
        try {
            before = readHostText(tree, task.path);
            task.parse(before);
        } catch (error) {
            problems.push(...each(error, task.path));
            continue;
        }
        try {
            const edit = task.plan(before);
            planned.push({ path: task.path, before, after: edit.text, added: edit.added });
        } catch (error) {
            conflicts.push(...each(error, task.path));
        }
    }
    return { planned, problems, conflicts };
}

/**
 * Plans every registration edit for a provider without writing. Every file is read and checked
 * first; any missing or misshapen file fails the whole plan, with one line per problem.
 */
export function planRegistration(
    tree: Tree,
    registration: RegistrationModel,
    options: ResolvedPluginOptions
): PlannedHostFile[] {
    const { planned, problems, conflicts } = planHostFiles(tree, registration, options);
    problems.push(...conflicts);
    if (problems.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot register "${registration.id}"; nothing was written:`,
            problems.map(({ problem }) => problem)
        );
    }
    return planned;
}

/**
 * Adds a provider to the cross-cutting host files (five, six with the fixture loader), each edit only where something is missing.
 * All edits are computed before the first write, so a failure leaves every file untouched.
 */
export function registerProvider(
    tree: Tree,
    registration: RegistrationModel,
    options: ResolvedPluginOptions
): { changed: string[]; added: string[] } {
    const changed: string[] = [];
    const added: string[] = [];
    const edits = planRegistration(tree, registration, options).filter(
        (file) => file.after !== file.before
    );
    const unwritable = unwritablePaths(
        tree,
        edits.map((file) => file.path)
    );
    if (unwritable.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot register "${registration.id}"; nothing was written:`,
            unwritable
        );
    }
    for (const file of edits) {
        tree.write(file.path, file.after);
        changed.push(file.path);
        added.push(...file.added.map((what) => `${file.path}: added ${what}`));
    }
    added.forEach((line) => logger.info(line));
    return { changed, added };
}
