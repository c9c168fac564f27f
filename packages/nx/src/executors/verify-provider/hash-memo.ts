import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

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

export function sha(...parts: string[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex");
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function byCodeUnit(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** File-system facts keyed `<op>:<path>`; ops: f file exists, d directory exists, r content hash, p realpath, g subdirectories. */
export type Probes = Record<string, string>;

/**
 * The run's view of the file system: each fact is looked up at most once per run. Paths are keyed
 * workspace-relative (posix) when inside the workspace, absolute otherwise.
 */
export class FileSystemView {
    private readonly facts = new Map<string, string>();
    private readonly texts = new Map<string, string | undefined>();
    private readonly keys = new Map<string, string>();
    /** The root with symlinks resolved: TypeScript reports real paths. */
    readonly realRoot: string;

    constructor(readonly root: string) {
        this.realRoot = fs.realpathSync.native(root);
    }

    key(file: string): string {
        let key = this.keys.get(file);
        if (key === undefined) {
            key = file;
            for (const base of [this.root, this.realRoot]) {
                const relative = path.relative(base, file);
                if (!relative.startsWith("..") && !path.isAbsolute(relative)) {
                    key = relative.split(path.sep).join("/");
                    break;
                }
            }
            this.keys.set(file, key);
        }
        return key;
    }

    /** Whether a key names a file outside the workspace (an absolute path). */
    static isOutside(key: string): boolean {
        return path.isAbsolute(key);
    }

    absolute(key: string): string {
        return path.isAbsolute(key) ? key : path.join(this.root, key);
    }

    /** The file's text, or undefined when it cannot be read. */
    text(file: string): string | undefined {
        if (!this.texts.has(file)) {
            let text: string | undefined;
            try {
                text = fs.readFileSync(file, "utf8");
            } catch {
                text = undefined;
            }
            this.texts.set(file, text);
        }
        return this.texts.get(file);
    }

    /** Hash of the file's content; "missing" when it cannot be read. */
    contentHash(file: string): string {
        return this.fact(`r:${this.key(file)}`);
    }

    /** The current value of a probe. */
    fact(probe: string): string {
        let value = this.facts.get(probe);
        if (value === undefined) {
            value = this.look(probe.slice(0, 1), this.absolute(probe.slice(2)));
            this.facts.set(probe, value);
        }
        return value;
    }

    private look(op: string, file: string): string {
        switch (op) {
            case "r": {
                const text = this.text(file);
                return text === undefined ? "missing" : sha(text);
            }
            case "f":
            case "d": {
                const stat = fs.statSync(file, { throwIfNoEntry: false });
                return String(op === "f" ? !!stat?.isFile() : !!stat?.isDirectory());
            }
            case "p":
                try {
                    return this.key(fs.realpathSync.native(file));
                } catch {
                    return "";
                }
            case "g":
                try {
                    return fs
                        .readdirSync(file, { withFileTypes: true })
                        .filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
                        .map((entry) => entry.name)
                        .sort(byCodeUnit)
                        .join("/");
                } catch {
                    return "";
                }
            default:
                throw new Error(`unknown file-system probe ${op}`);
        }
    }

    /** Whether every probe still reads as it did. */
    holds(probes: Probes): boolean {
        return Object.entries(probes).every(([probe, value]) => this.fact(probe) === value);
    }

    /** A host for TypeScript's resolution and config reading that records what it looks at. */
    recordingHost(probes: Probes) {
        const observe = (op: string, file: string) => {
            const probe = `${op}:${this.key(path.resolve(file))}`;
            return (probes[probe] = this.fact(probe));
        };
        return {
            fileExists: (file: string) => observe("f", file) === "true",
            directoryExists: (dir: string) => observe("d", dir) === "true",
            readFile: (file: string) =>
                observe("r", file) === "missing" ? undefined : this.text(path.resolve(file)),
            realpath: (file: string) => {
                const real = observe("p", file);
                return real ? this.absolute(real) : file;
            },
            getDirectories: (dir: string) => {
                const names = observe("g", dir);
                return names ? names.split("/") : [];
            },
            getCurrentDirectory: () => this.root,
            useCaseSensitiveFileNames:
                process.platform !== "win32" && process.platform !== "darwin",
            // The tsconfig's `include` globs decide which files a full build checks, not what a
            // provider's program contains: skip the directory walk (and its diagnostic 18003).
            readDirectory: () => []
        };
    }
}

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

/** Memos with changes not yet written: saved at the latest when the process exits. */
const unsaved = new Set<HashMemo>();
let exitHook = false;

export class HashMemo {
    private data: MemoData;
    private readonly used = new Set<string>();
    private dirty = false;
    private saveScheduled = false;

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

    /** Saves once, after the hashers of this tick (Nx hashes a run's tasks together) are done. */
    private changed(): void {
        this.dirty = true;
        unsaved.add(this);
        if (unsaved.size === 1 && !exitHook) {
            exitHook = true;
            process.once("exit", () => unsaved.forEach((memo) => memo.save()));
        }
        if (this.saveScheduled) return;
        this.saveScheduled = true;
        setTimeout(() => this.save(), 0).unref();
    }

    save(): void {
        this.saveScheduled = false;
        unsaved.delete(this);
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
            const temporary = `${this.file}.${process.pid}.tmp`;
            fs.writeFileSync(temporary, JSON.stringify(this.data));
            fs.renameSync(temporary, this.file);
        } catch {
            // a read-only node_modules only costs speed
        }
    }
}
