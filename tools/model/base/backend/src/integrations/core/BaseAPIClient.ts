import { FetchClient, isFetchError } from "../../core/utils/fetch-client";
import type { RequestConfig, RetryConfig, OperationResult, OperationError } from "./types";

export interface BaseAPIClientConfig {
    baseURL: string;
    timeout?: number;
    retryConfig?: RetryConfig;
    connectionPool?: {
        maxSockets?: number;
        maxFreeSockets?: number;
        keepAlive?: boolean;
        keepAliveMsecs?: number;
    };
}

/**
 * Shared plumbing of provider clients: `this.client` (add auth with `addRequestInterceptor`), the
 * HTTP verbs, and `handleError`, which subclasses override to turn failures into their own errors.
 */
export abstract class BaseAPIClient {
    protected client: FetchClient;
    protected retryConfig: RetryConfig;

    constructor(config: BaseAPIClientConfig) {
        this.retryConfig = config.retryConfig ?? {
            maxRetries: 3,
            retryableStatuses: [429, 500, 502, 503, 504],
            backoffStrategy: "exponential"
        };
        this.client = new FetchClient({
            baseURL: config.baseURL,
            timeout: config.timeout ?? 30_000,
            retryConfig: this.retryConfig,
            connectionPool: config.connectionPool
        });
    }

    /** FetchClient retries; what still fails goes through handleError. */
    async request<T = unknown>(config: RequestConfig): Promise<T> {
        return this.client.request<T>(config).catch(async (error: unknown) => {
            await this.handleError(error);
            throw error;
        });
    }

    async get<T = unknown>(url: string, params?: Record<string, unknown>): Promise<T> {
        return this.request<T>({ url, method: "GET", params });
    }

    async post<T = unknown>(url: string, data?: unknown): Promise<T> {
        return this.request<T>({ url, method: "POST", data });
    }

    async put<T = unknown>(url: string, data?: unknown): Promise<T> {
        return this.request<T>({ url, method: "PUT", data });
    }

    async patch<T = unknown>(url: string, data?: unknown): Promise<T> {
        return this.request<T>({ url, method: "PATCH", data });
    }

    async delete<T = unknown>(url: string): Promise<T> {
        return this.request<T>({ url, method: "DELETE" });
    }

    protected async executeWithRetry<T>(fn: () => Promise<T>, attempt = 0): Promise<T> {
        return fn().catch(async (error: unknown) => {
            if (!this.shouldRetry(error, attempt)) throw error;
            await this.sleep(this.getRetryDelay(attempt));
            return this.executeWithRetry(fn, 1 + attempt);
        });
    }

    protected shouldRetry(error: unknown, attempt: number): boolean {
        const status = isFetchError(error) ? error.response?.status : undefined;
        return (
            attempt < this.retryConfig.maxRetries &&
            status !== undefined &&
            this.retryConfig.retryableStatuses.includes(status)
        );
    }

    protected getRetryDelay(attempt: number): number {
        return Math.min(
            (this.retryConfig.initialDelay ?? 1000) * 2 ** attempt,
            this.retryConfig.maxDelay ?? 10_000
        );
    }

    protected sleep(ms: number): Promise<void> {
        return new Promise((done) => setTimeout(done, ms));
    }

    protected async handleError(error: unknown): Promise<never> {
        throw error;
    }

    protected createErrorResult(
        type: OperationError["type"],
        message: string,
        retryable = false,
        code?: string,
        details?: Record<string, unknown>
    ): OperationResult {
        return { success: false, error: { type, message, code, retryable, details } };
    }
}
