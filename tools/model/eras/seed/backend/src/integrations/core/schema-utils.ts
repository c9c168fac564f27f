import { zodToJsonSchema } from "zod-to-json-schema";
import { getLogger } from "../../core/logging";
import type { JSONSchema } from "./types";

import type { z } from "zod";

const logger = getLogger();

/** Draft-7 JSON schema of a zod schema (definitions inlined, no `$schema`); `{}`-like on failure. */
export function toJSONSchema(zodSchema: z.ZodSchema): JSONSchema {
    try {
        const { $schema: _dialect, ...schema } = zodToJsonSchema(zodSchema, {
            target: "jsonSchema7",
            $refStrategy: "none",
            strictUnions: false
        }) as Record<string, unknown>;
        return schema as JSONSchema;
    } catch (err) {
        logger.warn({ component: "schema-utils", err }, "zod schema left unconverted");
        return { type: "object", properties: {} };
    }
}
