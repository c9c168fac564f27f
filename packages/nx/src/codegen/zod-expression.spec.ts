import { z } from "zod";
import { zodObjectProperty, zodSchemaExpression, type ZodParameter } from "./zod-expression";

function param(overrides: Partial<ZodParameter>): ZodParameter {
    return { type: "string", required: false, ...overrides };
}

/** Builds the generated schema with the real zod, to check behaviour and not only text. */
function build(expression: string): z.ZodType {
    return new Function("z", `return ${expression};`)(z) as z.ZodType;
}

describe("zodSchemaExpression", () => {
    it.each<[Partial<ZodParameter>, string]>([
        [{ type: "string", required: true }, "z.string()"],
        [{ type: "number" }, "z.number().optional()"],
        [{ type: "integer", required: true }, "z.number().int()"],
        [{ type: "boolean", default: false }, "z.boolean().default(false)"],
        [
            { type: "enum", values: ["low", "high"], default: "low" },
            'z.enum(["low", "high"]).default("low")'
        ],
        [{ type: "array" }, "z.array(z.string()).optional()"],
        [{ type: "array", items: "integer", required: true }, "z.array(z.number().int())"],
        [
            { type: "array", items: "object", required: true },
            "z.array(z.record(z.string(), z.unknown()))"
        ],
        [{ type: "object", required: true }, "z.record(z.string(), z.unknown())"],
        [
            { type: "string", required: true, description: 'say "hi" */' },
            'z.string().describe("say \\"hi\\" */")'
        ]
    ])("%j -> %s", (parameter, expected) => {
        expect(zodSchemaExpression(param(parameter))).toBe(expected);
    });

    it("behaves as the spec says: required, optional, defaults, integers, enums", () => {
        const integer = build(zodSchemaExpression(param({ type: "integer", required: true })));
        expect(integer.safeParse(2).success).toBe(true);
        expect(integer.safeParse(2.5).success).toBe(false);
        expect(integer.safeParse(undefined).success).toBe(false);
        const optional = build(zodSchemaExpression(param({ type: "number" })));
        expect(optional.safeParse(undefined).success).toBe(true);
        const withDefault = build(
            zodSchemaExpression(param({ type: "enum", values: ["a", "b"], default: "b" }))
        );
        expect(withDefault.parse(undefined)).toBe("b");
        expect(withDefault.safeParse("c").success).toBe(false);
        const described = build(zodSchemaExpression(param({ description: "Channel `id` ${x}" })));
        expect(described.description).toBe("Channel `id` ${x}");
    });
});

describe("zodObjectProperty", () => {
    it("keeps a short chain on one line", () => {
        expect(zodObjectProperty("limit", param({ type: "integer" }), 1, false)).toBe(
            "    limit: z.number().int().optional(),"
        );
    });

    it("breaks a long chain one call per line, and a long description onto its own line", () => {
        const description = "x".repeat(90);
        expect(zodObjectProperty("text", param({ required: true, description }), 1, true)).toBe(
            [
                "    text: z",
                "        .string()",
                "        .describe(",
                `            "${description}"`,
                "        )"
            ].join("\n")
        );
    });

    it("breaks a chain of three calls whose default nests a container", () => {
        expect(
            zodObjectProperty(
                "meta",
                param({ type: "object", default: { a: [1] }, description: "m" }),
                1,
                false
            )
        ).toBe(
            [
                "    meta: z",
                "        .record(z.string(), z.unknown())",
                "        .default({ a: [1] })",
                '        .describe("m"),'
            ].join("\n")
        );
    });

    it("quotes keys that are not identifiers", () => {
        expect(zodObjectProperty("$top", param({}), 1, true)).toBe(
            "    $top: z.string().optional()"
        );
    });
});
