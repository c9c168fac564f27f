import { z } from "zod";

// Fields the zone and DNS operations share.

const hexId = (what: string) =>
    z
        .string()
        .regex(/^[0-9a-f]{32}$/, `${what} is 32 lowercase hex digits`)
        .describe(`${what} (32 hex digits)`);

export const ZoneIdSchema = hexId("Zone id");

export const DNSRecordIdSchema = hexId("Record id");

export const PaginationSchema = z.object({
    page: z.number().int().min(1).optional().describe("Page to read, from 1"),
    per_page: z.number().int().min(1).max(500).optional().describe("Entries per page")
});

export const DNSRecordTypeSchema = z.enum(["A", "AAAA", "CNAME", "TXT", "MX"]);
