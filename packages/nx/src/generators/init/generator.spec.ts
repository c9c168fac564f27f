import { readNxJson, type Tree } from "@nx/devkit";
import { createTree } from "@nx/devkit/testing";
import { CONTRACTS_SYNC_GENERATOR } from "../../contracts/contract-file";
import { detectPluginOptions, initGenerator, SYNC_GENERATOR } from "./generator";

/** A FlowMaestro-like npm-workspaces repository without nx.json. */
function workspace(files: Record<string, string> = {}): Tree {
    const tree = createTree();
    tree.write(
        "package.json",
        JSON.stringify({ name: "flowmaestro", workspaces: ["backend", "shared"] })
    );
    tree.write(".gitignore", "node_modules\ndist\n");
    const defaults: Record<string, string> = {
        "backend/src/integrations/providers/slack/SlackProvider.ts":
            "export class SlackProvider {}\n",
        "backend/src/integrations/registry.ts": "providerRegistry.register(slackEntry);\n",
        "backend/src/services/oauth/OAuthProviderRegistry.ts":
            "export const OAUTH_PROVIDERS = {};\n",
        "backend/src/core/config/index.ts": "export function getOAuthRedirectUri() {}\n",
        "shared/src/providers.ts": "export const ALL_PROVIDERS = [];\n",
        "infra/pulumi/Pulumi.production.yaml": "config:\n  app:secrets: |\n    []\n",
        "backend/tsconfig.json": "{}\n",
        "backend/src/integrations/core/types.ts": "export {};\n"
    };
    for (const [file, text] of Object.entries({ ...defaults, ...files })) {
        if (text !== "") tree.write(file, text);
    }
    return tree;
}

describe("init generator", () => {
    it("adopts operation contracts only when asked: --contracts registers the sync-contracts generator too, once", async () => {
        const tree = workspace();
        await initGenerator(tree, { skipFormat: true });
        expect(readNxJson(tree)?.sync?.globalGenerators).toEqual([SYNC_GENERATOR]);
        await initGenerator(tree, { skipFormat: true, contracts: true });
        await initGenerator(tree, { skipFormat: true, contracts: true });
        expect(readNxJson(tree)?.sync?.globalGenerators).toEqual([
            SYNC_GENERATOR,
            CONTRACTS_SYNC_GENERATOR
        ]);
    });

    it("creates nx.json with the plugin and the sync generator, and ignores .nx/cache and .nx/workspace-data", async () => {
        const tree = workspace();
        await initGenerator(tree, { skipFormat: true });
        expect(readNxJson(tree)).toEqual({
            $schema: "./node_modules/nx/schemas/nx-schema.json",
            plugins: [{ plugin: "@flowmaestro/nx", options: {} }],
            sync: { globalGenerators: [SYNC_GENERATOR] }
        });
        expect(tree.read(".gitignore", "utf-8")).toBe(
            "node_modules\ndist\n\n# Nx cache and workspace data\n.nx/cache\n.nx/workspace-data\n"
        );
        // package.json keeps its npm workspaces.
        expect(JSON.parse(tree.read("package.json", "utf-8")!).workspaces).toEqual([
            "backend",
            "shared"
        ]);
    });

    it("changes nothing on a second run", async () => {
        const tree = workspace();
        await initGenerator(tree, { skipFormat: true });
        const files = () =>
            tree.listChanges().map((change) => [change.path, change.content?.toString()]);
        const before = files();
        await initGenerator(tree, { skipFormat: true });
        expect(files()).toEqual(before);
    });

    it("adds only the Nx folders .gitignore does not ignore, and leaves a line ignoring all of .nx/", async () => {
        const tree = workspace();
        tree.write(".gitignore", "node_modules\n/.nx/cache/\n");
        await initGenerator(tree, { skipFormat: true });
        expect(tree.read(".gitignore", "utf-8")).toBe(
            "node_modules\n/.nx/cache/\n\n# Nx cache and workspace data\n.nx/workspace-data\n"
        );
        for (const everything of [".nx", "/.nx/", ".nx/**"]) {
            tree.write(".gitignore", `node_modules\n${everything}\n`);
            await initGenerator(tree, { skipFormat: true });
            expect(tree.read(".gitignore", "utf-8")).toBe(`node_modules\n${everything}\n`);
        }
    });

    it("keeps an existing nx.json and its plugins, adding only what is missing", async () => {
        const tree = workspace();
        tree.write(
            "nx.json",
            JSON.stringify({
                plugins: [
                    "@nx/js",
                    { plugin: "@flowmaestro/nx", options: { targetName: "verify" } }
                ],
                sync: { globalGenerators: ["@acme/tools:sync"] }
            })
        );
        tree.write(".gitignore", "node_modules\n.nx/cache\n.nx\n");
        await initGenerator(tree, { skipFormat: true });
        expect(readNxJson(tree)).toEqual({
            plugins: ["@nx/js", { plugin: "@flowmaestro/nx", options: { targetName: "verify" } }],
            sync: { globalGenerators: ["@acme/tools:sync", SYNC_GENERATOR] }
        });
        expect(tree.read(".gitignore", "utf-8")).toBe("node_modules\n.nx/cache\n.nx\n");
    });

    it("sets only the options whose default path is missing and found exactly once elsewhere", () => {
        const tree = workspace({
            "backend/src/integrations/registry.ts": "",
            "backend/src/registry.ts": "providerRegistry.register(slackEntry);\n",
            "backend/src/other/registry.ts": "export const unrelated = 1;\n",
            "shared/src/providers.ts": "",
            "shared/a/providers.ts": "export const ALL_PROVIDERS = [];\n",
            "shared/b/providers.ts": "export const ALL_PROVIDERS = [];\n"
        });
        const warn = jest.spyOn(console, "warn");
        expect(detectPluginOptions(tree)).toEqual({ registryFile: "backend/src/registry.ts" });
        expect(warn.mock.calls.flat().join("\n")).toContain(
            "shared provider list: not found at shared/src/providers.ts (candidates: shared/a/providers.ts, shared/b/providers.ts)"
        );
    });
});
