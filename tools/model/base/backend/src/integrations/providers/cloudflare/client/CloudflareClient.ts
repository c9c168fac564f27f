import { isFetchError } from "../../../../core/utils/fetch-client";
import { BaseAPIClient, type BaseAPIClientConfig } from "../../../core/BaseAPIClient";

export interface CloudflareClientConfig {
    apiToken: string;
    accountId: string;
}

// Shapes of the (fictional) Cloudflare endpoints this model calls.

export interface CloudflareZone {
    id: string;
    domain: string;
    state: "live" | "parked" | "removed";
    plan: string;
}

export interface CloudflareDNSRecord {
    id: string;
    zone: string;
    host: string;
    kind: "A" | "AAAA" | "CNAME" | "TXT" | "MX";
    value: string;
    ttl: number;
}

export interface CloudflarePage {
    page: number;
    pages: number;
}

/** Every reply wraps its payload; failures list their reasons in `problems`. */
interface CloudflareReply<T> {
    payload: T;
    problems?: string[];
    paging?: CloudflarePage;
}

export class CloudflareClient extends BaseAPIClient {
    private accountId: string;

    constructor(config: CloudflareClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://api.cloudflare.com/client/v4",
            timeout: 25000,
            retryConfig: { maxRetries: 4, retryableStatuses: [429, 500], backoffStrategy: "linear" }
        };
        super(clientConfig);
        this.accountId = config.accountId;
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: { ...request.headers, Authorization: `Bearer ${config.apiToken}` }
        }));
    }

    protected override async handleError(error: unknown): Promise<never> {
        const problems = isFetchError(error)
            ? (error.response?.data as CloudflareReply<unknown> | undefined)?.problems
            : undefined;
        throw problems?.length ? new Error(`Cloudflare: ${problems.join("; ")}`) : error;
    }

    async listZones(query: { page?: number; per_page?: number; domain?: string }) {
        const reply = await this.get<CloudflareReply<CloudflareZone[]>>(
            `/accounts/${this.accountId}/sites`,
            query
        );
        return { zones: reply.payload, paging: reply.paging };
    }

    async getZone(zoneId: string): Promise<CloudflareZone> {
        return (await this.get<CloudflareReply<CloudflareZone>>(`/sites/${zoneId}`)).payload;
    }

    async listDNSRecords(
        zoneId: string,
        query: { page?: number; per_page?: number; kind?: string }
    ) {
        const reply = await this.get<CloudflareReply<CloudflareDNSRecord[]>>(
            `/sites/${zoneId}/names`,
            query
        );
        return { records: reply.payload, paging: reply.paging };
    }

    async getDNSRecord(zoneId: string, recordId: string): Promise<CloudflareDNSRecord> {
        const path = `/sites/${zoneId}/names/${recordId}`;
        return (await this.get<CloudflareReply<CloudflareDNSRecord>>(path)).payload;
    }
}
