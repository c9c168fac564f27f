import { isFetchError } from "../../../../core/utils/fetch-client";
import { BaseAPIClient } from "../../../core/BaseAPIClient";
import type { OAuth2TokenData } from "../../../../storage/models/Connection";
import type { RequestConfig } from "../../../core/types";

export interface SlackClientConfig {
    accessToken: string;
    connectionId?: string;
    onTokenRefresh?: (tokens: OAuth2TokenData) => Promise<void>;
}

// Slack answers 200 even when a call fails; `ok` tells.
interface SlackEnvelope {
    ok: boolean;
    error?: string;
}

export class SlackClient extends BaseAPIClient {
    constructor(config: SlackClientConfig) {
        super({
            baseURL: "https://slack.com/api",
            timeout: 20000,
            retryConfig: { maxRetries: 2, retryableStatuses: [429, 503], backoffStrategy: "linear" }
        });
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: { ...request.headers, Authorization: `Bearer ${config.accessToken}` }
        }));
    }

    async request<T = unknown>(config: RequestConfig): Promise<T> {
        const reply = await super.request<SlackEnvelope>(config);
        if (!reply.ok) throw new Error(`Slack refused the call: ${reply.error ?? "no reason"}`);
        return reply as T;
    }

    protected async handleError(error: unknown): Promise<never> {
        if (isFetchError(error) && error.response?.status === 401) {
            throw new Error("Slack no longer accepts this token; reconnect the workspace");
        }
        throw error;
    }

    async postMessage(body: {
        room: string;
        text: string;
        parent?: string;
        blocks?: unknown[];
    }): Promise<unknown> {
        return this.post("/messages.send", body);
    }

    async listConversations(query: { archived?: boolean; page_size?: number }): Promise<unknown> {
        return this.get("/rooms.list", query);
    }
}
