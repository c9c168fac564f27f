/**
 * Zod to JSON Schema Converter
 *
 * Converts Zod schemas to JSON Schema format for use in:
 * - MCP tool definitions
 * - API documentation
 * - Frontend schema display
 *
 * The host converts with the `zod-to-json-schema` package (zod 3); the sandbox uses zod's own
 * converter behind the same name and signature.
 */

import { z } from "zod";
import { getLogger } from "../logging";

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
        const { $schema: _$schema, ...rest } = z.toJSONSchema(zodSchema, {
            target: "draft-7",
            io: "input",
            unrepresentable: "any"
        });
        return rest as JSONSchema;
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
