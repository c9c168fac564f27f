/**
 * Zod to JSON Schema for MCP tools and the frontend. The host converts with the
 * `zod-to-json-schema` package (zod 3); the sandbox uses zod's own converter behind the same
 * name and signature.
 */

import { z } from "zod";
import { getLogger } from "../../core/logging";
import type { JSONSchema } from "./types";

const logger = getLogger();

/**
 * Convert Zod schema to JSON Schema
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
