export * from "./types";
export * from "./BaseProvider";
export * from "./BaseAPIClient";
export * from "./ProviderRegistry";
export * from "./schema-utils";
