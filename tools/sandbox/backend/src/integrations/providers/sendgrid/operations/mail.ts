import { toJSONSchema } from "../../../core/schema-utils";
import { APIError } from "../../../core/BaseAPIClient";
import { sendEmailSchema, scheduleEmailSchema } from "../schemas";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient, SendGridMailRequest } from "../client/SendGridClient";
import type { ScheduleEmailParams, SendEmailParams } from "../schemas";

/** Mail operations: several operations share this file (a real FlowMaestro variant). */

function toMailRequest(params: SendEmailParams): SendGridMailRequest {
    const content: NonNullable<SendGridMailRequest["content"]> = [];
    if (params.text) {
        content.push({ type: "text/plain", value: params.text });
    }
    if (params.html) {
        content.push({ type: "text/html", value: params.html });
    }

    return {
        personalizations: [
            {
                to: params.to,
                cc: params.cc,
                bcc: params.bcc,
                dynamic_template_data: params.templateData
            }
        ],
        from: params.from,
        reply_to: params.replyTo,
        subject: params.subject,
        content: content.length > 0 ? content : undefined,
        template_id: params.templateId,
        categories: params.categories
    };
}

function failure(error: unknown, fallback: string): OperationResult {
    if (error instanceof APIError) {
        return {
            success: false,
            error: {
                type:
                    error.status === 429
                        ? "rate_limit"
                        : error.status === 401 || error.status === 403
                          ? "permission"
                          : error.status >= 500
                            ? "server_error"
                            : "validation",
                message: error.message,
                retryable: error.retryable,
                code: String(error.status)
            }
        };
    }
    return {
        success: false,
        error: {
            type: "network",
            message: error instanceof Error ? error.message : fallback,
            retryable: true
        }
    };
}

export const sendEmailOperation: OperationDefinition = {
    id: "sendEmail",
    name: "Send Email",
    description: "Send an email immediately, with inline content or a dynamic template",
    category: "email",
    actionType: "write",
    inputSchema: sendEmailSchema,
    inputSchemaJSON: toJSONSchema(sendEmailSchema),
    retryable: true,
    timeout: 30000
};

export async function executeSendEmail(
    client: SendGridClient,
    params: SendEmailParams
): Promise<OperationResult> {
    if (!params.templateId && !params.text && !params.html) {
        return {
            success: false,
            error: {
                type: "validation",
                message: "Provide text, html or templateId",
                retryable: false
            }
        };
    }

    try {
        await client.sendMail(toMailRequest(params));
        return { success: true, data: { accepted: true, recipients: params.to.length } };
    } catch (error) {
        return failure(error, "Failed to send email");
    }
}

export const scheduleEmailOperation: OperationDefinition = {
    id: "scheduleEmail",
    name: "Schedule Email",
    description: "Schedule an email to be sent at a later time (up to 72 hours ahead)",
    category: "email",
    actionType: "write",
    inputSchema: scheduleEmailSchema,
    inputSchemaJSON: toJSONSchema(scheduleEmailSchema),
    retryable: false,
    timeout: 30000
};

export async function executeScheduleEmail(
    client: SendGridClient,
    params: ScheduleEmailParams
): Promise<OperationResult> {
    const nowSeconds = Math.floor(Date.now() / 1000);
    if (params.sendAt <= nowSeconds || params.sendAt > nowSeconds + 72 * 3600) {
        return {
            success: false,
            error: {
                type: "validation",
                message: "sendAt must be in the future and at most 72 hours ahead",
                retryable: false
            }
        };
    }

    try {
        const batchId = params.batchId ?? (await client.createBatchId());
        await client.sendMail({
            ...toMailRequest(params),
            send_at: params.sendAt,
            batch_id: batchId
        });
        return { success: true, data: { scheduled: true, sendAt: params.sendAt, batchId } };
    } catch (error) {
        return failure(error, "Failed to schedule email");
    }
}
