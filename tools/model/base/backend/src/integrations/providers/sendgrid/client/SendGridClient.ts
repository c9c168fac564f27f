import { BaseAPIClient, type BaseAPIClientConfig } from "../../../core/BaseAPIClient";

export interface SendGridClientConfig {
    apiKey: string;
    connectionId?: string;
}

// Shapes of the (fictional) SendGrid endpoints this model calls.

export interface SendGridContact {
    contact_id: string;
    address: string;
    given_name?: string;
    family_name?: string;
    joined?: string;
}

export interface SendGridTemplate {
    template_id: string;
    title: string;
    kind: "legacy" | "dynamic";
    edited?: string;
}

export interface SendGridEmailRequest {
    recipients: Array<{ email: string; name?: string; copy?: "cc" | "bcc" }>;
    sender: { email: string; name?: string };
    reply_address?: string;
    subject: string;
    parts: Array<{ mime: string; body: string }>;
    labels?: string[];
    deliver_at?: number;
}

interface SendGridPage<T> {
    items: T[];
    cursor?: string;
    total?: number;
}

export class SendGridClient extends BaseAPIClient {
    constructor(config: SendGridClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://api.sendgrid.com/v3",
            timeout: 15000,
            retryConfig: {
                maxRetries: 2,
                retryableStatuses: [429, 502],
                backoffStrategy: "constant"
            }
        };
        super(clientConfig);
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: { ...request.headers, Authorization: `Bearer ${config.apiKey}` }
        }));
    }

    /** The first entry of SendGrid's `errors` list says what went wrong. */
    protected override async handleError(error: unknown): Promise<never> {
        const reply = (error as { response?: { data?: { errors?: Array<{ message?: string }> } } })
            .response?.data;
        const reason = reply?.errors?.[0]?.message;
        throw reason ? new Error(`SendGrid: ${reason}`) : error;
    }

    async sendEmail(request: SendGridEmailRequest): Promise<void> {
        await this.post("/outbox", request);
    }

    async getContacts(params?: {
        size?: number;
        cursor?: string;
    }): Promise<SendGridPage<SendGridContact>> {
        return this.get("/audience/people", params);
    }

    async getTemplates(params?: {
        kind?: string;
        size?: number;
        cursor?: string;
    }): Promise<SendGridPage<SendGridTemplate>> {
        return this.get("/designs", params);
    }
}
