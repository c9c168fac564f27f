import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, sha } from "./digest";

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
