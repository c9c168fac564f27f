import { parse } from "yaml";
import { specYaml } from "./spec-yaml";

/** Control, format (bidi, zero-width, BOM) and separator characters; line breaks excepted. */
const RAW_INVISIBLE = /(?![\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/u;

describe("specYaml", () => {
    it("writes plain data as plain YAML", () => {
        expect(specYaml({ id: "acme", operations: [{ id: "listThings" }] })).toBe(
            "id: acme\noperations:\n  - id: listThings\n"
        );
    });

    it("double-quotes and escapes every string, key included, that holds an invisible character", () => {
        const value = {
            description: `Trojan \u202esource\u202c, NUL \u0000, ESC \u001b[2J, NEL \u0085, ZW \u200b, tag \u{e0001}, ${"long ".repeat(30)}\u2066end`,
            "X-Key\u200f": ["tab\there", "plain"]
        };
        const yaml = specYaml(value);
        expect(yaml).not.toMatch(RAW_INVISIBLE);
        expect(yaml).toContain("\\u202e");
        expect(yaml).toContain("\\U000e0001");
        expect(yaml).toContain("- plain\n");
        expect(parse(yaml)).toEqual(value);
    });
});
