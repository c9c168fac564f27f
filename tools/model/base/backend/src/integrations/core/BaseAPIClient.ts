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
 * Base API client: a FetchClient (`this.client`, where subclasses add auth headers with
 * `addRequestInterceptor`), HTTP verbs, retries, and an overridable `handleError`.
 */
export abstract class BaseAPIClient {
    protected client: FetchClient;
    protected retryConfig: RetryConfig;

    constructor(config: BaseAPIClientConfig) {
        this.retryConfig = config.retryConfig || {
            maxRetries: 3,
            retryableStatuses: [429, 500, 502, 503, 504],
            retryableErrors: ["ECONNRESET", "ETIMEDOUT", "ENOTFOUND"],
            backoffStrategy: "exponential",
            initialDelay: 1000,
            maxDelay: 10000
        };

        this.client = new FetchClient({
            baseURL: config.baseURL,
            timeout: config.timeout || 30000,
            retryConfig: this.retryConfig,
            connectionPool: config.connectionPool
        });
    }

    /**
     * Make HTTP request; subclasses map failures in handleError
     */
    async request<T = unknown>(config: RequestConfig): Promise<T> {
        try {
            return await this.client.request<T>(config);
        } catch (error) {
            await this.handleError(error);
            throw error; // Re-throw if handleError doesn't throw
        }
    }

    async get<T = unknown>(url: string, params?: Record<string, unknown>): Promise<T> {
        return this.request<T>({ method: "GET", url, params });
    }

    async post<T = unknown>(url: string, data?: unknown): Promise<T> {
        return this.request<T>({ method: "POST", url, data });
    }

    async put<T = unknown>(url: string, data?: unknown): Promise<T> {
        return this.request<T>({ method: "PUT", url, data });
    }

    async patch<T = unknown>(url: string, data?: unknown): Promise<T> {
        return this.request<T>({ method: "PATCH", url, data });
    }

    async delete<T = unknown>(url: string): Promise<T> {
        return this.request<T>({ method: "DELETE", url });
    }

    protected async executeWithRetry<T>(fn: () => Promise<T>, attempt = 0): Promise<T> {
        try {
            return await fn();
        } catch (error) {
            if (this.shouldRetry(error, attempt)) {
                await this.sleep(this.getRetryDelay(attempt));
                return this.executeWithRetry(fn, attempt + 1);
            }
            throw error;
        }
    }

    protected shouldRetry(error: unknown, attempt: number): boolean {
        if (attempt >= this.retryConfig.maxRetries || !isFetchError(error)) {
            return false;
        }
        if (error.response) {
            return this.retryConfig.retryableStatuses.includes(error.response.status);
        }
        return !!error.code && !!this.retryConfig.retryableErrors?.includes(error.code);
    }

    protected getRetryDelay(attempt: number): number {
        const initialDelay = this.retryConfig.initialDelay || 1000;
        const maxDelay = this.retryConfig.maxDelay || 10000;
        const delay =
            this.retryConfig.backoffStrategy === "exponential"
                ? initialDelay * Math.pow(2, attempt)
                : this.retryConfig.backoffStrategy === "linear"
                  ? initialDelay * (attempt + 1)
                  : initialDelay;
        return Math.min(delay, maxDelay);
    }

    protected sleep(ms: number): Promise<void> {
        return new Promise((resolve) => setTimeout(resolve, ms));
    }

    /**
     * Handle and normalize errors
     * Subclasses can override this to provide provider-specific error handling
     */
    protected async handleError(error: unknown): Promise<never> {
        throw error;
    }

    /**
     * Create standardized error response
     */
    protected createErrorResult(
        type: OperationError["type"],
        message: string,
        retryable = false,
        code?: string,
        details?: Record<string, unknown>
    ): OperationResult {
        return {
            success: false,
            error: {
                type,
                message,
                code,
                retryable,
                details
            }
        };
    }
}
