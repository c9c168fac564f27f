/**
 * SendGrid HTTP Client
 *
 * Bearer token authentication with the API key.
 *
 * Base URL: https://api.sendgrid.com/v3
 */

import { BaseAPIClient, type BaseAPIClientConfig } from "../../../core/BaseAPIClient";

export interface SendGridClientConfig {
    apiKey: string;
    connectionId?: string;
}

// ============================================
// SendGrid API Types
// ============================================

export interface SendGridContact {
    id?: string;
    email: string;
    first_name?: string;
    last_name?: string;
    created_at?: string;
    updated_at?: string;
}

export interface SendGridTemplate {
    id: string;
    name: string;
    generation: "legacy" | "dynamic";
    updated_at?: string;
}

export interface SendGridEmailRequest {
    personalizations: Array<{
        to: Array<{ email: string; name?: string }>;
        cc?: Array<{ email: string; name?: string }>;
        bcc?: Array<{ email: string; name?: string }>;
        send_at?: number;
    }>;
    from: { email: string; name?: string };
    reply_to?: { email: string; name?: string };
    subject?: string;
    content?: Array<{ type: string; value: string }>;
    categories?: string[];
}

interface SendGridErrorResponse {
    errors?: Array<{
        message?: string;
        field?: string;
    }>;
}

export class SendGridClient extends BaseAPIClient {
    constructor(config: SendGridClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://api.sendgrid.com/v3",
            timeout: 30000,
            retryConfig: {
                maxRetries: 3,
                retryableStatuses: [429, 500, 502, 503, 504],
                retryableErrors: ["ECONNRESET", "ETIMEDOUT", "ENOTFOUND"],
                backoffStrategy: "exponential",
                initialDelay: 1000,
                maxDelay: 30000
            },
            connectionPool: {
                keepAlive: true,
                maxSockets: 50,
                maxFreeSockets: 10,
                keepAliveMsecs: 60000
            }
        };

        super(clientConfig);

        // Add authorization header using API key
        this.client.addRequestInterceptor((requestConfig) => {
            if (!requestConfig.headers) {
                requestConfig.headers = {};
            }
            requestConfig.headers["Authorization"] = `Bearer ${config.apiKey}`;
            requestConfig.headers["Content-Type"] = "application/json";
            requestConfig.headers["Accept"] = "application/json";
            return requestConfig;
        });
    }

    /**
     * Map SendGrid's error format to readable messages
     */
    protected override async handleError(error: unknown): Promise<never> {
        if (error && typeof error === "object" && "response" in error) {
            const response = (
                error as { response?: { status?: number; data?: SendGridErrorResponse } }
            ).response;

            if (response?.data?.errors && response.data.errors.length > 0) {
                const sendgridError = response.data.errors[0];
                throw new Error(
                    `SendGrid API error: ${sendgridError.message || "Unknown error"}${
                        sendgridError.field ? ` (field: ${sendgridError.field})` : ""
                    }`
                );
            }

            if (response?.status === 401) {
                throw new Error("SendGrid authentication failed. Please check your API key.");
            }

            if (response?.status === 429) {
                throw new Error("SendGrid rate limit exceeded. Please try again later.");
            }
        }

        throw error;
    }

    async sendEmail(request: SendGridEmailRequest): Promise<void> {
        await this.post("/mail/send", request);
    }

    async getContacts(params?: { page_size?: number; page_token?: string }): Promise<{
        result: SendGridContact[];
        _metadata?: {
            next?: string;
            self?: string;
        };
        contact_count?: number;
    }> {
        return this.get("/marketing/contacts", params);
    }

    async getTemplates(params?: {
        generations?: "legacy" | "dynamic" | "legacy,dynamic";
        page_size?: number;
        page_token?: string;
    }): Promise<{
        result: SendGridTemplate[];
        _metadata?: {
            count?: number;
            self?: string;
            next?: string;
        };
    }> {
        return this.get("/templates", params);
    }
}
