/**
 * Zod to JSON Schema for MCP tools and the frontend. With the
 * `zod-to-json-schema` package, as the host (zod 3).
 */

import { zodToJsonSchema } from "zod-to-json-schema";
import { getLogger } from "../../core/logging";
import type { JSONSchema } from "./types";

import type { z } from "zod";

const logger = getLogger();

/**
 * Convert Zod schema to JSON Schema
 */
export function toJSONSchema(zodSchema: z.ZodSchema): JSONSchema {
    try {
        // Draft 7 with every definition inlined and unions kept loose: the host's settings.
        const converted = zodToJsonSchema(zodSchema, {
            target: "jsonSchema7",
            $refStrategy: "none",
            strictUnions: false
        }) as Record<string, unknown>;
        delete converted.$schema;
        return converted as JSONSchema;
    } catch (error) {
        logger.error(
            { component: "SchemaUtils", err: error },
            "Failed to convert Zod schema to JSON Schema"
        );
        return {
            type: "object",
            properties: {},
            description: "Schema conversion failed"
        };
    }
}
