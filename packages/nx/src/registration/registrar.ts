import { logger } from "@nx/devkit";
import { providerDir } from "../config/plugin-options";
import type { RegistrationModel } from "../model/registration";
import {
    HOST_FILE_CATALOG,
    type HostFileEntry,
    type HostFileKey,
    type HostFileRegistration,
    type RegistrationContext
} from "../host-files/catalog";
import type { HostFileEdit } from "../host-files/edit-support";
import { readHostText } from "../host-files/host-text";
import { FlowmaestroError } from "../utils/errors";
import { unwritablePaths } from "../utils/writable";
import type { HostSession, WritableHostSession } from "./host-session";

/** One host file's planned edit. `added` is empty when the file already has everything. */
export interface PlannedHostFile {
    path: string;
    before: string;
    after: string;
    added: string[];
}

/** `clientId`/`clientSecret` or `appId`/`appSecret`, as config.oauth.<key> names them. */
export function credentialFields(session: HostSession, configKey: string) {
    return session.model("config")?.oauthKeys.find((key) => key.key === configKey)
        ?.credentialFields;
}

/** One host file a provider has an entry in. */
interface RegistrationTask {
    key: HostFileKey;
    role: string;
    file: string;
    /** The file's edit for the provider, planned on the session's reads. */
    plan(source: string): HostFileEdit;
}

function registrationTask<K extends HostFileKey>(
    session: HostSession,
    entry: HostFileEntry<K>,
    fileRegistration: HostFileRegistration<K>,
    registration: RegistrationModel
): RegistrationTask {
    const file = session.options[entry.option];
    const context: RegistrationContext<K> = {
        registration,
        options: session.options,
        fileName: file,
        read: (text) => session.read(entry.key, text),
        model: (key) => session.model(key),
        categoryNames: () => session.categoryNames()
    };
    return {
        key: entry.key,
        role: entry.role,
        file,
        plan: (source) => fileRegistration.plan(source, context)
    };
}

/** The host files the provider has an entry in. */
function registrationTasks(
    session: HostSession,
    registration: RegistrationModel
): RegistrationTask[] {
    const { tree, options } = session;
    const fixtures = session.fixtureSystem();
    const provider = {
        hasFixtures:
            fixtures !== undefined &&
            tree.exists(`${providerDir(options, registration.id)}/${fixtures.fixtureModule}`)
    };
    return HOST_FILE_CATALOG.flatMap((entry) =>
        entry.registration &&
        (entry.where === "always" || fixtures) &&
        entry.registration.appliesTo(registration, provider)
            ? [registrationTask(session, entry, entry.registration, registration)]
            : []
    );
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
    session: HostSession,
    registration: RegistrationModel
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
    const { tree } = session;
    for (const task of registrationTasks(session, registration)) {
        const file = task.file;
        if (!tree.exists(file) || !tree.isFile(file)) {
            problems.push({
                path: file,
                problem: `${file} does not exist (the ${task.role}; set its path in the @flowmaestro/nx plugin options in nx.json if it lives elsewhere)`
            });
            continue;
        }
        let before: string;
        try {
            before = readHostText(tree, file);
            session.parse(task.key, before);
        } catch (error) {
            problems.push(...each(error, file));
            continue;
        }
        try {
            const edit = task.plan(before);
            planned.push({ path: file, before, after: edit.text, added: edit.added });
        } catch (error) {
            conflicts.push(...each(error, file));
        }
    }
    return { planned, problems, conflicts };
}

/**
 * Plans every registration edit for a provider without writing. Every file is read and checked
 * first; any missing or misshapen file fails the whole plan, with one line per problem.
 */
export function planRegistration(
    session: HostSession,
    registration: RegistrationModel
): PlannedHostFile[] {
    const { planned, problems, conflicts } = planHostFiles(session, registration);
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
 * Adds a provider to the host files it belongs in (the catalog's), each edit only where something
 * is missing. All edits are computed before the first write, so a failure leaves every file
 * untouched. It writes through a writable session, which exists only under the host-files lock.
 */
export function registerProvider(
    session: WritableHostSession,
    registration: RegistrationModel
): { changed: string[]; added: string[] } {
    const changed: string[] = [];
    const added: string[] = [];
    const edits = planRegistration(session, registration).filter(
        (file) => file.after !== file.before
    );
    const unwritable = unwritablePaths(
        session.tree,
        edits.map((file) => file.path)
    );
    if (unwritable.length > 0) {
        throw FlowmaestroError.fromProblems(
            `Cannot register "${registration.id}"; nothing was written:`,
            unwritable
        );
    }
    for (const file of edits) {
        session.write(file.path, file.after);
        changed.push(file.path);
        added.push(...file.added.map((what) => `${file.path}: added ${what}`));
    }
    added.forEach((line) => logger.info(line));
    return { changed, added };
}
