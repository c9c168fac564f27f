import * as fc from "fast-check";
import { tsPropertyKey, tsString, tsValue } from "./literals";

/** Evaluates a generated expression the way the generated module would. */
function evaluate(expression: string): unknown {
    return new Function(`"use strict"; return (${expression});`)();
}

describe("tsString", () => {
    it.each([
        ['"); process.exit(1); ("'],
        ["back`tick ${injection}"],
        ["*/ closes a comment"],
        ["line\nbreak\r\ttab \\ backslash"],
        ["line separator \u2028 and paragraph \u2029"],
        ["non-ASCII é, emoji 🚀, lone surrogate \ud800"]
    ])("round-trips %j as one literal", (value) => {
        const literal = tsString(value);
        expect(literal).toMatch(/^"[^\n\r\u2028\u2029]*"$/);
        expect(evaluate(literal)).toBe(value);
    });

    it("round-trips any string", () => {
        fc.assert(
            fc.property(
                fc.string({ unit: "binary" }),
                (value) => evaluate(tsString(value)) === value
            )
        );
    });
});

describe("tsValue", () => {
    it("writes JSON-like values that evaluate to themselves", () => {
        const value = { a: [1, -2.5, true, null, "x"], "b-c": { d: "e" }, __proto__x: 1 };
        expect(evaluate(tsValue(value))).toEqual(value);
    });

    it("keeps __proto__ an own key instead of setting the prototype", () => {
        const value = JSON.parse('{"__proto__": {"polluted": true}}');
        const result = evaluate(tsValue(value)) as Record<string, unknown>;
        expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
        expect(Object.keys(result)).toEqual(["__proto__"]);
    });

    it("refuses values that have no literal", () => {
        expect(() => tsValue(Infinity)).toThrow("non-finite");
        expect(() => tsValue(() => 1)).toThrow("function");
    });

    it("round-trips any JSON value", () => {
        fc.assert(
            fc.property(fc.jsonValue(), (value) => {
                expect(evaluate(tsValue(value))).toEqual(value);
            })
        );
    });
});

describe("tsPropertyKey", () => {
    it("quotes only keys that are not identifiers", () => {
        expect(tsPropertyKey("Authorization")).toBe("Authorization");
        expect(tsPropertyKey("Content-Type")).toBe('"Content-Type"');
        expect(tsPropertyKey("1st")).toBe('"1st"');
    });
});
