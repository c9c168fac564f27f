import * as fs from "fs";
import * as path from "path";
import { logger, type Tree } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../../config/plugin-options";
import { buildProviderModel } from "../../model/provider-model";
import { parseProviderSpec } from "../../model/provider-spec";
import { registrationFromModel } from "../../model/registration";
import { SANDBOX_DIR, copySandbox, writeTreeChanges } from "../../testing/sandbox-copy";
import { integrationProviderGenerator } from "../integration-provider/generator";
import { apiKeySpec, oauthSpec, toYaml } from "../integration-provider/__fixtures__/specs";
import { registerUnderLock } from "../../testing/register-under-lock";

/**
 * Issue 7: "a run interrupted between two file writes must not be possible to observe".
 *
 * How it holds: the generators never touch the disk. Every change goes into Nx's Tree (memory);
 * Nx writes the tree's changes to disk only after the generator has returned successfully
 * (`flushChanges`, file by file, provider folder first, host files last, in the order below).
 * Before returning, the generators have (1) validated the spec and every flag, (2) read, parsed
 * and planned the edit of EVERY host file, failing as a whole on any problem, and (3) checked that
 * every path they change can be written. So a failure or an interruption during the generator
 * leaves the disk untouched, and the only remaining window is Nx's own flush of files already
 * known to be writable. These tests pin (1)–(3) and that only changed files are written.
 */

/** A path access(W_OK) refuses, as on a read-only mount (root ignores file modes, so chmod won't do). */
let lockedPath: string | undefined;
jest.mock("fs", () => {
    const actual = jest.requireActual<typeof import("fs")>("fs");
    return {
        ...actual,
        accessSync: (file: fs.PathLike, mode?: number) => {
            if (lockedPath !== undefined && String(file) === lockedPath) {
                throw Object.assign(new Error("read-only file system"), { code: "EROFS" });
            }
            return actual.accessSync(file, mode);
        }
    };
});

/** The sandbox (FlowMaestro main) has the fixture system: its loader is the sixth host file. */
const HOST_FILES = [
    FILES.registryFile,
    FILES.oauthRegistryFile,
    FILES.configFile,
    FILES.sharedProvidersFile,
    FILES.pulumiFile,
    FILES.fixtureLoaderFile!
];

type Call = { method: "read" | "write" | "delete" | "rename"; path: string };

/** An FsTree (changes kept in memory) that logs every read and write, and can fail a write. */
function recordingTree(root: string, failWriteOf?: string): { tree: Tree; calls: Call[] } {
    const inner = new FsTree(root, false);
    const calls: Call[] = [];
    const tree = new Proxy(inner, {
        get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver);
            if (typeof value !== "function") return value;
            if (["read", "write", "delete", "rename"].includes(property as string)) {
                return (file: string, ...rest: unknown[]) => {
                    calls.push({ method: property as Call["method"], path: file });
                    if (property === "write" && file === failWriteOf) {
                        throw new Error(`simulated disk fault writing ${file}`);
                    }
                    return (value as (...args: unknown[]) => unknown).call(target, file, ...rest);
                };
            }
            return value.bind(target);
        }
    });
    return { tree, calls };
}

function diskSnapshot(root: string): Record<string, string> {
    return Object.fromEntries(
        HOST_FILES.map((file) => [file, fs.readFileSync(path.join(root, file), "utf-8")])
    );
}

describe("staging and write order: nothing is written until everything is known to succeed", () => {
    let root: string;
    beforeAll(() => {
        root = copySandbox("fm-staging-");
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
    beforeEach(() => {
        jest.spyOn(logger, "info").mockImplementation(() => undefined);
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
    });
    afterEach(() => {
        lockedPath = undefined;
        jest.restoreAllMocks();
    });

    async function generate(tree: Tree, spec = oauthSpec("acme-staged")) {
        tree.write("specs/staged.yaml", toYaml(spec));
        await integrationProviderGenerator(tree, { spec: "specs/staged.yaml", skipFormat: true });
    }

    it("reads and plans all six host files before the first write, and writes each once", async () => {
        const { tree, calls } = recordingTree(root);
        await generate(tree);
        const hostCalls = calls.filter((call) => HOST_FILES.includes(call.path));
        const lastRead = hostCalls.map((call) => call.method).lastIndexOf("read");
        const firstWrite = hostCalls.findIndex((call) => call.method === "write");
        expect(firstWrite).toBeGreaterThan(lastRead);
        expect(
            hostCalls.filter((call) => call.method === "write").map((call) => call.path)
        ).toEqual(HOST_FILES);
        // The provider folder is staged (in the tree) before any host file, so Nx flushes the
        // folder first and the files that make it reachable last.
        const changes = tree.listChanges().map((change) => change.path);
        const providerFiles = changes.filter((file) =>
            file.startsWith(`${FILES.providersDir}/acme-staged/`)
        );
        const lastProviderFile = changes.indexOf(providerFiles[providerFiles.length - 1]);
        const firstHostFile = changes.findIndex((file) => HOST_FILES.includes(file));
        expect(lastProviderFile).toBeLessThan(firstHostFile);
        expect(changes.slice(firstHostFile)).toEqual(HOST_FILES);
    });

    it("a registration that fails on the 5th host file leaves the first four and the provider folder unwritten", async () => {
        const pulumi = path.join(root, FILES.pulumiFile);
        const original = fs.readFileSync(pulumi, "utf-8");
        // A secrets block that is not valid JSON (a trailing comma).
        fs.writeFileSync(pulumi, original.replace(/\n(\s*)\]\s*$/, ",\n$1]\n"));
        try {
            const before = diskSnapshot(root);
            const { tree, calls } = recordingTree(root);
            await expect(generate(tree)).rejects.toThrow(
                /Cannot register "acme-staged"; nothing was written:\n {2}- infra\/pulumi\/Pulumi\.production\.yaml/
            );
            // Not one host file was written, even to the in-memory tree...
            expect(
                calls.filter((call) => call.method === "write" && HOST_FILES.includes(call.path))
            ).toEqual([]);
            // ...and Nx, seeing the generator fail, flushes nothing: the disk is as it was.
            expect(diskSnapshot(root)).toEqual(before);
            expect(fs.existsSync(path.join(root, FILES.providersDir, "acme-staged"))).toBe(false);
        } finally {
            fs.writeFileSync(pulumi, original);
        }
    });

    it("a write that fails midway (simulated disk fault) fails the run before Nx writes anything", async () => {
        const before = diskSnapshot(root);
        const { tree } = recordingTree(root, FILES.sharedProvidersFile);
        await expect(generate(tree)).rejects.toThrow(/simulated disk fault/);
        expect(diskSnapshot(root)).toEqual(before);
        expect(fs.existsSync(path.join(root, FILES.providersDir, "acme-staged"))).toBe(false);
    });

    it("refuses up front when a file it would change cannot be written (EROFS), naming it", async () => {
        lockedPath = path.join(root, FILES.configFile);
        const { tree, calls } = recordingTree(root);
        await expect(generate(tree)).rejects.toThrow(
            `Cannot register "acme-staged"; nothing was written:\n  - ${FILES.configFile} cannot be written (EROFS)`
        );
        expect(
            calls.filter((call) => call.method === "write" && HOST_FILES.includes(call.path))
        ).toEqual([]);
    });

    it("writes only the files a registration changes; a second registration writes nothing", async () => {
        const { tree, calls } = recordingTree(root);
        const model = buildProviderModel(parseProviderSpec(apiKeySpec("acme-keyed")));
        expect(
            (await registerUnderLock(tree, registrationFromModel(model), FILES)).changed
        ).toEqual([FILES.registryFile, FILES.sharedProvidersFile]);
        const writes = () =>
            calls.filter((call) => call.method === "write").map((call) => call.path);
        expect(writes()).toEqual([FILES.registryFile, FILES.sharedProvidersFile]);
        calls.length = 0;
        expect(
            (await registerUnderLock(tree, registrationFromModel(model), FILES)).changed
        ).toEqual([]);
        expect(writes()).toEqual([]);
    });

    it("a flushed run is exactly the staged changes (and the sandbox itself is untouched)", async () => {
        const { tree } = recordingTree(root);
        await generate(tree, oauthSpec("acme-flushed"));
        writeTreeChanges(root, tree as FsTree);
        expect(diskSnapshot(root)).not.toEqual(diskSnapshot(SANDBOX_DIR));
        for (const change of (tree as FsTree).listChanges()) {
            expect(fs.readFileSync(path.join(root, change.path))).toEqual(change.content);
        }
    });
});
