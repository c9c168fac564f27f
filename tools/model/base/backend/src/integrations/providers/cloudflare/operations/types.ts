/**
 * Cloudflare operation shared types and schemas
 */

import { z } from "zod";

/**
 * Zone ID schema (32-character hex string)
 */
export const ZoneIdSchema = z
    .string()
    .regex(/^[a-f0-9]{32}$/, "Zone ID must be a 32-character hex string")
    .describe("The zone identifier (32-character hex string)");

/**
 * DNS Record ID schema (32-character hex string)
 */
export const DNSRecordIdSchema = z
    .string()
    .regex(/^[a-f0-9]{32}$/, "Record ID must be a 32-character hex string")
    .describe("The DNS record identifier (32-character hex string)");

/**
 * Pagination schema
 */
export const PaginationSchema = z.object({
    page: z.number().int().min(1).optional().describe("Page number (default: 1)"),
    per_page: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe("Number of results per page (default: 20, max: 1000)")
});

/**
 * DNS record type enum
 */
export const DNSRecordTypeSchema = z.enum([
    "A",
    "AAAA",
    "CNAME",
    "TXT",
    "MX",
    "NS",
    "SRV",
    "CAA",
    "PTR",
    "SPF"
]);
