/**
 * Zod to JSON Schema Converter
 *
 * Converts Zod schemas to JSON Schema format for use in:
 * - MCP tool definitions
 * - API documentation
 * - Frontend schema display
 *
 * With the `zod-to-json-schema` package, as the host (zod 3).
 */

import { zodToJsonSchema } from "zod-to-json-schema";
import { getLogger } from "../logging";

import type { z } from "zod";

const logger = getLogger();

/**
 * JSON Schema type (JSON Schema 7)
 */
export interface JSONSchema {
    type: string;
    properties?: Record<string, unknown>;
    required?: string[];
    description?: string;
    [key: string]: unknown;
}

/**
 * Convert a Zod schema to JSON Schema format
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
            { component: "ZodToJsonSchema", err: error },
            "Failed to convert Zod schema to JSON Schema"
        );
        return {
            type: "object",
            properties: {},
            description: "Schema conversion failed"
        };
    }
}
