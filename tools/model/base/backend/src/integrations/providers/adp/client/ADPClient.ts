import { isFetchError } from "../../../../core/utils/fetch-client";
import { BaseAPIClient, BaseAPIClientConfig } from "../../../core/BaseAPIClient";
import type { ADPWorker, ADPPayStatement, ADPCollectionResponse } from "../operations/types";

export interface ADPClientConfig {
    accessToken: string;
    connectionId?: string;
}

export class ADPClient extends BaseAPIClient {
    constructor(config: ADPClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://api.adp.com",
            timeout: 30000,
            retryConfig: {
                maxRetries: 3,
                retryableStatuses: [429, 503],
                backoffStrategy: "exponential"
            }
        };
        super(clientConfig);
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: { ...request.headers, Authorization: `Bearer ${config.accessToken}` }
        }));
    }

    /** ADP explains refusals in `notice`; keep it in the message. */
    protected async handleError(error: unknown): Promise<never> {
        if (isFetchError(error) && error.response) {
            const notice = (error.response.data as { notice?: string } | undefined)?.notice;
            throw new Error(`ADP answered ${error.response.status}${notice ? `: ${notice}` : ""}`);
        }
        throw error;
    }

    async listWorkers(page: { limit?: number; offset?: number }) {
        return this.get<ADPCollectionResponse<ADPWorker>>("/people/v5/staff", { ...page });
    }

    async getWorker(oid: string): Promise<ADPWorker> {
        return this.get(`/people/v5/staff/${oid}`);
    }

    async listPayStatements(oid: string, range: { from?: string; to?: string }) {
        const path = `/pay/v5/staff/${oid}/statements`;
        return this.get<ADPCollectionResponse<ADPPayStatement>>(path, { ...range });
    }
}
