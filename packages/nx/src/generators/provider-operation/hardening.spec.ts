import * as fs from "fs";
import * as path from "path";
import { updateJson, type Tree } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { copySandbox, writeSandboxInto, writeTreeChanges } from "../../testing/sandbox-copy";
import { BUILT_IN_TEMPLATES_DIR } from "../../codegen/templates";
import { FlowmaestroError } from "../../utils/errors";
import { integrationProviderGenerator } from "../integration-provider/generator";
import { apiKeySpec, toYaml } from "../integration-provider/__fixtures__/specs";
import { providerOperationGenerator } from "./generator";
import type { ProviderOperationGeneratorSchema } from "./schema";

/**
 * Issue 24: what an adversarial pass found in provider-operation. Each test runs on a provider this
 * plugin generated into a sandbox copy (a generated client built on the host's BaseAPIClient, flat
 * operations, fixtures), so it depends on that shape and not on the model's hand-written bodies.
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

const PROVIDERS = "backend/src/integrations/providers";
const PROVIDER = "acme-notes";
const DIR = `${PROVIDERS}/${PROVIDER}`;
const PROVIDER_FILE = `${DIR}/AcmeNotesProvider.ts`;
const CLIENT_FILE = `${DIR}/client/AcmeNotesClient.ts`;

/** The sandbox in memory with the generated provider acme-notes (operations sendMessage, listChannels). */
async function workspaceWithGeneratedProvider(): Promise<Tree> {
    const tree = writeSandboxInto(createTreeWithEmptyWorkspace({ formatter: "none" } as never));
    tree.write("acme.yaml", toYaml(apiKeySpec(PROVIDER)));
    await integrationProviderGenerator(tree, { spec: "acme.yaml", skipFormat: true });
    tree.delete("acme.yaml");
    return tree;
}

/** Every changed file of the tree with its content, to tell that a refused run wrote nothing. */
function contents(tree: Tree): string[] {
    return tree.listChanges().map((change) => `${change.path} ${change.content?.toString()}`);
}

/**
 * The run's error, after checking that it is a user-facing refusal and, for a refusal before
 * planning, that the tree is unchanged (Nx writes nothing of a generator that throws, and a
 * refusal after planning leaves the plan in the tree it discards).
 */
async function refusal(
    tree: Tree,
    options: ProviderOperationGeneratorSchema,
    beforePlanning = true
): Promise<string> {
    const before = contents(tree);
    const error = await providerOperationGenerator(tree, options).then(
        () => undefined,
        (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(FlowmaestroError);
    if (beforePlanning) expect(contents(tree)).toEqual(before);
    return (error as Error).message;
}

/** The provider's TypeScript files, relative to the workspace. */
function providerFiles(tree: Tree): string[] {
    const files: string[] = [];
    const walk = (dir: string) =>
        tree.children(dir).forEach((child) => {
            const file = `${dir}/${child}`;
            if (tree.isFile(file)) {
                if (file.endsWith(".ts")) files.push(file);
            } else walk(file);
        });
    walk(DIR);
    return files;
}

describe("issue 24, item 7: operation ids that clash with the client's members", () => {
    it.each([
        ["send", /AcmeNotesClient's own send/],
        ["headers", /AcmeNotesClient's own headers/],
        [
            "request",
            /BaseAPIClient's request \(backend\/src\/integrations\/core\/BaseAPIClient\.ts:\d+\)/
        ],
        ["handleError", /AcmeNotesClient's own handleError/],
        ["get", /BaseAPIClient's get/]
    ])("provider-operation refuses %s, naming the member", async (operationId, member) => {
        const tree = await workspaceWithGeneratedProvider();
        const message = await refusal(tree, { provider: PROVIDER, operationId });
        expect(message).toMatch(
            new RegExp(
                `^${CLIENT_FILE}: operation "${operationId}" would add a method ${operationId}\\(\\) that clashes with `
            )
        );
        expect(message).toMatch(member);
        expect(message).toMatch(/choose another operation id; nothing was written\.$/);
    });

    it("integration-provider refuses them too, naming the operation in the spec", async () => {
        const tree = writeSandboxInto(createTreeWithEmptyWorkspace({ formatter: "none" } as never));
        const spec = apiKeySpec("acme-clash");
        spec.operations[1].id = "request";
        tree.write("acme.yaml", toYaml(spec));
        await expect(
            integrationProviderGenerator(tree, { spec: "acme.yaml", skipFormat: true })
        ).rejects.toThrow(
            /operation "request" would add a method request\(\) that clashes with BaseAPIClient's request \(backend\/src\/integrations\/core\/BaseAPIClient\.ts:\d+\)/
        );
    });
});

describe("issue 24, item 8: --group beside an operation module of that name", () => {
    it("refuses, naming the module that the group's import would resolve to", async () => {
        const tree = await workspaceWithGeneratedProvider();
        const message = await refusal(tree, {
            provider: PROVIDER,
            operationId: "archiveMessage",
            group: "sendMessage"
        });
        expect(message).toBe(
            `--group sendMessage: ${DIR}/operations/sendMessage.ts is a module, so "./sendMessage" would never reach ${DIR}/operations/sendMessage/index.ts: choose another group, or move the module into that folder first; nothing was written.`
        );
    });
});

describe("issue 24, item 10: a file it would edit cannot be written", () => {
    let root: string;
    beforeAll(async () => {
        root = copySandbox("fm-provider-operation-writable-");
        const tree = new FsTree(root, false);
        tree.write("acme.yaml", toYaml(apiKeySpec(PROVIDER)));
        await integrationProviderGenerator(tree, { spec: "acme.yaml", skipFormat: true });
        writeTreeChanges(root, tree);
    });
    afterAll(() => {
        lockedPath = undefined;
        fs.rmSync(root, { recursive: true, force: true });
    });

    it("is refused up front, naming it, and nothing is written", async () => {
        lockedPath = path.join(root, PROVIDER_FILE);
        const tree = new FsTree(root, false);
        const message = await refusal(
            tree,
            { provider: PROVIDER, operationId: "archiveNote" },
            false
        );
        expect(fs.readFileSync(lockedPath, "utf8")).not.toContain("archiveNote");
        expect(message).toBe(
            `Cannot add operations to "${PROVIDER}"; nothing was written:\n  - ${PROVIDER_FILE} cannot be written (EROFS)`
        );
    });
});

describe("issue 24, item 14: MCP tool names longer than 64 characters", () => {
    it("refuses the id integration-provider refuses, with the same reason", async () => {
        const operationId = `list${"Notes".repeat(11)}`;
        const tree = await workspaceWithGeneratedProvider();
        const message = await refusal(tree, { provider: PROVIDER, operationId });
        const reason = `MCP tool name acme_notes_${operationId} is 70 characters; the limit is 64 — shorten the operation id or the provider id`;
        expect(message).toBe(`operation "${operationId}": ${reason}; nothing was written.`);

        const spec = apiKeySpec(PROVIDER);
        spec.operations[1].id = operationId;
        tree.write("long.yaml", toYaml(spec));
        await expect(
            integrationProviderGenerator(tree, { spec: "long.yaml", skipFormat: true })
        ).rejects.toThrow(reason);
    });
});

describe("issue 24, item 15: the provider argument", () => {
    it.each(["../../legacy/acme-notes", "../core", "Acme-Notes"])(
        "refuses %s as register-provider does",
        async (provider) => {
            const tree = await workspaceWithGeneratedProvider();
            // A provider-shaped folder outside the providers folder is not a provider either.
            for (const file of providerFiles(tree)) {
                tree.write(file.replace(PROVIDERS, "backend/src/legacy"), tree.read(file)!);
            }
            const message = await refusal(tree, { provider, operationId: "archiveNote" });
            expect(message).toMatch(
                new RegExp(
                    `^provider: ${JSON.stringify(provider).replace(/[.]/g, "\\.")}: must be kebab-case`
                )
            );
        }
    );

    it("takes the Nx project name provider-<id> for the provider <id>", async () => {
        const tree = await workspaceWithGeneratedProvider();
        await providerOperationGenerator(tree, {
            provider: `provider-${PROVIDER}`,
            operationId: "archiveNote"
        });
        expect(tree.exists(`${DIR}/operations/archiveNote.ts`)).toBe(true);
        expect(tree.read(PROVIDER_FILE, "utf-8")).toContain(
            "this.registerOperation(archiveNoteOperation);"
        );
    });
});

describe("issue 24, item 16: the provider's own line endings and indentation", () => {
    /** Every file the run edited, with its text before and after. */
    async function edits(tree: Tree) {
        const files = providerFiles(tree);
        const before = new Map(files.map((file) => [file, tree.read(file, "utf-8")!]));
        await providerOperationGenerator(tree, {
            provider: PROVIDER,
            operationId: "archiveNote",
            method: "POST",
            path: "/notes/{noteId}/archive"
        });
        return files
            .filter((file) => tree.read(file, "utf-8") !== before.get(file))
            .map((file) => ({ file, before: before.get(file)!, after: tree.read(file, "utf-8")! }));
    }

    it("keeps CRLF on every line of a CRLF provider", async () => {
        const tree = await workspaceWithGeneratedProvider();
        for (const file of providerFiles(tree)) {
            tree.write(file, tree.read(file, "utf-8")!.replace(/\n/g, "\r\n"));
        }
        const edited = await edits(tree);
        expect(edited.map(({ file }) => file)).toEqual(
            expect.arrayContaining([PROVIDER_FILE, CLIENT_FILE, `${DIR}/fixtures.ts`])
        );
        for (const { file, after } of edited) {
            expect({ file, bareLf: after.split(/(?<!\r)\n/).length - 1 }).toEqual({
                file,
                bareLf: 0
            });
        }
    });

    it("indents with tabs in a tab-indented provider", async () => {
        const tree = await workspaceWithGeneratedProvider();
        for (const file of providerFiles(tree)) {
            const text = tree.read(file, "utf-8")!;
            tree.write(
                file,
                text.replace(/^((?: {4})+)/gm, (spaces: string) => "\t".repeat(spaces.length / 4))
            );
        }
        const edited = await edits(tree);
        expect(edited.map(({ file }) => file)).toEqual(
            expect.arrayContaining([PROVIDER_FILE, CLIENT_FILE, `${DIR}/fixtures.ts`])
        );
        for (const { file, before, after } of edited) {
            const oldLines = new Set(before.split("\n"));
            const spaceIndented = after
                .split("\n")
                .filter(
                    (line) => !oldLines.has(line) && /^\t* /.test(line) && !/^\t* \*/.test(line)
                );
            expect({ file, spaceIndented }).toEqual({ file, spaceIndented: [] });
        }
    });

    it("refuses a provider file with merge-conflict markers, naming the line", async () => {
        const tree = await workspaceWithGeneratedProvider();
        const source = tree.read(PROVIDER_FILE, "utf-8")!;
        const lines = source.split("\n");
        const at = lines.findIndex((line) => line.includes("this.registerOperation("));
        lines.splice(at, 0, "<<<<<<< HEAD", "=======", ">>>>>>> other");
        tree.write(PROVIDER_FILE, lines.join("\n"));
        const message = await refusal(tree, { provider: PROVIDER, operationId: "archiveNote" });
        expect(message).toBe(
            `${PROVIDER_FILE}:${at + 1}:1: unresolved merge-conflict marker "<<<<<<<"; resolve the conflict first. Nothing was written.`
        );
    });
});

describe("issue 22: provider-operation renders with the templates and edits with the host-file kit", () => {
    const LOADER = "backend/src/integrations/sandbox/fixtureLoader.ts";
    const FIXTURES = `${DIR}/fixtures.ts`;

    /** acme-notes generated but not registered, and without its fixture module: the run adds both. */
    async function providerWithoutFixtures(): Promise<Tree> {
        const tree = writeSandboxInto(createTreeWithEmptyWorkspace({ formatter: "none" } as never));
        tree.write("acme.yaml", toYaml(apiKeySpec(PROVIDER)));
        await integrationProviderGenerator(tree, {
            spec: "acme.yaml",
            skipFormat: true,
            skipRegister: true
        });
        tree.delete("acme.yaml");
        tree.delete(FIXTURES);
        return tree;
    }

    const archiveNote: ProviderOperationGeneratorSchema = {
        provider: PROVIDER,
        operationId: "archiveNote",
        method: "POST",
        path: "/notes/{noteId}/archive"
    };

    it("applies the workspace's templatesDir overrides to the operation file and the client method", async () => {
        const tree = await workspaceWithGeneratedProvider();
        updateJson(tree, "nx.json", (json) => ({
            ...json,
            plugins: [
                { plugin: "@flowmaestro/nx", options: { templatesDir: "tools/fm-templates" } }
            ]
        }));
        const builtIn = (name: string) =>
            fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, name), "utf-8");
        tree.write(
            "tools/fm-templates/operation/__operationId__.ts.template",
            `// house operation <%- op.id %>\n${builtIn("operation/__operationId__.ts.template")}`
        );
        tree.write(
            "tools/fm-templates/partials/client-method.ts.template",
            `    /** house method <%- op.names.clientMethod %> */\n${builtIn("partials/client-method.ts.template")}`
        );
        await providerOperationGenerator(tree, archiveNote);
        const operation = tree.read(`${DIR}/operations/archiveNote.ts`, "utf-8")!;
        expect(operation.split("\n")[0]).toBe("// house operation archiveNote");
        expect(operation).toContain("const data = await client.archiveNote(params);");
        const client = tree.read(CLIENT_FILE, "utf-8")!;
        expect(client).toContain(
            "    /** house method archiveNote */\n    async archiveNote(params: ArchiveNoteParams): Promise<unknown> {"
        );
    });

    it("writes a new fixture module from the fixtures template and keeps a CRLF fixture loader CRLF", async () => {
        const tree = await providerWithoutFixtures();
        const loaderBefore = tree.read(LOADER, "utf-8")!.replace(/\n/g, "\r\n");
        tree.write(LOADER, loaderBefore);
        await providerOperationGenerator(tree, archiveNote);
        const fixtures = tree.read(FIXTURES, "utf-8")!;
        expect(fixtures).toContain(
            "// Sandbox test data for Acme Notes: one fixture per operation."
        );
        expect(fixtures).toContain('operationId: "archiveNote",');
        const loader = tree.read(LOADER, "utf-8")!;
        expect(loader).toContain(`"${PROVIDER}"`);
        expect(loader.split(/(?<!\r)\n/).length - 1).toBe(0);
        expect(loader.length).toBeGreaterThan(loaderBefore.length);
    });

    it("refuses a fixture loader with merge-conflict markers, naming it, and writes nothing", async () => {
        const tree = await providerWithoutFixtures();
        const lines = tree.read(LOADER, "utf-8")!.split("\n");
        const at = lines.findIndex((line) => line.includes("const providers = ["));
        lines.splice(at, 0, "<<<<<<< HEAD", "=======", ">>>>>>> other");
        tree.write(LOADER, lines.join("\n"));
        const message = await refusal(tree, archiveNote, false);
        expect(message).toBe(
            `${LOADER}:${at + 1}:1: unresolved merge-conflict marker "<<<<<<<"; resolve the conflict first. Nothing was written.`
        );
    });
});
