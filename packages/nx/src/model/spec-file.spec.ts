import { parseProviderSpec } from "./provider-spec";
import { loadSpecFile } from "./spec-file";

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
        expect(() => loadSpecFile("id: acme\nauth:\n  type: [oauth2\n", "bad.yaml")).toThrow(/bad\.yaml:\d+:\d+: /);
    });

    it("refuses duplicate keys and non-mappings", () => {
        expect(() => loadSpecFile("id: a\nid: b\n", "dup.yaml")).toThrow(/dup\.yaml:2:\d+: .*unique/i);
        expect(() => loadSpecFile("- id: a\n", "list.yaml")).toThrow(/must contain a mapping/);
    });
});
