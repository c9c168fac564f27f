import { z } from "zod";
import type { JSONSchema } from "../integrations/core/types";

/** JSON Schema (draft 2020-12) for a zod schema, as MCP tools and the UI expect it. */
export function toJSONSchema(schema: z.ZodTypeAny): JSONSchema {
    return z.toJSONSchema(schema, { unrepresentable: "any" }) as JSONSchema;
}
