import * as fc from "fast-check";
import * as ts from "typescript";
import { commentText, jsonText, tsPropertyKey, tsString, tsValue } from "./literals";

/** What must never be written raw: controls, format (bidi, zero-width, BOM), separators, surrogates. */
const RAW_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/u;

const HOSTILE = [
    "NUL \u0000 here",
    "ESC \u001b[31mred\u001b[0m",
    "DEL \u007f and C1 \u0085\u009b",
    "Trojan \u202e source \u2066isolate\u2069 \u200f",
    "zero\u200bwidth \ufeff BOM",
    "tag \u{e0001} and lone \ud800 surrogate, noncharacter \uffff"
];

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

    it.each(HOSTILE.map((value) => [jsonText(value), value]))(
        "escapes every control, bidi and invisible character of %s",
        (_name, value) => {
            const literal = tsString(value);
            expect(literal).not.toMatch(RAW_INVISIBLE);
            expect(evaluate(literal)).toBe(value);
        }
    );

    it("keeps visible non-ASCII text as it is", () => {
        expect(tsString("Café 🚀 日本")).toBe('"Café 🚀 日本"');
    });

    it("round-trips any string and never writes an invisible character raw", () => {
        fc.assert(
            fc.property(fc.string({ unit: "binary" }), (value) => {
                const literal = tsString(value);
                return evaluate(literal) === value && !RAW_INVISIBLE.test(literal);
            })
        );
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

describe("jsonText", () => {
    it.each(HOSTILE.map((value) => [jsonText(value), value]))(
        "is JSON for %s with nothing invisible raw",
        (_name, value) => {
            const text = jsonText({ description: value });
            expect(text).not.toMatch(RAW_INVISIBLE);
            expect(JSON.parse(text)).toEqual({ description: value });
        }
    );
});

describe("commentText", () => {
    it("cannot end a block comment: a display name in /** ... */ stays inside it", () => {
        const text = commentText("Acme */ process.exit(1); /* Chat");
        expect(text).toBe("Acme *\\/ process.exit(1); /* Chat");
        const comment = `/** Sandbox test data for ${text}: one fixture per operation. */\nexport {};\n`;
        const scanner = ts.createScanner(
            ts.ScriptTarget.Latest,
            false,
            ts.LanguageVariant.Standard,
            comment
        );
        expect(scanner.scan()).toBe(ts.SyntaxKind.MultiLineCommentTrivia);
        expect(scanner.getTokenText()).toBe(comment.slice(0, comment.indexOf("\n")));
    });

    it("turns line breaks into spaces and shows other invisible characters as escapes", () => {
        expect(commentText("Acme\nChat\r\n\u2028x")).toBe("Acme Chat x");
        expect(commentText("Acme \u202eevil\u0000 \u001b[2J")).toBe(
            "Acme \\u202eevil\\u0000 \\u001b[2J"
        );
    });

    it.each(HOSTILE.map((value) => [jsonText(value), value]))(
        "leaves nothing invisible in %s",
        (_name, value) => {
            expect(commentText(value)).not.toMatch(RAW_INVISIBLE);
        }
    );
});
