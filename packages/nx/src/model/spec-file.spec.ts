import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { FlowmaestroError } from "../utils/errors";
import { parseProviderSpec } from "./provider-spec";
import { loadSpecFile, readSpecSource } from "./spec-file";

function refusal(run: () => unknown): FlowmaestroError {
    try {
        run();
    } catch (error) {
        expect(error).toBeInstanceOf(FlowmaestroError);
        return error as FlowmaestroError;
    }
    throw new Error("expected a refusal");
}

describe("loadSpecFile", () => {
    it("reads YAML and points validation problems at their line", () => {
        const text = [
            "id: acme-chat",
            "baseUrl: https://api.acme.example",
            "auth:",
            "  type: api_key",
            "operations:",
            "  - id: listThings",
            "    parameters:",
            "      - { name: limit, type: integr }",
            ""
        ].join("\n");
        const loaded = loadSpecFile(text, "acme.yaml");
        expect(() => parseProviderSpec(loaded.raw, "acme.yaml", loaded.lineOf)).toThrow(
            /acme\.yaml:8: operations\[0\]\.parameters\[0\]\.type: /
        );
    });

    it("reads JSON too", () => {
        const loaded = loadSpecFile(JSON.stringify({ id: "acme" }), "acme.json");
        expect(loaded.raw).toEqual({ id: "acme" });
    });

    it("names the line of a syntax error", () => {
        expect(() => loadSpecFile("id: acme\nauth:\n  type: [oauth2\n", "bad.yaml")).toThrow(
            /bad\.yaml:\d+:\d+: /
        );
    });

    it("refuses duplicate keys and non-mappings", () => {
        expect(() => loadSpecFile("id: a\nid: b\n", "dup.yaml")).toThrow(
            /dup\.yaml:2:\d+: .*unique/i
        );
        expect(() => loadSpecFile("- id: a\n", "list.yaml")).toThrow(/must contain a mapping/);
    });

    it("refuses YAML tags with their line instead of reading them as strings", () => {
        const error = refusal(() =>
            loadSpecFile(
                "id: acme\ndescription: !!js/function 'function () {}'\ndisplayName: !foo Acme\ncategory: !!str crm\n",
                "tags.yaml"
            )
        );
        expect(error.message).toMatch(/tags\.yaml uses YAML tags.*Nothing was written/);
        expect(error.problems).toEqual([
            expect.stringMatching(
                /^tags\.yaml:2:14: Unresolved tag: tag:yaml\.org,2002:js\/function$/
            ),
            expect.stringMatching(/^tags\.yaml:3:14: Unresolved tag: !foo$/)
        ]);
    });

    it("refuses a billion-laughs spec naming the file and saying nothing was written", () => {
        const laughs = [
            "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
            ...["b", "c", "d", "e", "f", "g", "h"].map(
                (name, index) =>
                    `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[index]}`).join(", ")}]`
            ),
            "id: acme",
            ""
        ].join("\n");
        const error = refusal(() => loadSpecFile(laughs, "laughs.yaml"));
        expect(error.message).toMatch(/^The spec file laughs\.yaml expands YAML aliases too often/);
        expect(error.message).toMatch(/nothing was written/);
    });

    it("refuses a spec file that is not UTF-8, naming the line", () => {
        const tree = createTreeWithEmptyWorkspace();
        tree.write("latin1.yaml", Buffer.from("id: acme\ndisplayName: Caf\xe9\n", "latin1"));
        expect(() => readSpecSource(tree, "latin1.yaml")).toThrow(
            /^latin1\.yaml:2:17: not valid UTF-8 \(byte 0xE9\).*Nothing was written\.$/
        );
    });
});
