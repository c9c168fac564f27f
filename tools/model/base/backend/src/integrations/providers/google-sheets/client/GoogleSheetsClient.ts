import { GoogleBaseClient } from "../../../core/google";

export interface GoogleSheetsClientConfig {
    accessToken: string;
    connectionId?: string;
}

/** Sheets on the shared Google base client (token header, Google error mapping). */
export class GoogleSheetsClient extends GoogleBaseClient {
    constructor(config: GoogleSheetsClientConfig) {
        super({
            accessToken: config.accessToken,
            baseURL: "https://sheets.googleapis.com",
            serviceName: "Google Sheets"
        });
    }

    protected getNotFoundMessage(): string {
        return "No such workbook or tab";
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
