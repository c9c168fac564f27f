import { isFetchError } from "../../../../core/utils/fetch-client";
import { BaseAPIClient } from "../../../core/BaseAPIClient";

export interface GoogleSheetsClientConfig {
    accessToken: string;
    connectionId?: string;
}

/** This era has no shared Google base client: Sheets sets its own token header and errors. */
export class GoogleSheetsClient extends BaseAPIClient {
    constructor(config: GoogleSheetsClientConfig) {
        super({ baseURL: "https://sheets.googleapis.com", timeout: 30000 });
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: { ...request.headers, Authorization: `Bearer ${config.accessToken}` }
        }));
    }

    protected async handleError(error: unknown): Promise<never> {
        if (isFetchError(error) && error.response?.status === 404) {
            throw new Error("No such workbook or tab");
        }
        throw error;
    }

    async createSpreadsheet(params: { title: string; tabs?: string[] }): Promise<unknown> {
        return this.post("/v9/workbooks", params);
    }

    async getValues(workbookId: string, range: string, render?: string): Promise<unknown> {
        return this.get(`/v9/workbooks/${workbookId}/cells`, { range, render });
    }

    async appendValues(
        workbookId: string,
        range: string,
        rows: unknown[][],
        mode?: string
    ): Promise<unknown> {
        return this.post(`/v9/workbooks/${workbookId}/rows`, { range, rows, mode });
    }
}
