import { createServiceLogger, type ServiceLogger } from "../../core/logging";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface BaseAPIClientConfig {
    /** Base URL without a trailing slash, e.g. `https://api.sendgrid.com/v3`. */
    baseUrl: string;
    /** Name used in log lines and error messages. */
    serviceName: string;
    /** Headers sent with every request (auth, content type, API version, ...). */
    headers?: Record<string, string>;
    /** Per-request timeout in milliseconds. */
    timeout?: number;
}

export interface RequestOptions {
    body?: unknown;
    query?: QueryParams;
    headers?: Record<string, string>;
}

/** Error thrown for non-2xx responses; keeps the status so callers can classify it. */
export class APIError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly body: unknown
    ) {
        super(message);
        this.name = "APIError";
    }

    get retryable(): boolean {
        return this.status === 429 || this.status >= 500;
    }
}

const DEFAULT_TIMEOUT_MS = 30000;

function errorMessageFrom(body: unknown): string | undefined {
    if (typeof body === "string") {
        return body || undefined;
    }
    if (body && typeof body === "object") {
        const record = body as Record<string, unknown>;
        if (typeof record.message === "string") {
            return record.message;
        }
        if (Array.isArray(record.errors) && record.errors.length > 0) {
            const first = record.errors[0] as Record<string, unknown> | undefined;
            if (first && typeof first.message === "string") {
                return first.message;
            }
        }
    }
    return undefined;
}

/**
 * Shared HTTP client for providers whose clients extend it instead of calling `fetch` directly:
 * JSON in and out, query strings, a timeout per request, and errors that keep the HTTP status.
 */
export abstract class BaseAPIClient {
    protected readonly baseUrl: string;
    protected readonly serviceName: string;
    protected readonly timeout: number;
    protected headers: Record<string, string>;
    protected readonly logger: ServiceLogger;

    constructor(config: BaseAPIClientConfig) {
        this.baseUrl = config.baseUrl.replace(/\/+$/, "");
        this.serviceName = config.serviceName;
        this.timeout = config.timeout ?? DEFAULT_TIMEOUT_MS;
        this.headers = {
            "Content-Type": "application/json",
            Accept: "application/json",
            ...config.headers
        };
        this.logger = createServiceLogger(config.serviceName);
    }

    protected buildUrl(endpoint: string, query?: QueryParams): string {
        const url = new URL(`${this.baseUrl}${endpoint.startsWith("/") ? "" : "/"}${endpoint}`);
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value !== undefined) {
                url.searchParams.set(key, String(value));
            }
        }
        return url.toString();
    }

    protected async request<T>(
        method: HttpMethod,
        endpoint: string,
        options: RequestOptions = {}
    ): Promise<T> {
        const url = this.buildUrl(endpoint, options.query);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.timeout);

        let response: Response;
        try {
            response = await fetch(url, {
                method,
                headers: { ...this.headers, ...options.headers },
                body: options.body === undefined ? undefined : JSON.stringify(options.body),
                signal: controller.signal
            });
        } catch (error) {
            if (controller.signal.aborted) {
                throw new Error(`${this.serviceName} request timed out after ${this.timeout}ms`);
            }
            throw error;
        } finally {
            clearTimeout(timer);
        }

        const text = await response.text();
        let body: unknown = undefined;
        if (text) {
            try {
                body = JSON.parse(text);
            } catch {
                body = text;
            }
        }

        if (!response.ok) {
            this.logger.error(
                { status: response.status, endpoint, method },
                `${this.serviceName} API error`
            );
            throw new APIError(
                errorMessageFrom(body) || `HTTP ${response.status}: ${response.statusText}`,
                response.status,
                body
            );
        }

        return body as T;
    }

    protected get<T>(endpoint: string, query?: QueryParams): Promise<T> {
        return this.request<T>("GET", endpoint, { query });
    }

    protected post<T>(endpoint: string, body?: unknown): Promise<T> {
        return this.request<T>("POST", endpoint, { body });
    }

    protected put<T>(endpoint: string, body?: unknown): Promise<T> {
        return this.request<T>("PUT", endpoint, { body });
    }

    protected patch<T>(endpoint: string, body?: unknown): Promise<T> {
        return this.request<T>("PATCH", endpoint, { body });
    }

    protected delete<T>(endpoint: string): Promise<T> {
        return this.request<T>("DELETE", endpoint);
    }
}
