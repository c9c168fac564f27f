import { GoogleBaseClient } from "../../../core/google";

export interface GoogleSheetsClientConfig {
    accessToken: string;
    connectionId?: string;
}

/**
 * Google Sheets API v4 Client
 *
 * API Documentation: https://developers.google.com/sheets/api/reference/rest
 */
export class GoogleSheetsClient extends GoogleBaseClient {
    constructor(config: GoogleSheetsClientConfig) {
        super({
            accessToken: config.accessToken,
            baseURL: "https://sheets.googleapis.com",
            serviceName: "Google Sheets"
        });
    }

    protected getNotFoundMessage(): string {
        return "Spreadsheet or resource not found.";
    }

    async createSpreadsheet(params: {
        title: string;
        sheets?: Array<{ properties: { title: string } }>;
    }): Promise<unknown> {
        return this.post("/v4/spreadsheets", {
            properties: { title: params.title },
            sheets: params.sheets
        });
    }

    async getValues(
        spreadsheetId: string,
        range: string,
        valueRenderOption: string = "FORMATTED_VALUE"
    ): Promise<unknown> {
        return this.get(`/v4/spreadsheets/${spreadsheetId}/values/${range}`, {
            valueRenderOption
        });
    }

    async appendValues(
        spreadsheetId: string,
        range: string,
        values: unknown[][],
        valueInputOption: string = "USER_ENTERED"
    ): Promise<unknown> {
        return this.post(
            `/v4/spreadsheets/${spreadsheetId}/values/${range}:append?valueInputOption=${valueInputOption}`,
            { values }
        );
    }
}
