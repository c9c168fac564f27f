// ============================================================================
// UTILITY TYPES
// ============================================================================

/**
 * Represents any value that can be safely serialized to JSON.
 */
export type JsonValue =
    | string
    | number
    | boolean
    | null
    | JsonValue[]
    | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

export type JsonArray = JsonValue[];
