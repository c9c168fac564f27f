import * as fs from "fs";
import * as path from "path";
import { writeFileAtomically } from "../cache-folder";
import type { FileSystemView, Probes } from "./file-system-view";

/**
 * What lets the cache hasher skip TypeScript on a warm run. Nx calls the hasher in its own process
 * on every run, cache hits included; loading TypeScript and parsing the cross-cutting files there
 * costs about a second. Everything expensive the hasher computes is remembered here, keyed so that
 * a remembered answer is used only while it is still the answer:
 * - by content (import specifiers by file hash, registration digests by the hashes of the files
 *   they read): true for ever;
 * - by the file-system facts TypeScript looked at while resolving (`probes`: which files exist,
 *   what a package.json says, where a symlink points): used while every probe reads the same.
 * The memo lives in the workspace (`node_modules/.cache/flowmaestro-nx`), holds only
 * workspace-relative paths (so a copied workspace does not trust its original's files), and is
 * dropped whole when the plugin's code changes.
 */

interface MemoData {
    format: number;
    /** Fingerprint of the plugin's code that wrote the memo. */
    code: string;
    compilers: Record<string, { probes: Probes; value: CompilerFacts }>;
    specifiers: Record<string, string[]>;
    resolutions: Record<string, { probes: Probes; value: string }>;
    registrations: Record<string, string>;
}

/** What the hasher needs of the compiler configuration. */
export interface CompilerFacts {
    /** Hash of the options (paths workspace-relative), the TypeScript version and the type packages. */
    fingerprint: string;
    /** Type packages every program includes, as `name@version`. */
    typePackages: string[];
    /** Type files every program includes that belong to no versioned package (workspace keys). */
    typeFiles: string[];
}

const FORMAT = 1;
/** Entries of each kind kept when the memo grows past it: those this run used. */
const PRUNE_ABOVE = 50000;

export class HashMemo {
    private data: MemoData;
    private readonly used = new Set<string>();
    private dirty = false;
    /** Listens for the process's exit while changes wait to be written. */
    private saveOnExit?: () => void;

    constructor(
        private readonly file: string,
        code: string
    ) {
        this.data = {
            format: FORMAT,
            code,
            compilers: {},
            specifiers: {},
            resolutions: {},
            registrations: {}
        };
        try {
            const stored = JSON.parse(fs.readFileSync(file, "utf8")) as MemoData;
            if (stored.format === FORMAT && stored.code === code) this.data = stored;
        } catch {
            // no memo yet, or unreadable: start empty
        }
    }

    compiler(
        key: string,
        view: FileSystemView,
        compute: (probes: Probes) => CompilerFacts
    ): CompilerFacts {
        return this.probed(this.data.compilers, key, view, compute);
    }

    resolution(key: string, view: FileSystemView, compute: (probes: Probes) => string): string {
        return this.probed(this.data.resolutions, key, view, compute);
    }

    specifiers(contentHash: string, compute: () => string[]): string[] {
        return this.pure(this.data.specifiers, contentHash, compute);
    }

    registration(key: string, compute: () => string): string {
        return this.pure(this.data.registrations, key, compute);
    }

    private pure<T>(table: Record<string, T>, key: string, compute: () => T): T {
        this.used.add(key);
        if (!(key in table)) {
            table[key] = compute();
            this.changed();
        }
        return table[key];
    }

    private probed<T>(
        table: Record<string, { probes: Probes; value: T }>,
        key: string,
        view: FileSystemView,
        compute: (probes: Probes) => T
    ): T {
        this.used.add(key);
        const known = table[key];
        if (known && view.holds(known.probes)) return known.value;
        const probes: Probes = {};
        const value = compute(probes);
        table[key] = { probes, value };
        this.changed();
        return value;
    }

    /**
     * Saves once, after the hashers of this tick (Nx hashes a run's tasks together) are done, and
     * at the latest when the process exits.
     */
    private changed(): void {
        this.dirty = true;
        if (this.saveOnExit) return;
        this.saveOnExit = () => this.save();
        process.once("exit", this.saveOnExit);
        setTimeout(() => this.save(), 0).unref();
    }

    private save(): void {
        if (this.saveOnExit) process.off("exit", this.saveOnExit);
        this.saveOnExit = undefined;
        if (!this.dirty) return;
        this.dirty = false;
        for (const table of [
            this.data.compilers,
            this.data.specifiers,
            this.data.resolutions,
            this.data.registrations
        ] as Record<string, unknown>[]) {
            const keys = Object.keys(table);
            if (keys.length <= PRUNE_ABOVE) continue;
            for (const key of keys) if (!this.used.has(key)) delete table[key];
        }
        try {
            fs.mkdirSync(path.dirname(this.file), { recursive: true });
            writeFileAtomically(this.file, JSON.stringify(this.data));
        } catch {
            // a read-only node_modules only costs speed
        }
    }
}
