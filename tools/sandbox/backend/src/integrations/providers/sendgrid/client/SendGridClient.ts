import { BaseAPIClient } from "../../../core/BaseAPIClient";
import type { EmailAddress } from "../schemas";

interface SendGridClientConfig {
    apiKey: string;
}

export interface SendGridPersonalization {
    to: EmailAddress[];
    cc?: EmailAddress[];
    bcc?: EmailAddress[];
    dynamic_template_data?: Record<string, unknown>;
}

export interface SendGridMailRequest {
    personalizations: SendGridPersonalization[];
    from: EmailAddress;
    reply_to?: EmailAddress;
    subject?: string;
    content?: Array<{ type: "text/plain" | "text/html"; value: string }>;
    template_id?: string;
    categories?: string[];
    send_at?: number;
    batch_id?: string;
}

export interface SendGridTemplate {
    id: string;
    name: string;
    generation: "legacy" | "dynamic";
    updated_at: string;
}

export interface SendGridTemplateList {
    result: SendGridTemplate[];
    _metadata?: {
        next?: string;
        count?: number;
    };
}

/** SendGrid v3 client: extends the shared BaseAPIClient instead of calling fetch itself. */
export class SendGridClient extends BaseAPIClient {
    constructor(config: SendGridClientConfig) {
        super({
            baseUrl: "https://api.sendgrid.com/v3",
            serviceName: "SendGridClient",
            headers: {
                Authorization: `Bearer ${config.apiKey}`
            }
        });
    }

    /** POST /mail/send answers 202 with an empty body; the message id is in a header we skip. */
    async sendMail(request: SendGridMailRequest): Promise<void> {
        await this.post<void>("/mail/send", request);
    }

    async createBatchId(): Promise<string> {
        const result = await this.post<{ batch_id: string }>("/mail/batch");
        return result.batch_id;
    }

    async listTemplates(query: {
        generations?: string;
        pageSize?: number;
        pageToken?: string;
    }): Promise<SendGridTemplateList> {
        return this.get<SendGridTemplateList>("/templates", {
            generations: query.generations ?? "dynamic",
            page_size: query.pageSize ?? 50,
            page_token: query.pageToken
        });
    }
}
