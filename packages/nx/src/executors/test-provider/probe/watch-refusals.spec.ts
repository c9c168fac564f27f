import { z } from "zod";
import { watchRefusals } from "./observe-provider";

describe("watchRefusals", () => {
    const schema = z.object({ channel: z.string() });

    it("notes a refusal by safeParse or by parse throwing, and puts zod's own methods back", () => {
        const { parse, safeParse } = schema;
        const bySafeParse = watchRefusals(schema);
        expect(schema.safeParse({}).success).toBe(false);
        expect(bySafeParse.stop()).toBe(true);
        const byParse = watchRefusals(schema);
        expect(() => schema.parse({})).toThrow();
        expect(byParse.stop()).toBe(true);
        expect(schema.parse).toBe(parse);
        expect(schema.safeParse).toBe(safeParse);
    });

    it("notes nothing when the input parses or the schema is not asked", async () => {
        const accepted = watchRefusals(schema);
        expect(schema.parse({ channel: "general" })).toEqual({ channel: "general" });
        expect(await schema.safeParseAsync({ channel: "general" })).toMatchObject({
            success: true
        });
        expect(accepted.stop()).toBe(false);
        expect(watchRefusals(schema).stop()).toBe(false);
    });
});
