import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { call } from "./layout";
import { FIXTURES_TEMPLATE, OPERATION_TEMPLATE, TemplateSet } from "./templates";

const PATH_SEGMENT = "partials/path-segment.ts.template";

describe("TemplateSet", () => {
    it("renders a built-in partial with the locals it is given", () => {
        const text = new TemplateSet().renderPartial("path-segment", { call, errorClass: "Error" });
        expect(text).toContain("function pathSegment(name: string, value: unknown): string {");
        expect(text).toContain('        throw new Error(`${name} must not be "." or ".."`);');
        expect(text.endsWith("}")).toBe(true);
    });

    it("renders a workspace override in place of the built-in template, partials included", () => {
        const templates = new TemplateSet(
            new Map([
                [
                    OPERATION_TEMPLATE,
                    '// <%- op.id %>\n<%- partial("path-segment", { errorClass: "Nope" }) %>\n'
                ],
                [PATH_SEGMENT, "throw <%- errorClass %>;\n"]
            ])
        );
        expect(templates.render(OPERATION_TEMPLATE, { op: { id: "getNote" } })).toBe(
            "// getNote\nthrow Nope;\n"
        );
    });

    it("renders a folder as generateFiles does: .template dropped, __key__ segments filled", () => {
        const tree = createTreeWithEmptyWorkspace();
        const templates = new TemplateSet(new Map([[FIXTURES_TEMPLATE, "<%- names.camel %>\n"]]));
        const written = templates.renderFolder(tree, "fixtures", "out", {
            names: { camel: "acme" }
        });
        expect(written).toEqual(["out/fixtures.ts"]);
        expect(tree.read("out/fixtures.ts", "utf-8")).toBe("acme\n");
    });

    it("names the template that fails to render", () => {
        const templates = new TemplateSet(new Map([[FIXTURES_TEMPLATE, "<%- missing.value %>"]]));
        expect(() => templates.render(FIXTURES_TEMPLATE, {})).toThrow(
            /^Template fixtures\/fixtures\.ts\.template failed to render: /
        );
    });
});
