/**
 * Google Base Client
 *
 * Base class for Google API clients: Bearer token authentication and standardized error
 * handling (401, 403, 404, 429).
 */

import { BaseAPIClient, type BaseAPIClientConfig } from "../BaseAPIClient";
import { parseGoogleErrorMessage, getGoogleErrorReason } from "./error-types";

export interface GoogleClientConfig {
    accessToken: string;
    /** Base URL for the specific Google API, e.g. https://sheets.googleapis.com */
    baseURL: string;
    /** Service name for error messages (e.g., "Google Sheets") */
    serviceName: string;
    connectionId?: string;
    timeout?: number;
}

export abstract class GoogleBaseClient extends BaseAPIClient {
    protected accessToken: string;
    protected serviceName: string;

    constructor(config: GoogleClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: config.baseURL,
            timeout: config.timeout || 30000,
            retryConfig: {
                maxRetries: 3,
                retryableStatuses: [429, 500, 502, 503, 504],
                backoffStrategy: "exponential"
            },
            connectionPool: {
                maxSockets: 50,
                maxFreeSockets: 10,
                keepAlive: true
            }
        };

        super(clientConfig);
        this.accessToken = config.accessToken;
        this.serviceName = config.serviceName;

        this.client.addRequestInterceptor((requestConfig) => {
            if (!requestConfig.headers) {
                requestConfig.headers = {};
            }
            requestConfig.headers["Authorization"] = `Bearer ${this.accessToken}`;
            requestConfig.headers["Content-Type"] = "application/json";
            return requestConfig;
        });
    }

    protected async handleError(
        error: Error & {
            response?: { status?: number; data?: unknown; headers?: Record<string, string> };
        }
    ): Promise<never> {
        if (error.response) {
            const { status, data } = error.response;
            const errorMessage = parseGoogleErrorMessage(data);
            const errorReason = getGoogleErrorReason(data);

            if (status === 400) {
                throw new Error(`Invalid request: ${errorMessage || "Bad request"}`);
            }
            if (status === 401) {
                throw new Error(`${this.serviceName} authentication failed. Please reconnect.`);
            }
            if (status === 403) {
                if (
                    errorReason === "rateLimitExceeded" ||
                    errorReason === "userRateLimitExceeded"
                ) {
                    throw new Error(
                        `${this.serviceName} rate limit exceeded. Please try again later.`
                    );
                }
                throw new Error(
                    `Permission denied: ${errorMessage || "You don't have permission to access this resource."}`
                );
            }
            if (status === 404) {
                throw new Error(this.getNotFoundMessage());
            }
            if (status === 429) {
                const retryAfter = error.response.headers?.["retry-after"];
                throw new Error(
                    `${this.serviceName} rate limit exceeded. Retry after ${retryAfter || "60"} seconds.`
                );
            }
            if (errorMessage) {
                throw new Error(`${this.serviceName} API error: ${errorMessage}`);
            }
        }

        throw error;
    }

    /**
     * Override in subclasses to provide service-specific not found messages
     */
    protected getNotFoundMessage(): string {
        return "Resource not found.";
    }
}
