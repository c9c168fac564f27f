import type { Tree } from "@nx/devkit";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import { hostFileEntry, type HostFileKey, type HostFileModels } from "../host-files/catalog";
import { acquireHostFilesLock, type HostFilesLock } from "../host-files/host-files-lock";
import { readHostText } from "../host-files/host-text";
import { findFixtureSystem, type HostProfile } from "../host-profile/host-profile";
import { treeHostReader } from "../host-profile/host-reader";
import { hostCategoryNames, type CategoryNames } from "../model/categories";

/**
 * One run's view of the host files in a tree: what it parses is remembered for the run (by the
 * file's text, so a write the run makes is seen) and dropped with it. Reading needs no lock; a
 * WritableHostSession, the only kind the registrar writes through, exists only under the lock.
 */
export class HostSession {
    private readonly models = new Map<HostFileKey, { text: string; model: unknown }>();
    private fixtures?: { system: HostProfile["fixtures"] };

    constructor(
        readonly tree: Tree,
        readonly options: ResolvedPluginOptions
    ) {}

    /** A host file's model as the tree holds it; undefined when it is missing or unreadable. */
    model<K extends HostFileKey>(key: K): HostFileModels[K] | undefined {
        const entry = hostFileEntry(key);
        const file = this.options[entry.option];
        if (!this.tree.isFile(file)) return undefined;
        try {
            const text = readHostText(this.tree, file);
            const known = this.models.get(key);
            if (known?.text === text) return known.model as HostFileModels[K];
            const model = entry.parse(text, file);
            this.models.set(key, { text, model });
            return model;
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
        this.fixtures ??= { system: findFixtureSystem(treeHostReader(this.tree), this.options) };
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
