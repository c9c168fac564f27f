// Assembles a model workspace of one FlowMaestro era: the base (today's host) plus the era's
// overlay, which holds only what differs. An overlay folder `eras/<name>/` has the files it adds or
// replaces and an `era.json`:
//   "remove": paths (files or folders) of the base the era does not have;
//   "move":   [{ "from": "a/*/b.ts", "to": "a/*/c/b.ts" }] base files the era keeps elsewhere (one
//             `*` segment); a moved module's relative imports are rewritten to reach the same files.
// Adding an era is one more overlay folder. The assembled folder is a complete npm-workspaces host:
// `linkWorkspacePackages` links `node_modules/@flowmaestro/<name>` to its workspace folder as npm does.
const fs = require("fs");
const path = require("path");

const MODEL_DIR = __dirname;
const BASE_DIR = path.join(MODEL_DIR, "base");
const ERAS_DIR = path.join(MODEL_DIR, "eras");
const BASE_ERA = "current";
/** Folders that hold run state or installed packages, never host source. */
const NOT_SOURCE = new Set(["node_modules", ".nx"]);

/** The era names: the base's and one per overlay folder. */
function eraNames() {
    const overlays = fs.existsSync(ERAS_DIR)
        ? fs
              .readdirSync(ERAS_DIR, { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map((entry) => entry.name)
              .sort()
        : [];
    return [BASE_ERA, ...overlays];
}

function listFiles(root, relative = "") {
    const files = [];
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
        if (NOT_SOURCE.has(entry.name)) continue;
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) files.push(...listFiles(root, child));
        else files.push(child);
    }
    return files;
}

function readEraManifest(era) {
    const file = path.join(ERAS_DIR, era, "era.json");
    if (!fs.existsSync(file)) throw new Error(`Unknown model era "${era}": no ${file}.`);
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    return { remove: manifest.remove ?? [], move: manifest.move ?? [] };
}

function isUnder(file, prefix) {
    return file === prefix || file.startsWith(`${prefix}/`);
}

/** `a/*\/b.ts` as a regular expression capturing the `*` segment. */
function segmentPattern(glob) {
    const escaped = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`^${escaped.join("([^/]+)")}$`);
}

/** Relative import specifiers of a module moved from `from` to `to`, pointing where they did. */
function rebaseImports(text, from, to) {
    return text.replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']*)\2/g, (match, lead, quote, spec) => {
        const target = path.posix.join(path.posix.dirname(from), spec);
        let rebased = path.posix.relative(path.posix.dirname(to), target);
        if (!rebased.startsWith(".")) rebased = `./${rebased}`;
        return `${lead}${quote}${rebased}${quote}`;
    });
}

/**
 * The era's files: relative path -> { source } (a file to copy) or { text } (a moved module with
 * its imports rebased).
 */
function eraFiles(era = BASE_ERA) {
    const files = new Map(listFiles(BASE_DIR).map((file) => [file, { source: path.join(BASE_DIR, file) }]));
    if (era === BASE_ERA) return files;
    const { remove, move } = readEraManifest(era);
    for (const prefix of remove) {
        const removed = [...files.keys()].filter((file) => isUnder(file, prefix));
        if (removed.length === 0) throw new Error(`era ${era}: "${prefix}" removes nothing from the base.`);
        for (const file of removed) files.delete(file);
    }
    for (const { from, to } of move) {
        const pattern = segmentPattern(from);
        const moved = [...files.keys()].filter((file) => pattern.test(file));
        if (moved.length === 0) throw new Error(`era ${era}: "${from}" moves nothing.`);
        for (const file of moved) {
            const destination = to.replace("*", pattern.exec(file)[1]);
            const text = fs.readFileSync(files.get(file).source, "utf8");
            files.delete(file);
            files.set(destination, { text: rebaseImports(text, file, destination) });
        }
    }
    const overlay = path.join(ERAS_DIR, era);
    for (const file of listFiles(overlay)) {
        if (file !== "era.json") files.set(file, { source: path.join(overlay, file) });
    }
    return files;
}

/** The era's file contents (for in-memory trees). */
function readEraFile(entry) {
    return entry.text !== undefined ? Buffer.from(entry.text) : fs.readFileSync(entry.source);
}

/** Writes the era's workspace into `destination` (which may exist). */
function assembleModel(era, destination) {
    for (const [file, entry] of eraFiles(era)) {
        const target = path.join(destination, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, readEraFile(entry));
    }
    return destination;
}

/** Links each npm workspace of the root package.json into node_modules, as `npm install` does. */
function linkWorkspacePackages(root) {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    for (const folder of manifest.workspaces ?? []) {
        const packageJson = path.join(root, folder, "package.json");
        if (!fs.existsSync(packageJson)) continue;
        const { name } = JSON.parse(fs.readFileSync(packageJson, "utf8"));
        const link = path.join(root, "node_modules", name);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.rmSync(link, { recursive: true, force: true });
        fs.symlinkSync(path.relative(path.dirname(link), path.join(root, folder)), link, "dir");
    }
}

module.exports = {
    BASE_DIR,
    BASE_ERA,
    eraNames,
    eraFiles,
    readEraFile,
    assembleModel,
    linkWorkspacePackages
};
