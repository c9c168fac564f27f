/**
 * Fetch-based HTTP client: request/response interceptors, query parameters, JSON bodies,
 * timeouts and retries. The host's client also pools connections with http(s) agents; the
 * sandbox keeps its API (the names clients and BaseAPIClient use) with a smaller body.
 */

/**
 * Custom error class for fetch requests
 */
export class FetchError extends Error {
    public response?: {
        status: number;
        statusText: string;
        data: unknown;
        headers: Record<string, string>;
    };
    public request?: RequestConfig;
    public code?: string;

    constructor(
        message: string,
        response?: {
            status: number;
            statusText: string;
            data: unknown;
            headers: Record<string, string>;
        },
        request?: RequestConfig,
        code?: string
    ) {
        super(message);
        this.name = "FetchError";
        this.response = response;
        this.request = request;
        this.code = code;
    }
}

export interface RetryConfig {
    maxRetries: number;
    retryableStatuses: number[];
    retryableErrors?: string[];
    backoffStrategy: "exponential" | "linear" | "constant";
    initialDelay?: number;
    maxDelay?: number;
}

export interface RequestConfig {
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    url: string;
    headers?: Record<string, string>;
    params?: Record<string, unknown>;
    data?: unknown;
    timeout?: number;
    signal?: AbortSignal;
}

export interface FetchClientConfig {
    baseURL?: string;
    timeout?: number;
    headers?: Record<string, string>;
    retryConfig?: RetryConfig;
    connectionPool?: {
        maxSockets?: number;
        maxFreeSockets?: number;
        keepAlive?: boolean;
        keepAliveMsecs?: number;
    };
}

export type RequestInterceptor = (config: RequestConfig) => RequestConfig | Promise<RequestConfig>;
export type ResponseInterceptor = <T>(response: T) => T | Promise<T>;

/**
 * Fetch-based HTTP client with retry logic and interceptors
 */
export class FetchClient {
    protected config: FetchClientConfig;
    protected retryConfig: RetryConfig;
    protected requestInterceptors: RequestInterceptor[] = [];
    protected responseInterceptors: ResponseInterceptor[] = [];

    constructor(config: FetchClientConfig = {}) {
        this.config = config;
        this.retryConfig = config.retryConfig || {
            maxRetries: 3,
            retryableStatuses: [429, 500, 502, 503, 504],
            retryableErrors: ["ECONNRESET", "ETIMEDOUT", "ENOTFOUND"],
            backoffStrategy: "exponential",
            initialDelay: 1000,
            maxDelay: 10000
        };
    }

    addRequestInterceptor(interceptor: RequestInterceptor): void {
        this.requestInterceptors.push(interceptor);
    }

    addResponseInterceptor(interceptor: ResponseInterceptor): void {
        this.responseInterceptors.push(interceptor);
    }

    async request<T = unknown>(config: RequestConfig): Promise<T> {
        return await this.executeWithRetry(async () => {
            let requestConfig = config;
            for (const interceptor of this.requestInterceptors) {
                requestConfig = await interceptor(requestConfig);
            }

            const headers: Record<string, string> = {
                ...this.config.headers,
                ...requestConfig.headers
            };
            // As the host: a falsy body (null, 0, "", false) is not sent.
            const hasBody = Boolean(requestConfig.data) && requestConfig.method !== "GET";
            if (hasBody && typeof requestConfig.data !== "string" && !headers["Content-Type"]) {
                headers["Content-Type"] = "application/json";
            }

            let response: Response;
            try {
                response = await fetch(this.buildURL(requestConfig.url, requestConfig.params), {
                    method: requestConfig.method,
                    headers,
                    body: hasBody
                        ? typeof requestConfig.data === "string"
                            ? requestConfig.data
                            : JSON.stringify(requestConfig.data)
                        : undefined,
                    signal:
                        requestConfig.signal ||
                        AbortSignal.timeout(requestConfig.timeout || this.config.timeout || 30000)
                });
            } catch (error) {
                if (error instanceof Error && error.name === "TimeoutError") {
                    throw new FetchError("Request timeout", undefined, requestConfig, "ETIMEDOUT");
                }
                throw error;
            }

            let data = await this.parseResponse(response);
            if (!response.ok) {
                throw new FetchError(
                    `HTTP ${response.status}: ${response.statusText}`,
                    {
                        status: response.status,
                        statusText: response.statusText,
                        data,
                        headers: Object.fromEntries(response.headers.entries())
                    },
                    requestConfig
                );
            }
            for (const interceptor of this.responseInterceptors) {
                data = await interceptor(data);
            }
            return data as T;
        });
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

    /**
     * Build URL with query parameters (absolute URLs ignore baseURL)
     */
    protected buildURL(url: string, params?: Record<string, unknown>): string {
        const isAbsolute = url.startsWith("http://") || url.startsWith("https://");
        const urlObj = new URL(isAbsolute ? url : (this.config.baseURL || "") + url);
        for (const [key, value] of Object.entries(params || {})) {
            if (value !== undefined && value !== null) {
                urlObj.searchParams.append(key, String(value));
            }
        }
        return urlObj.toString();
    }

    /**
     * Parse response based on content type
     */
    protected async parseResponse(response: Response): Promise<unknown> {
        // As the host: JSON (an empty JSON body is null), text, and anything else as a Blob.
        const contentType = response.headers.get("content-type") || "";
        if (contentType.includes("application/json")) {
            const text = await response.text();
            return text ? JSON.parse(text) : null;
        }
        return contentType.includes("text/") ? response.text() : response.blob();
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
}

/**
 * Helper to check if error is a FetchError
 */
export function isFetchError(error: unknown): error is FetchError {
    return error instanceof FetchError;
}
