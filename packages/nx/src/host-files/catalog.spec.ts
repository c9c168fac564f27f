import { DEFAULT_PLUGIN_OPTIONS, resolvePluginOptions } from "../config/plugin-options";
import { HOST_FILE_CATALOG, hostFileEntry, hostFilePaths, parseHostFileText } from "./catalog";

describe("the host-file catalog", () => {
    it("has exactly one entry for every plugin option that names a host file", () => {
        const fileOptions = Object.keys(DEFAULT_PLUGIN_OPTIONS).filter((option) =>
            option.endsWith("File")
        );
        expect(HOST_FILE_CATALOG.map((entry) => entry.option).sort()).toEqual(fileOptions.sort());
        expect(new Set(HOST_FILE_CATALOG.map((entry) => entry.key)).size).toBe(
            HOST_FILE_CATALOG.length
        );
    });

    it("gives each file's path as the plugin options set it", () => {
        const options = resolvePluginOptions({ registryFile: "api/registry.ts" });
        expect(hostFilePaths(options)[0]).toBe("api/registry.ts");
        expect(hostFilePaths(options)).toContain(options.fixtureLoaderFile);
    });

    it("parses each file with its own module, naming the file in a refusal", () => {
        expect(() =>
            parseHostFileText(hostFileEntry("registry"), "export {};\n", "api/registry.ts")
        ).toThrow(/api\/registry\.ts/);
        expect(
            parseHostFileText(
                hostFileEntry("pulumi"),
                "config:\n  app:secrets: |\n    [\n    ]\n",
                "Pulumi.yaml"
            ).secrets
        ).toEqual([]);
    });
});
