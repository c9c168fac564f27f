export * from "./types";
export * from "./BaseProvider";
export * from "./BaseAPIClient";
export * from "./ProviderRegistry";
// Re-export toJSONSchema (JSONSchema type is exported from types.ts)
export { toJSONSchema } from "../../core/utils/zod-to-json-schema";

// Platform-specific base clients
export * from "./google";
