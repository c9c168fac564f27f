import { DEFAULT_PLUGIN_OPTIONS, pluginOptionsFromNxJson, resolvePluginOptions } from "./plugin-options";

describe("plugin options", () => {
    it("defaults to the seed layout when the plugin is listed bare or absent", () => {
        expect(pluginOptionsFromNxJson({ plugins: ["@flowmaestro/nx"] })).toEqual(DEFAULT_PLUGIN_OPTIONS);
        expect(pluginOptionsFromNxJson({})).toEqual(DEFAULT_PLUGIN_OPTIONS);
        expect(pluginOptionsFromNxJson(null)).toEqual(DEFAULT_PLUGIN_OPTIONS);
    });

    it("reads the plugin entry's options and normalises paths", () => {
        const options = pluginOptionsFromNxJson({
            plugins: [
                "@nx/js",
                { plugin: "@flowmaestro/nx", options: { providersDir: "apps/api/src/providers/", templatesDir: "./tools/fm-templates", targetName: "verify" } }
            ]
        });
        expect(options.providersDir).toBe("apps/api/src/providers");
        expect(options.templatesDir).toBe("tools/fm-templates");
        expect(options.targetName).toBe("verify");
        expect(options.registryFile).toBe(DEFAULT_PLUGIN_OPTIONS.registryFile);
    });

    it("refuses paths outside the workspace and unknown options", () => {
        expect(() => resolvePluginOptions({ providersDir: "../elsewhere" })).toThrow(/providersDir.*inside the workspace/);
        expect(() => resolvePluginOptions({ registryFile: "/etc/registry.ts" })).toThrow(/inside the workspace/);
        expect(() => resolvePluginOptions({ providerDir: "x" } as never)).toThrow(/unknown option "providerDir"/);
        expect(() => resolvePluginOptions({ targetName: "" })).toThrow(/non-empty string/);
    });

    it("reads workflowDefinitionFiles as a list of workspace-relative globs", () => {
        expect(resolvePluginOptions().workflowDefinitionFiles).toEqual([]);
        expect(
            resolvePluginOptions({ workflowDefinitionFiles: ["./backend/templates/**/*.json"] })
                .workflowDefinitionFiles
        ).toEqual(["backend/templates/**/*.json"]);
        expect(() => resolvePluginOptions({ workflowDefinitionFiles: "a/*.json" } as never)).toThrow(
            /"workflowDefinitionFiles".*list of non-empty glob strings/
        );
        expect(() => resolvePluginOptions({ workflowDefinitionFiles: ["../x/*.json"] })).toThrow(
            /workflowDefinitionFiles.*inside the workspace/
        );
    });
});
