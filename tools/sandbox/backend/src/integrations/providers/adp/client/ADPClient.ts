import { createServiceLogger } from "../../../../core/logging";

const logger = createServiceLogger("ADPClient");

interface ADPClientConfig {
    accessToken: string;
}

interface ADPCodeValue {
    codeValue?: string;
    shortName?: string;
    longName?: string;
}

export interface ADPWorker {
    associateOID: string;
    workerID?: { idValue: string };
    person?: {
        legalName?: {
            givenName?: string;
            familyName1?: string;
            formattedName?: string;
        };
        communication?: {
            emails?: Array<{ emailUri?: string }>;
        };
    };
    workerStatus?: { statusCode?: ADPCodeValue };
    workerDates?: { originalHireDate?: string; terminationDate?: string };
    workAssignments?: Array<{
        primaryIndicator?: boolean;
        jobTitle?: string;
        homeOrganizationalUnits?: Array<{ nameCode?: ADPCodeValue }>;
    }>;
}

export interface ADPPayStatement {
    payDate?: string;
    netPayAmount?: { amountValue?: number; currencyCode?: string };
    grossPayAmount?: { amountValue?: number; currencyCode?: string };
    totalHours?: number;
    payDetailUri?: { href?: string };
}

export interface ListWorkersQuery {
    top?: number;
    skip?: number;
    filter?: string;
}

export class ADPClient {
    private baseUrl = "https://api.adp.com";
    private headers: Record<string, string>;

    constructor(config: ADPClientConfig) {
        this.headers = {
            Accept: "application/json",
            "Content-Type": "application/json",
            Authorization: `Bearer ${config.accessToken}`
        };
    }

    private async request<T>(
        method: string,
        endpoint: string,
        query?: Record<string, string | number | undefined>
    ): Promise<T> {
        const url = new URL(`${this.baseUrl}${endpoint}`);
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value !== undefined) {
                url.searchParams.set(key, String(value));
            }
        }

        const response = await fetch(url, { method, headers: this.headers });

        if (response.status === 204) {
            return {} as T;
        }

        if (!response.ok) {
            const error = (await response.json().catch(() => ({}))) as {
                confirmMessage?: { resourceMessages?: Array<{ processMessages?: unknown[] }> };
                message?: string;
            };
            logger.error({ status: response.status, error }, `ADP API error: ${endpoint}`);
            throw new Error(error.message || `HTTP ${response.status}: ${response.statusText}`);
        }

        return (await response.json()) as T;
    }

    async listWorkers(query: ListWorkersQuery): Promise<ADPWorker[]> {
        const result = await this.request<{ workers?: ADPWorker[] }>("GET", "/hr/v2/workers", {
            $top: query.top,
            $skip: query.skip,
            $filter: query.filter
        });
        return result.workers ?? [];
    }

    async getWorker(associateOID: string): Promise<ADPWorker | undefined> {
        const result = await this.request<{ workers?: ADPWorker[] }>(
            "GET",
            `/hr/v2/workers/${encodeURIComponent(associateOID)}`
        );
        return result.workers?.[0];
    }

    async listPayStatements(
        associateOID: string,
        numberOfLastPayDates: number
    ): Promise<ADPPayStatement[]> {
        const result = await this.request<{ payStatements?: ADPPayStatement[] }>(
            "GET",
            `/payroll/v1/workers/${encodeURIComponent(associateOID)}/pay-statements`,
            { numberoflastpaydates: numberOfLastPayDates }
        );
        return result.payStatements ?? [];
    }
}
