import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../config/plugin-options";
import { REGISTRY_TS } from "../host-files/__fixtures__/host-sources";
import { HostSession } from "./host-session";

describe("HostSession", () => {
    it("keeps a host file's model while its text is unchanged and reads the run's own writes", () => {
        const tree = createTreeWithEmptyWorkspace();
        tree.write(FILES.registryFile, REGISTRY_TS);
        const session = new HostSession(tree, FILES);
        const first = session.model("registry");
        expect(first?.entries.map((entry) => entry.name)).toContain("slack");
        expect(session.model("registry")).toBe(first);

        tree.write(FILES.registryFile, REGISTRY_TS.replace(/"slack"/g, '"slacker"'));
        const edited = session.model("registry");
        expect(edited).not.toBe(first);
        expect(edited?.entries.map((entry) => entry.name)).toContain("slacker");
    });

    it("reads a missing or broken host file as no model (registering names the problem)", () => {
        const tree = createTreeWithEmptyWorkspace();
        tree.write(FILES.registryFile, "export const = ;\n");
        const session = new HostSession(tree, FILES);
        expect(session.model("registry")).toBeUndefined();
        expect(session.model("sharedProviders")).toBeUndefined();
    });
});
