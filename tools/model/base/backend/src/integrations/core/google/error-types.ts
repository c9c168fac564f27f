/**
 * Standard Google API error response structure
 */
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

export function parseGoogleErrorMessage(data: unknown): string | undefined {
    return (data as GoogleErrorResponse)?.error?.message;
}

/**
 * Get error reason (used for rate limit detection)
 */
export function getGoogleErrorReason(data: unknown): string | undefined {
    return (data as GoogleErrorResponse)?.error?.errors?.[0]?.reason;
}
