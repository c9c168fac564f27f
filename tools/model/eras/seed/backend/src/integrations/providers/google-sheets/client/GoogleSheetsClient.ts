import { BaseAPIClient, BaseAPIClientConfig } from "../../../core/BaseAPIClient";
import type { OAuth2TokenData } from "../../../../storage/models/Connection";

export interface GoogleSheetsClientConfig {
    accessToken: string;
    connectionId?: string;
    onTokenRefresh?: (tokens: OAuth2TokenData) => Promise<void>;
}

interface GoogleSheetsErrorResponse {
    error: {
        code: number;
        message: string;
        status: string;
        details?: unknown[];
    };
}

/**
 * Google Sheets API v4 Client with connection pooling and error handling
 *
 * API Documentation: https://developers.google.com/sheets/api/reference/rest
 * Base URL: https://sheets.googleapis.com
 */
export class GoogleSheetsClient extends BaseAPIClient {
    private accessToken: string;

    constructor(config: GoogleSheetsClientConfig) {
        const clientConfig: BaseAPIClientConfig = {
            baseURL: "https://sheets.googleapis.com",
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

        // Add request interceptor for auth header
        this.client.addRequestInterceptor((config) => {
            if (!config.headers) {
                config.headers = {};
            }
            config.headers["Authorization"] = `Bearer ${this.accessToken}`;
            config.headers["Content-Type"] = "application/json";
            return config;
        });
    }

    /**
     * Handle Google Sheets API-specific errors
     */
    protected async handleError(
        error: Error & {
            response?: { status?: number; data?: unknown; headers?: Record<string, string> };
        }
    ): Promise<never> {
        if (error.response) {
            const { status, data } = error.response;

            if (status === 401) {
                throw new Error("Google Sheets authentication failed. Please reconnect.");
            }

            if (status === 403) {
                const errorData = data as GoogleSheetsErrorResponse;
                throw new Error(
                    `Permission denied: ${errorData?.error?.message || "You don't have permission to access this resource."}`
                );
            }

            if (status === 404) {
                throw new Error("Spreadsheet or resource not found.");
            }
        }

        throw error;
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
