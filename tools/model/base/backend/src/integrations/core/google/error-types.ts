/** The error envelope Google APIs answer with. */
export interface GoogleErrorResponse {
    error: {
        code: number;
        message: string;
        status?: string;
        errors?: Array<{
            domain?: string;
            reason?: string;
            message?: string;
        }>;
        details?: unknown[];
    };
}

function envelope(data: unknown): GoogleErrorResponse["error"] | undefined {
    return typeof data === "object" && data !== null
        ? (data as Partial<GoogleErrorResponse>).error
        : undefined;
}

export function parseGoogleErrorMessage(data: unknown): string | undefined {
    return envelope(data)?.message;
}

export function getGoogleErrorReason(data: unknown): string | undefined {
    return envelope(data)?.errors?.at(0)?.reason;
}
