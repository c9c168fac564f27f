import { isFetchError } from "../../../../core/utils/fetch-client";
import { BaseAPIClient, BaseAPIClientConfig } from "../../../core/BaseAPIClient";
import type { ADPWorker, ADPPayStatement, ADPCollectionResponse } from "../operations/types";

export interface ADPClientConfig {
    accessToken: string;
    connectionId?: string;
}

/**
 * ADP API error response format
 */
interface ADPErrorResponse {
    error?: string;
    error_description?: string;
    confirmMessage?: {
        messageTxt?: string;
    };
}

/**
 * ADP Platform API Client
 *
 * API Base URL: https://api.adp.com
 * Authentication: Bearer token in Authorization header
 * Rate Limit: 600 requests/minute
 */
export class ADPClient extends BaseAPIClient {
    private accessToken: string;

    constructor(config: ADPClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://api.adp.com",
            timeout: 30000,
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

        // Add request interceptor to add Authorization header
        this.client.addRequestInterceptor((reqConfig) => {
            if (!reqConfig.headers) {
                reqConfig.headers = {};
            }
            reqConfig.headers["Authorization"] = `Bearer ${this.accessToken}`;
            reqConfig.headers["Content-Type"] = "application/json";
            reqConfig.headers["Accept"] = "application/json";
            return reqConfig;
        });
    }

    /**
     * Handle ADP-specific errors
     */
    protected async handleError(error: unknown): Promise<never> {
        if (isFetchError(error) && error.response) {
            const { status } = error.response;
            const data = error.response.data as ADPErrorResponse;

            if (status === 401) {
                throw new Error("ADP authentication failed. Please reconnect your account.");
            }
            if (status === 404) {
                throw new Error("The requested ADP resource was not found.");
            }
            if (status === 429) {
                throw new Error("ADP rate limit exceeded. Please try again later.");
            }
            if (data?.confirmMessage?.messageTxt) {
                throw new Error(`ADP API error: ${data.confirmMessage.messageTxt}`);
            }
            if (data?.error_description) {
                throw new Error(`ADP API error: ${data.error_description}`);
            }
        }

        throw error;
    }

    async listWorkers(params?: {
        limit?: number;
        offset?: number;
    }): Promise<ADPCollectionResponse<ADPWorker>> {
        return this.get("/hr/v2/workers", {
            $top: params?.limit,
            $skip: params?.offset
        });
    }

    async getWorker(associateOID: string): Promise<ADPCollectionResponse<ADPWorker>> {
        return this.get(`/hr/v2/workers/${associateOID}`);
    }

    async listPayStatements(
        associateOID: string,
        params?: { startDate?: string; endDate?: string }
    ): Promise<ADPCollectionResponse<ADPPayStatement>> {
        return this.get(`/payroll/v1/workers/${associateOID}/pay-statements`, params);
    }
}
