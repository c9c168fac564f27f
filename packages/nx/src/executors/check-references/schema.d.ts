export interface CheckReferencesExecutorSchema {
    format?: "human" | "json";
}
