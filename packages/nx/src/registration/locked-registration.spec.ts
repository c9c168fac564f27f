import * as fs from "fs";
import * as path from "path";
import { logger } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../config/plugin-options";
import { CONTRACTS_SYNC_GENERATOR } from "../contracts/contract-file";
import { hostFilesLockPath } from "../host-files/host-files-lock";
import { copySandbox, writeTreeChanges } from "../testing/sandbox-copy";
import { FlowmaestroError } from "../utils/errors";
import { integrationProviderGenerator } from "../generators/integration-provider/generator";
import { apiKeySpec, toYaml } from "../generators/integration-provider/__fixtures__/specs";

/**
 * The generators hold the host-files lock from before they read the host files until Nx has
 * written the tree and called their callback, which also checks that every planned entry is on
 * disk. (Runs in separate processes are in packages/nx-e2e/tests/hardening.spec.ts.)
 */
describe("generators under the host-files lock", () => {
    let root: string;
    beforeEach(() => {
        jest.spyOn(logger, "info").mockImplementation(() => undefined);
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
        root = copySandbox("fm-locked-");
    });
    afterEach(() => {
        jest.restoreAllMocks();
        fs.rmSync(root, { recursive: true, force: true });
    });

    async function generate(id: string) {
        const tree = new FsTree(root, false);
        tree.write(`specs/${id}.yaml`, toYaml(apiKeySpec(id)));
        const callback = await integrationProviderGenerator(tree, {
            spec: `specs/${id}.yaml`,
            skipFormat: true
        });
        return { tree, callback };
    }

    it("holds the lock until the callback Nx calls after writing, which finds every entry on disk", async () => {
        // A workspace that keeps operation contracts: the new provider is born with one.
        const nxJsonFile = path.join(root, "nx.json");
        const nxJson = JSON.parse(fs.readFileSync(nxJsonFile, "utf8"));
        nxJson.sync = { globalGenerators: [CONTRACTS_SYNC_GENERATOR] };
        fs.writeFileSync(nxJsonFile, JSON.stringify(nxJson));
        const { tree, callback } = await generate("acme-locked");
        expect(fs.existsSync(hostFilesLockPath(root))).toBe(true);
        writeTreeChanges(root, tree);
        await callback();
        expect(fs.existsSync(hostFilesLockPath(root))).toBe(false);
        // Under the lock, the callback also wrote the new provider's contract, from its code.
        expect(
            fs.existsSync(path.join(root, FILES.providersDir, "acme-locked/contract.json"))
        ).toBe(true);
    }, 60_000);

    it("fails after writing when an entry is not on disk, and still releases the lock", async () => {
        const registry = fs.readFileSync(path.join(root, FILES.registryFile));
        const { tree, callback } = await generate("acme-lost");
        writeTreeChanges(root, tree);
        // Another process that does not take the lock writes its version of the registry.
        fs.writeFileSync(path.join(root, FILES.registryFile), registry);
        const error = await Promise.resolve()
            .then(callback)
            .then(
                () => undefined,
                (caught: unknown) => caught
            );
        expect(error).toBeInstanceOf(FlowmaestroError);
        expect((error as Error).message).toContain(
            `After writing, "acme-lost" lacks 1 registration: another process changed the host files while this run wrote them. Run \`nx g @flowmaestro/nx:register-provider acme-lost\` again:\n  - ${FILES.registryFile}: registry entry acmeLostEntry and providerRegistry.register(acmeLostEntry)`
        );
        expect(fs.existsSync(hostFilesLockPath(root))).toBe(false);
        // The workspace does not keep operation contracts: no contract is written for it.
        expect(fs.existsSync(path.join(root, FILES.providersDir, "acme-lost/contract.json"))).toBe(
            false
        );
    }, 60_000);

    it("releases the lock when the generator refuses", async () => {
        const tree = new FsTree(root, false);
        const spec = apiKeySpec("constructor");
        tree.write("specs/bad.yaml", toYaml(spec));
        await expect(
            integrationProviderGenerator(tree, { spec: "specs/bad.yaml", skipFormat: true })
        ).rejects.toThrow(/collides with JavaScript's object machinery/);
        expect(fs.existsSync(hostFilesLockPath(root))).toBe(false);
    });
});
