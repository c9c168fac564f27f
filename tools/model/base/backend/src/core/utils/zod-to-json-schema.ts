import { zodToJsonSchema } from "zod-to-json-schema";
import { getLogger } from "../logging";

import type { z } from "zod";

const logger = getLogger();

export interface JSONSchema {
    type: string;
    properties?: Record<string, unknown>;
    required?: string[];
    description?: string;
    [key: string]: unknown;
}

/** What a tool gets when its schema cannot be converted: an object that accepts anything. */
const UNCONVERTIBLE: JSONSchema = {
    type: "object",
    properties: {},
    description: "unconvertible schema"
};

/** Draft-7 JSON schema of a zod schema: definitions inlined, no `$schema` key. */
export function toJSONSchema(zodSchema: z.ZodSchema): JSONSchema {
    try {
        const { $schema: _dialect, ...schema } = zodToJsonSchema(zodSchema, {
            target: "jsonSchema7",
            $refStrategy: "none",
            strictUnions: false
        }) as Record<string, unknown>;
        return schema as JSONSchema;
    } catch (err) {
        logger.warn({ component: "toJSONSchema", err }, "zod schema left unconverted");
        return { ...UNCONVERTIBLE };
    }
}
