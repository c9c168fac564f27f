import type { Tree } from "@nx/devkit";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import {
    hostFileEntry,
    type HostFileKey,
    type HostFileModels,
    type HostFileSources
} from "../host-files/catalog";
import { acquireHostFilesLock, type HostFilesLock } from "../host-files/host-files-lock";
import { readHostText } from "../host-files/host-text";
import { findFixtureSystem, type HostProfile } from "../host-profile/host-profile";
import { treeHostReader } from "../host-profile/host-reader";
import { hostCategoryNames, type CategoryNames } from "../model/categories";

/** A computation's value, or what it threw. */
type Outcome = { value: unknown } | { error: unknown };

function outcomeOf(compute: () => unknown): Outcome {
    try {
        return { value: compute() };
    } catch (error) {
        return { error };
    }
}

function valueOf(outcome: Outcome): unknown {
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
}

/** One text of a host file as the run read and modelled it (or why it could not). */
interface TextRead {
    text: string;
    read: Outcome;
    model?: Outcome;
}

/**
 * Texts remembered per host file: its text and, for a CRLF file, the LF text its edits are
 * planned on. A text the run writes replaces the oldest.
 */
const TEXTS_PER_FILE = 2;

/**
 * One run's view of the host files in a tree: each text of a host file is read (and modelled) once
 * for the run, remembered by the text (so a write the run makes is seen) and dropped with the
 * session. The host-file modules remember nothing: this is the one place a run's reads live.
 * Reading needs no lock; a WritableHostSession, the only kind the registrar writes through,
 * exists only under the lock.
 */
export class HostSession {
    private readonly texts = new Map<HostFileKey, TextRead[]>();
    private fixtures?: { system: HostProfile["fixtures"] };

    constructor(
        readonly tree: Tree,
        readonly options: ResolvedPluginOptions
    ) {}

    /** The run's read of one text of a host file, reading it the first time. */
    private textRead(key: HostFileKey, text: string): TextRead {
        const known = this.texts.get(key) ?? [];
        const found = known.find((candidate) => candidate.text === text);
        if (found) return found;
        const entry = hostFileEntry(key);
        const read = outcomeOf(() => entry.read(text, this.options[entry.option]));
        const added: TextRead = { text, read };
        this.texts.set(key, [added, ...known].slice(0, TEXTS_PER_FILE));
        return added;
    }

    /** A text of a host file read by its module (for planning); throws when it is broken. */
    read<K extends HostFileKey>(key: K, text: string): HostFileSources[K] {
        return valueOf(this.textRead(key, text).read) as HostFileSources[K];
    }

    /** A text of a host file modelled; throws when it is broken for every provider. */
    parse<K extends HostFileKey>(key: K, text: string): HostFileModels[K] {
        const known = this.textRead(key, text);
        const entry = hostFileEntry(key);
        known.model ??= outcomeOf(() =>
            entry.model(valueOf(known.read) as HostFileSources[K], this.options[entry.option])
        );
        return valueOf(known.model) as HostFileModels[K];
    }

    /** A host file's model as the tree holds it; undefined when it is missing or unreadable. */
    model<K extends HostFileKey>(key: K): HostFileModels[K] | undefined {
        const file = this.options[hostFileEntry(key).option];
        if (!this.tree.isFile(file)) return undefined;
        try {
            return this.parse(key, readHostText(this.tree, file));
        } catch {
            return undefined; // registering reports the problem with the file
        }
    }

    /** The category names the host uses, learned from its registry and ALL_PROVIDERS. */
    categoryNames(): CategoryNames {
        return hostCategoryNames(this.model("registry"), this.model("sharedProviders"));
    }

    /** The host's sandbox fixture system, when it has one (found once per run). */
    fixtureSystem(): HostProfile["fixtures"] {
        this.fixtures ??= {
            system: findFixtureSystem(treeHostReader(this.tree), this.options, (text) =>
                this.parse("fixtureLoader", text)
            )
        };
        return this.fixtures.system;
    }
}

/** A session that may write host files: opened only under the host-files lock (or for a dry run). */
export class WritableHostSession extends HostSession {
    private constructor(
        tree: Tree,
        options: ResolvedPluginOptions,
        readonly lock: HostFilesLock
    ) {
        super(tree, options);
    }

    /** Waits for and takes the workspace's host-files lock, then opens a writable session. */
    static async open(tree: Tree, options: ResolvedPluginOptions): Promise<WritableHostSession> {
        return new WritableHostSession(tree, options, await acquireHostFilesLock(tree.root));
    }

    /** For a dry run, which writes nothing to disk and so takes no lock. */
    static preview(tree: Tree, options: ResolvedPluginOptions): WritableHostSession {
        return new WritableHostSession(tree, options, { release: () => undefined });
    }

    write(file: string, text: string): void {
        this.tree.write(file, text);
    }
}
