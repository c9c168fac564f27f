export { GoogleBaseClient } from "./base-client";
export type { GoogleClientConfig } from "./base-client";

export { parseGoogleErrorMessage, getGoogleErrorReason } from "./error-types";
export type { GoogleErrorResponse } from "./error-types";
