import type { Tree } from "@nx/devkit";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../../config/plugin-options";
import { HOST_FILE_CATALOG } from "../../host-files/catalog";
import { providerIds } from "../../provider-source/provider-ids";
import { writeSandboxInto } from "../../testing/sandbox-copy";
import { syncRegistrationsGenerator } from "./generator";

/**
 * The sync plans every provider against every host file it belongs in. The host-file modules
 * remember nothing, so what keeps a file from being parsed once per provider is the run's session:
 * these count the catalog's reads, each of which parses a file's text.
 */

/** Each host file's texts as the catalog's modules read them during `run`. */
async function readsDuring(run: () => Promise<unknown>): Promise<Map<string, string[]>> {
    const reads = new Map<string, string[]>();
    for (const entry of HOST_FILE_CATALOG) {
        const read = entry.read;
        jest.spyOn(entry, "read").mockImplementation((source: string, fileName: string) => {
            reads.set(fileName, [...(reads.get(fileName) ?? []), source]);
            return read(source, fileName) as never;
        });
    }
    await run();
    return reads;
}

function sandboxTree(): Tree {
    return writeSandboxInto(createTreeWithEmptyWorkspace());
}

describe("sync-registrations", () => {
    it("parses each host file once for a whole workspace of providers", async () => {
        const tree = sandboxTree();
        expect(providerIds(tree, FILES.providersDir).length).toBeGreaterThan(5);

        const reads = await readsDuring(async () =>
            expect(await syncRegistrationsGenerator(tree)).toBeUndefined()
        );

        // Every provider is in the registry, ALL_PROVIDERS and the fixture loader; the OAuth ones
        // in the OAuth registry, config and Pulumi.
        expect([...reads.keys()].sort()).toEqual(
            [
                FILES.registryFile,
                FILES.oauthRegistryFile,
                FILES.configFile,
                FILES.sharedProvidersFile,
                FILES.pulumiFile,
                FILES.fixtureLoaderFile
            ].sort()
        );
        for (const [file, texts] of reads) {
            expect({ file, reads: texts.length }).toEqual({ file, reads: 1 });
        }
    });

    it("reads each text of a host file once while it writes the registrations providers lack", async () => {
        const tree = sandboxTree();
        const registry = tree.read(FILES.registryFile, "utf-8")!;
        tree.write(
            FILES.registryFile,
            registry.replace("providerRegistry.register(slackEntry);\n", "")
        );
        const loader = tree.read(FILES.fixtureLoaderFile, "utf-8")!;
        tree.write(
            FILES.fixtureLoaderFile,
            loader
                .replace(/^\s*"adp",\n/m, "")
                .replace(/^\s*"zendesk"\n/m, "")
                .replace('"sendgrid",', '"sendgrid"')
        );

        let added: string[] = [];
        const reads = await readsDuring(async () => {
            added = (await syncRegistrationsGenerator(tree))?.outOfSyncDetails ?? [];
        });

        expect(added).toEqual([
            `adp: ${FILES.fixtureLoaderFile}: added fixture loader entry "adp"`,
            `slack: ${FILES.registryFile}: added providerRegistry.register(slackEntry)`,
            `zendesk: ${FILES.fixtureLoaderFile}: added fixture loader entry "zendesk"`
        ]);
        expect(tree.read(FILES.registryFile, "utf-8")).toContain(
            "providerRegistry.register(slackEntry);"
        );
        for (const [file, texts] of reads) {
            // A write gives the file a new text, read once by the next provider's plan.
            expect({ file, duplicates: texts.length - new Set(texts).size }).toEqual({
                file,
                duplicates: 0
            });
        }
        expect(reads.get(FILES.fixtureLoaderFile)?.length).toBeGreaterThan(1);
    });
});
