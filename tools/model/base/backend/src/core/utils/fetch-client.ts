/** A failed request: `response` when the server answered, `code` when it did not. */
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
        Object.assign(this, { name: "FetchError", response, request, code });
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

const FALLBACK_TIMEOUT_MS = 30_000;

/**
 * The host's HTTP client in small: interceptors, base URL and query string, JSON bodies, a
 * timeout, retries with backoff. (The host also pools sockets; `connectionPool` is accepted and
 * ignored here.)
 */
export class FetchClient {
    protected config: FetchClientConfig;
    protected retryConfig: RetryConfig;
    protected requestInterceptors: RequestInterceptor[] = [];
    protected responseInterceptors: ResponseInterceptor[] = [];

    constructor(config: FetchClientConfig = {}) {
        this.config = config;
        this.retryConfig = config.retryConfig ?? {
            maxRetries: 3,
            retryableStatuses: [429, 500, 502, 503, 504],
            retryableErrors: ["ECONNRESET", "ETIMEDOUT", "ENOTFOUND"],
            backoffStrategy: "exponential",
            initialDelay: 1000,
            maxDelay: 10_000
        };
    }

    addRequestInterceptor(interceptor: RequestInterceptor): void {
        this.requestInterceptors.push(interceptor);
    }

    addResponseInterceptor(interceptor: ResponseInterceptor): void {
        this.responseInterceptors.push(interceptor);
    }

    async request<T = unknown>(config: RequestConfig): Promise<T> {
        return this.executeWithRetry(() => this.send<T>(config));
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

    /** Absolute URLs are used as they are; `null`/`undefined` parameters are left out. */
    protected buildURL(url: string, params?: Record<string, unknown>): string {
        const target = /^https?:\/\//.test(url)
            ? new URL(url)
            : new URL(`${this.config.baseURL ?? ""}${url}`);
        Object.entries(params ?? {})
            .filter(([, value]) => value !== undefined && value !== null)
            .forEach(([name, value]) => target.searchParams.append(name, String(value)));
        return target.toString();
    }

    /** JSON (an empty body reads as null), any text/* as a string, everything else as a Blob. */
    protected async parseResponse(response: Response): Promise<unknown> {
        const type = response.headers.get("content-type") ?? "";
        if (type.includes("application/json")) {
            const raw = await response.text();
            return raw === "" ? null : JSON.parse(raw);
        }
        if (type.includes("text/")) return response.text();
        return response.blob();
    }

    protected async executeWithRetry<T>(fn: () => Promise<T>, attempt = 0): Promise<T> {
        for (let tries = attempt; ; tries++) {
            try {
                return await fn();
            } catch (error) {
                if (!this.shouldRetry(error, tries)) throw error;
                await this.sleep(this.getRetryDelay(tries));
            }
        }
    }

    protected shouldRetry(error: unknown, attempt: number): boolean {
        if (!isFetchError(error) || attempt >= this.retryConfig.maxRetries) return false;
        const { retryableStatuses, retryableErrors = [] } = this.retryConfig;
        return error.response
            ? retryableStatuses.includes(error.response.status)
            : error.code !== undefined && retryableErrors.includes(error.code);
    }

    protected getRetryDelay(attempt: number): number {
        const { backoffStrategy, initialDelay = 1000, maxDelay = 10_000 } = this.retryConfig;
        const factor = { exponential: 2 ** attempt, linear: attempt + 1, constant: 1 }[
            backoffStrategy
        ];
        return Math.min(initialDelay * factor, maxDelay);
    }

    protected sleep(ms: number): Promise<void> {
        return new Promise((done) => setTimeout(done, ms));
    }

    /** One attempt. A falsy body (null, 0, "", false) is not sent, and never with GET. */
    private async send<T>(initial: RequestConfig): Promise<T> {
        let config = initial;
        for (const intercept of this.requestInterceptors) config = await intercept(config);
        const headers: Record<string, string> = { ...this.config.headers, ...config.headers };
        const payload = config.method === "GET" || !config.data ? undefined : config.data;
        if (payload !== undefined && typeof payload !== "string") {
            headers["Content-Type"] ??= "application/json";
        }
        const timeoutMs = config.timeout ?? this.config.timeout ?? FALLBACK_TIMEOUT_MS;
        let response: Response;
        try {
            response = await fetch(this.buildURL(config.url, config.params), {
                method: config.method,
                headers,
                body:
                    typeof payload === "string" || payload === undefined
                        ? payload
                        : JSON.stringify(payload),
                signal: config.signal ?? AbortSignal.timeout(timeoutMs)
            });
        } catch (error) {
            if ((error as Error).name !== "TimeoutError") throw error;
            throw new FetchError(
                `no answer within ${timeoutMs} ms`,
                undefined,
                config,
                "ETIMEDOUT"
            );
        }
        const parsed = await this.parseResponse(response);
        if (!response.ok) {
            const answer = {
                status: response.status,
                statusText: response.statusText,
                data: parsed,
                headers: Object.fromEntries(response.headers.entries())
            };
            throw new FetchError(`HTTP ${response.status}: ${response.statusText}`, answer, config);
        }
        let result = parsed;
        for (const intercept of this.responseInterceptors) result = await intercept(result);
        return result as T;
    }
}

export function isFetchError(error: unknown): error is FetchError {
    return error instanceof FetchError;
}
