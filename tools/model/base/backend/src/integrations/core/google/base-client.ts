import { BaseAPIClient, type BaseAPIClientConfig } from "../BaseAPIClient";
import { parseGoogleErrorMessage, getGoogleErrorReason } from "./error-types";

export interface GoogleClientConfig {
    accessToken: string;
    baseURL: string;
    /** Names the API in error messages. */
    serviceName: string;
    connectionId?: string;
    timeout?: number;
}

const QUOTA_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded"]);

/** Google clients share a bearer token, JSON bodies and one reading of Google's error answers. */
export abstract class GoogleBaseClient extends BaseAPIClient {
    protected accessToken: string;
    protected serviceName: string;

    constructor(config: GoogleClientConfig) {
        const base: BaseAPIClientConfig = {
            baseURL: config.baseURL,
            timeout: config.timeout ?? 30_000,
            retryConfig: {
                maxRetries: 3,
                retryableStatuses: [429, 500, 502, 503, 504],
                backoffStrategy: "exponential"
            }
        };
        super(base);
        this.accessToken = config.accessToken;
        this.serviceName = config.serviceName;
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: {
                ...request.headers,
                Authorization: `Bearer ${this.accessToken}`,
                "Content-Type": "application/json"
            }
        }));
    }

    protected async handleError(
        error: Error & {
            response?: { status?: number; data?: unknown; headers?: Record<string, string> };
        }
    ): Promise<never> {
        const answer = error.response;
        if (!answer) throw error;
        const detail = parseGoogleErrorMessage(answer.data);
        const service = this.serviceName;
        const quota = QUOTA_REASONS.has(getGoogleErrorReason(answer.data) ?? "");
        const byStatus: Record<number, string | undefined> = {
            400: `${service} refused the request: ${detail ?? "bad request"}`,
            401: `${service} no longer accepts this connection's token; reconnect it`,
            403: quota
                ? `${service} quota used up; try again later`
                : `${service} denied access: ${detail ?? "no permission"}`,
            404: this.getNotFoundMessage(),
            429: `${service} is throttling; retry in ${answer.headers?.["retry-after"] ?? "60"} s`
        };
        const message = byStatus[answer.status ?? 0] ?? (detail && `${service}: ${detail}`);
        throw message ? new Error(message) : error;
    }

    protected getNotFoundMessage(): string {
        return `${this.serviceName} has nothing at that address.`;
    }
}
