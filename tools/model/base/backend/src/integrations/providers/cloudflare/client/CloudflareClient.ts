/**
 * Cloudflare HTTP Client
 *
 * Bearer token authentication with an API Token.
 *
 * Base URL: https://api.cloudflare.com/client/v4/
 */

import { isFetchError } from "../../../../core/utils/fetch-client";
import { BaseAPIClient, type BaseAPIClientConfig } from "../../../core/BaseAPIClient";

export interface CloudflareClientConfig {
    apiToken: string;
    accountId: string;
}

// ============================================
// Cloudflare API Types
// ============================================

export interface CloudflareZone {
    id: string;
    name: string;
    status: "active" | "pending" | "initializing" | "moved" | "deleted" | "deactivated";
    paused: boolean;
    type: "full" | "partial" | "secondary";
    name_servers: string[];
    modified_on: string;
    created_on: string;
}

export interface CloudflareDNSRecord {
    id: string;
    zone_id: string;
    zone_name: string;
    name: string;
    type: "A" | "AAAA" | "CNAME" | "TXT" | "MX" | "NS" | "SRV" | "CAA" | "PTR" | "SPF";
    content: string;
    proxiable: boolean;
    proxied: boolean;
    ttl: number;
    created_on: string;
    modified_on: string;
    priority?: number; // For MX records
}

interface CloudflareResponse<T> {
    success: boolean;
    errors: Array<{ code: number; message: string }>;
    messages: Array<{ code: number; message: string }>;
    result: T;
    result_info?: {
        page: number;
        per_page: number;
        total_pages: number;
        count: number;
        total_count: number;
    };
}

export class CloudflareClient extends BaseAPIClient {
    private accountId: string;

    constructor(config: CloudflareClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://api.cloudflare.com/client/v4",
            timeout: 30000,
            retryConfig: {
                maxRetries: 3,
                retryableStatuses: [429, 500, 502, 503, 504],
                retryableErrors: ["ECONNRESET", "ETIMEDOUT", "ENOTFOUND"],
                backoffStrategy: "exponential",
                initialDelay: 1000,
                maxDelay: 30000
            }
        };

        super(clientConfig);

        this.accountId = config.accountId;

        // Add authorization header using Bearer token
        this.client.addRequestInterceptor((requestConfig) => {
            if (!requestConfig.headers) {
                requestConfig.headers = {};
            }
            requestConfig.headers["Authorization"] = `Bearer ${config.apiToken}`;
            requestConfig.headers["Content-Type"] = "application/json";
            requestConfig.headers["Accept"] = "application/json";
            return requestConfig;
        });
    }

    protected override async handleError(error: unknown): Promise<never> {
        if (isFetchError(error) && error.response) {
            const data = error.response.data as CloudflareResponse<unknown>;

            if (data?.errors?.length > 0) {
                const errorMessages = data.errors.map((e) => e.message).join(", ");
                throw new Error(`Cloudflare API error: ${errorMessages}`);
            }

            if (error.response.status === 401) {
                throw new Error("Cloudflare authentication failed. Please check your API token.");
            }

            if (error.response.status === 429) {
                throw new Error("Cloudflare rate limit exceeded. Please try again later.");
            }
        }

        throw error;
    }

    async listZones(params?: {
        page?: number;
        per_page?: number;
        name?: string;
        status?: string;
    }): Promise<{
        zones: CloudflareZone[];
        result_info?: CloudflareResponse<unknown>["result_info"];
    }> {
        const response = await this.get<CloudflareResponse<CloudflareZone[]>>("/zones", {
            account_id: this.accountId,
            ...params
        });
        return { zones: response.result || [], result_info: response.result_info };
    }

    async getZone(zoneId: string): Promise<CloudflareZone> {
        const response = await this.get<CloudflareResponse<CloudflareZone>>(`/zones/${zoneId}`);
        return response.result;
    }

    async listDNSRecords(
        zoneId: string,
        params?: {
            page?: number;
            per_page?: number;
            type?: string;
            name?: string;
            content?: string;
        }
    ): Promise<{
        records: CloudflareDNSRecord[];
        result_info?: CloudflareResponse<unknown>["result_info"];
    }> {
        const response = await this.get<CloudflareResponse<CloudflareDNSRecord[]>>(
            `/zones/${zoneId}/dns_records`,
            params
        );
        return { records: response.result || [], result_info: response.result_info };
    }

    async getDNSRecord(zoneId: string, recordId: string): Promise<CloudflareDNSRecord> {
        const response = await this.get<CloudflareResponse<CloudflareDNSRecord>>(
            `/zones/${zoneId}/dns_records/${recordId}`
        );
        return response.result;
    }
}
