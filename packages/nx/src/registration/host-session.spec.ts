import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { DEFAULT_PLUGIN_OPTIONS as FILES } from "../config/plugin-options";
import { REGISTRY_TS } from "../host-files/__fixtures__/host-sources";
import { hostFileEntry } from "../host-files/catalog";
import { HostSession } from "./host-session";

/** The texts the registry's module reads from now on. */
function registryReads(): string[] {
    const entry = hostFileEntry("registry");
    const read = entry.read;
    const texts: string[] = [];
    jest.spyOn(entry, "read").mockImplementation((source, fileName) => {
        texts.push(source);
        return read(source, fileName);
    });
    return texts;
}

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

    it("reads a CRLF file's text and the LF text its edits are planned on once each", () => {
        const tree = createTreeWithEmptyWorkspace();
        const crlf = REGISTRY_TS.replace(/\n/g, "\r\n");
        tree.write(FILES.registryFile, crlf);
        const session = new HostSession(tree, FILES);
        const reads = registryReads();
        for (let provider = 0; provider < 3; provider++) {
            session.parse("registry", crlf);
            session.read("registry", REGISTRY_TS);
            session.model("registry");
        }
        expect(reads).toEqual([crlf, REGISTRY_TS]);
    });

    it("reads a broken file once, and refuses it each time it is asked", () => {
        const tree = createTreeWithEmptyWorkspace();
        const broken = "export const = ;\n";
        tree.write(FILES.registryFile, broken);
        const session = new HostSession(tree, FILES);
        const reads = registryReads();
        expect(() => session.parse("registry", broken)).toThrow(/not valid TypeScript/);
        expect(() => session.read("registry", broken)).toThrow(/not valid TypeScript/);
        expect(session.model("registry")).toBeUndefined();
        expect(reads).toEqual([broken]);
    });
});
