import { z } from "zod";
import { toJSONSchema } from "../../../core/schema-utils";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient } from "../client/SendGridClient";

const addressSchema = z.object({
    email: z.string().email().describe("Mailbox"),
    name: z.string().optional().describe("Name shown next to the mailbox")
});

export const sendEmailSchema = z.object({
    to: z.array(addressSchema).min(1).describe("Primary recipients"),
    cc: z.array(addressSchema).optional().describe("Copied recipients"),
    fromEmail: z.string().email().describe("Verified sender mailbox"),
    fromName: z.string().optional().describe("Sender name"),
    subject: z.string().min(1).describe("Subject line"),
    textContent: z.string().optional().describe("Plain-text part"),
    htmlContent: z.string().optional().describe("HTML part")
});

export type SendEmailParams = z.infer<typeof sendEmailSchema>;

export const sendEmailOperation: OperationDefinition = {
    id: "sendEmail",
    name: "Send Email",
    description: "Queues one message for delivery to its recipients",
    category: "email",
    inputSchema: sendEmailSchema,
    inputSchemaJSON: toJSONSchema(sendEmailSchema),
    retryable: false,
    timeout: 20000
};

export async function executeSendEmail(
    client: SendGridClient,
    params: SendEmailParams
): Promise<OperationResult> {
    const parts = [
        { mime: "text/plain", body: params.textContent },
        { mime: "text/html", body: params.htmlContent }
    ].filter((part): part is { mime: string; body: string } => Boolean(part.body));
    if (parts.length === 0) {
        return {
            success: false,
            error: {
                type: "validation",
                message: "Give textContent or htmlContent",
                retryable: false
            }
        };
    }
    const cc = (params.cc ?? []).map((address) => ({ ...address, copy: "cc" as const }));
    try {
        await client.sendEmail({
            recipients: [...params.to, ...cc],
            sender: { email: params.fromEmail, name: params.fromName },
            subject: params.subject,
            parts
        });
        return {
            success: true,
            data: { sent: true, recipientCount: params.to.length + cc.length }
        };
    } catch (error) {
        return {
            success: false,
            error: { type: "server_error", message: String(error), retryable: false }
        };
    }
}
