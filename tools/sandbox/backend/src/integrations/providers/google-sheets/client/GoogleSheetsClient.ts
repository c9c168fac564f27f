import { createServiceLogger } from "../../../../core/logging";

const logger = createServiceLogger("GoogleSheetsClient");

interface GoogleSheetsClientConfig {
    accessToken: string;
}

export type CellValue = string | number | boolean | null;

export interface ValueRange {
    range: string;
    majorDimension?: "ROWS" | "COLUMNS";
    values?: CellValue[][];
}

export interface AppendValuesResponse {
    spreadsheetId: string;
    tableRange?: string;
    updates: {
        updatedRange: string;
        updatedRows: number;
        updatedColumns: number;
        updatedCells: number;
    };
}

export interface Spreadsheet {
    spreadsheetId: string;
    spreadsheetUrl: string;
    properties: { title: string };
    sheets?: Array<{ properties: { sheetId: number; title: string } }>;
}

export class GoogleSheetsClient {
    private baseUrl = "https://sheets.googleapis.com/v4";
    private headers: Record<string, string>;

    constructor(config: GoogleSheetsClientConfig) {
        this.headers = {
            "Content-Type": "application/json",
            Authorization: `Bearer ${config.accessToken}`
        };
    }

    private async request<T>(
        method: string,
        endpoint: string,
        body?: Record<string, unknown>
    ): Promise<T> {
        const url = `${this.baseUrl}${endpoint}`;

        const response = await fetch(url, {
            method,
            headers: this.headers,
            body: body ? JSON.stringify(body) : undefined
        });

        if (!response.ok) {
            const error = (await response.json().catch(() => ({}))) as {
                error?: { message?: string; status?: string };
            };
            logger.error(
                { status: response.status, error },
                `Google Sheets API error: ${endpoint}`
            );
            throw new Error(
                error.error?.message || `HTTP ${response.status}: ${response.statusText}`
            );
        }

        return (await response.json()) as T;
    }

    async getValues(
        spreadsheetId: string,
        range: string,
        majorDimension: "ROWS" | "COLUMNS" = "ROWS"
    ): Promise<ValueRange> {
        const query = new URLSearchParams({ majorDimension });
        return this.request<ValueRange>(
            "GET",
            `/spreadsheets/${encodeURIComponent(spreadsheetId)}/values/${encodeURIComponent(range)}?${query.toString()}`
        );
    }

    async appendValues(
        spreadsheetId: string,
        range: string,
        values: CellValue[][],
        valueInputOption: "RAW" | "USER_ENTERED"
    ): Promise<AppendValuesResponse> {
        const query = new URLSearchParams({ valueInputOption, insertDataOption: "INSERT_ROWS" });
        return this.request<AppendValuesResponse>(
            "POST",
            `/spreadsheets/${encodeURIComponent(spreadsheetId)}/values/${encodeURIComponent(range)}:append?${query.toString()}`,
            { range, majorDimension: "ROWS", values }
        );
    }

    async createSpreadsheet(title: string, sheetTitles: string[]): Promise<Spreadsheet> {
        return this.request<Spreadsheet>("POST", "/spreadsheets", {
            properties: { title },
            sheets: sheetTitles.map((sheetTitle) => ({ properties: { title: sheetTitle } }))
        });
    }
}
