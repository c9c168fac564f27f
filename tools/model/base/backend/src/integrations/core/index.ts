export * from "./types";
export * from "./BaseProvider";
export * from "./BaseAPIClient";
export * from "./ProviderRegistry";
export { toJSONSchema } from "../../core/utils/zod-to-json-schema";

export * from "./google";
