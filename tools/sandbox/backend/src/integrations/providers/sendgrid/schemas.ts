import { z } from "zod";

/** Shared Zod schemas for SendGrid operations (several operations reuse the same pieces). */

export const emailAddressSchema = z.object({
    email: z.email().describe("Email address"),
    name: z.string().optional().describe("Display name")
});

export type EmailAddress = z.infer<typeof emailAddressSchema>;

const mailContentFields = {
    to: z.array(emailAddressSchema).min(1).describe("Recipients"),
    cc: z.array(emailAddressSchema).optional().describe("Carbon-copy recipients"),
    bcc: z.array(emailAddressSchema).optional().describe("Blind carbon-copy recipients"),
    from: emailAddressSchema.describe("Verified sender"),
    replyTo: emailAddressSchema.optional().describe("Reply-to address"),
    subject: z.string().min(1).optional().describe("Subject line (optional with a template)"),
    text: z.string().optional().describe("Plain-text body"),
    html: z.string().optional().describe("HTML body"),
    templateId: z.string().optional().describe("Dynamic template ID (d-...)"),
    templateData: z
        .record(z.string(), z.unknown())
        .optional()
        .describe("Dynamic template data for handlebars substitutions"),
    categories: z.array(z.string()).max(10).optional().describe("Categories for stats")
};

export const sendEmailSchema = z.object(mailContentFields);

export type SendEmailParams = z.infer<typeof sendEmailSchema>;

export const scheduleEmailSchema = z.object({
    ...mailContentFields,
    sendAt: z
        .number()
        .int()
        .positive()
        .describe("Unix timestamp (seconds) to send at; at most 72 hours ahead"),
    batchId: z.string().optional().describe("Batch ID, so the send can be cancelled later")
});

export type ScheduleEmailParams = z.infer<typeof scheduleEmailSchema>;

export const listTemplatesSchema = z.object({
    generations: z
        .enum(["legacy", "dynamic", "legacy,dynamic"])
        .optional()
        .describe("Template generations to list (default: dynamic)"),
    pageSize: z.number().int().min(1).max(200).optional().describe("Templates per page"),
    pageToken: z.string().optional().describe("Page token from a previous call")
});

export type ListTemplatesParams = z.infer<typeof listTemplatesSchema>;
