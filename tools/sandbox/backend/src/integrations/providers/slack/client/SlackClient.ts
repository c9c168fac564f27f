import { createServiceLogger } from "../../../../core/logging";

const logger = createServiceLogger("SlackClient");

interface SlackClientConfig {
    accessToken: string;
}

/** Every Slack Web API response carries `ok`, and `error` when `ok` is false. */
interface SlackResponse {
    ok: boolean;
    error?: string;
    response_metadata?: {
        next_cursor?: string;
    };
}

export interface SlackMessage {
    ts: string;
    channel: string;
    text?: string;
}

export interface SlackChannel {
    id: string;
    name: string;
    is_private: boolean;
    is_archived: boolean;
    num_members?: number;
    topic?: { value: string };
}

export interface SlackUser {
    id: string;
    name: string;
    real_name?: string;
    tz?: string;
    is_bot: boolean;
    profile: {
        display_name?: string;
        email?: string;
        image_72?: string;
    };
}

export interface PostMessageInput {
    channel: string;
    text: string;
    thread_ts?: string;
    unfurl_links?: boolean;
}

export interface ListConversationsInput {
    types?: string;
    exclude_archived?: boolean;
    limit?: number;
    cursor?: string;
}

export class SlackClient {
    private baseUrl = "https://slack.com/api";
    private headers: Record<string, string>;

    constructor(config: SlackClientConfig) {
        this.headers = {
            "Content-Type": "application/json; charset=utf-8",
            Authorization: `Bearer ${config.accessToken}`
        };
    }

    private async request<T extends SlackResponse>(
        method: "GET" | "POST",
        endpoint: string,
        body?: Record<string, unknown>
    ): Promise<T> {
        let url = `${this.baseUrl}/${endpoint}`;
        if (method === "GET" && body) {
            const query = new URLSearchParams();
            for (const [key, value] of Object.entries(body)) {
                if (value !== undefined) {
                    query.set(key, String(value));
                }
            }
            url = `${url}?${query.toString()}`;
        }

        const response = await fetch(url, {
            method,
            headers: this.headers,
            body: method === "POST" && body ? JSON.stringify(body) : undefined
        });

        if (!response.ok) {
            logger.error({ status: response.status, endpoint }, `Slack API error: ${endpoint}`);
            throw new Error(`HTTP ${response.status}: ${response.statusText}`);
        }

        const data = (await response.json()) as T;
        if (!data.ok) {
            logger.error({ endpoint, error: data.error }, `Slack API error: ${endpoint}`);
            throw new Error(`Slack API error: ${data.error ?? "unknown_error"}`);
        }

        return data;
    }

    async postMessage(input: PostMessageInput): Promise<SlackMessage> {
        const body: Record<string, unknown> = { ...input };
        const result = await this.request<SlackResponse & SlackMessage>(
            "POST",
            "chat.postMessage",
            body
        );
        return { ts: result.ts, channel: result.channel, text: input.text };
    }

    async listConversations(
        input: ListConversationsInput
    ): Promise<{ channels: SlackChannel[]; nextCursor?: string }> {
        const result = await this.request<SlackResponse & { channels: SlackChannel[] }>(
            "GET",
            "conversations.list",
            { ...input }
        );
        return {
            channels: result.channels,
            nextCursor: result.response_metadata?.next_cursor || undefined
        };
    }

    async getUserInfo(userId: string): Promise<SlackUser> {
        const result = await this.request<SlackResponse & { user: SlackUser }>(
            "GET",
            "users.info",
            { user: userId }
        );
        return result.user;
    }
}
