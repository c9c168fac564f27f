import * as fs from "fs";
import * as path from "path";
import { logger, type Tree } from "@nx/devkit";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../../config/plugin-options";
import { FlowmaestroError } from "../../utils/errors";
import { registerProviderGenerator } from "./generator";
import { SANDBOX_DIR } from "../../testing/sandbox-copy";

/**
 * Host files are edited byte for byte: every byte outside the insertion stays as it was (a BOM and
 * any UTF-8 text included), and a file that is not UTF-8 is refused untouched, since decoding it
 * would turn its invalid bytes into U+FFFD and writing it back would change them.
 */

const HOST_FILES = [
    FILES.registryFile,
    FILES.oauthRegistryFile,
    FILES.configFile,
    FILES.sharedProvidersFile,
    FILES.pulumiFile
];
const ANCHOR = "// Export for use in application";

const PROVIDER = `import { BaseProvider } from "../../core/BaseProvider";

export class PagerlyProvider extends BaseProvider {
    readonly name = "pagerly";
    readonly displayName = "Pagerly";
    readonly authMethod = "api_key" as const;
}
`;

function sandboxTree(registry: Buffer): Tree {
    const tree = createTreeWithEmptyWorkspace();
    for (const file of HOST_FILES) tree.write(file, fs.readFileSync(path.join(SANDBOX_DIR, file)));
    tree.write(FILES.registryFile, registry);
    tree.write(`${FILES.providersDir}/pagerly/PagerlyProvider.ts`, PROVIDER);
    return tree;
}

function sandboxRegistry(): string {
    return fs.readFileSync(path.join(SANDBOX_DIR, FILES.registryFile), "utf8");
}

describe("host files: bytes", () => {
    beforeEach(() => {
        jest.spyOn(logger, "info").mockImplementation(() => undefined);
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    it("refuses a host file that is not UTF-8, naming the place, and writes nothing", async () => {
        const lines = sandboxRegistry().split("\n");
        lines.splice(2, 0, "// Caf\xe9 (saved as Latin-1)");
        const bytes = Buffer.from(lines.join("\n"), "latin1");
        const tree = sandboxTree(bytes);
        const before = tree.listChanges().map((change) => [change.path, change.content]);

        const error = await registerProviderGenerator(tree, { name: "pagerly" }).then(
            () => undefined,
            (caught: unknown) => caught
        );
        expect(error).toBeInstanceOf(FlowmaestroError);
        expect((error as Error).message).toContain(
            `${FILES.registryFile}:3:7: not valid UTF-8 (byte 0xE9); re-save the file as UTF-8`
        );
        expect(tree.listChanges().map((change) => [change.path, change.content])).toEqual(before);
        expect(Buffer.compare(tree.read(FILES.registryFile)!, bytes)).toBe(0);
    });

    it("keeps every other byte: a BOM, non-ASCII text and a literal U+FFFD", async () => {
        const text = `\ufeff// Registry — café, 日本, 🚀, \ufffd kept as written\n${sandboxRegistry()}`;
        const bytes = Buffer.from(text, "utf8");
        const tree = sandboxTree(bytes);
        await registerProviderGenerator(tree, { name: "pagerly" });
        const after = tree.read(FILES.registryFile)!;
        const anchor = bytes.indexOf(ANCHOR);
        const inserted = after.length - bytes.length;
        expect(inserted).toBeGreaterThan(0);
        expect(after.subarray(0, anchor).equals(bytes.subarray(0, anchor))).toBe(true);
        expect(after.subarray(anchor + inserted).equals(bytes.subarray(anchor))).toBe(true);
        expect(after.subarray(anchor, anchor + inserted).toString("utf8")).toContain(
            "const pagerlyEntry: ProviderRegistryEntry = {"
        );
    });
});
