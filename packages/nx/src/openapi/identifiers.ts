import { camelCase, isReservedWord, isUnsafePropertyName, mcpToolName } from "../model/names";
import { PARAMETER_NAME_PATTERN } from "../model/provider-spec";

/**
 * Spec identifiers for OpenAPI names: operation ids from operationIds (or method and path),
 * parameter names from wire names, unique and within the MCP tool name limit. Every function is
 * deterministic: the same document gives the same ids on every run.
 */

const MAX_TOOL_NAME = 64;
const HASH_LENGTH = 6;

/** `GET_USERS` would become `gETUSERS`; an identifier without lowercase letters is lowercased first. */
function camelWords(value: string): string {
    return camelCase(/[a-z]/.test(value) ? value : value.toLowerCase());
}

function avoidReserved(name: string, suffix: string): string {
    return isReservedWord(name) || isUnsafePropertyName(name) || name === "index"
        ? `${name}${suffix}`
        : name;
}

/** `chat.postMessage` -> `chatPostMessage`; without an operationId, `GET /users/{id}` -> `getUsersById`. */
export function operationIdFor(operation: {
    operationId?: string;
    method: string;
    path: string;
}): string {
    const source =
        operation.operationId ??
        `${operation.method} ${operation.path.replace(/\{([^{}]*)\}/g, " by $1 ")}`;
    let id = camelWords(source);
    if (!/^[a-z]/.test(id)) id = `op${id.charAt(0).toUpperCase()}${id.slice(1)}`;
    return avoidReserved(id, "Operation");
}

/** `page[size]` -> `pageSize`, `api-version` -> `apiVersion`, `default` -> `defaultParam`; valid names stay. */
export function parameterNameFor(wireName: string): string {
    if (PARAMETER_NAME_PATTERN.test(wireName) && avoidReserved(wireName, "Param") === wireName) {
        return wireName;
    }
    let name = camelWords(wireName);
    if (!name) name = "param";
    if (/^[0-9]/.test(name)) name = `p${name}`;
    return avoidReserved(name, "Param");
}

/** `name`, else `name2`, `name3`, ... : the first not taken (compared ignoring case when asked). */
export function uniqueName(name: string, taken: ReadonlySet<string>, ignoreCase = false): string {
    const key = (value: string) => (ignoreCase ? value.toLowerCase() : value);
    if (!taken.has(key(name))) return name;
    for (let suffix = 2; ; suffix++) {
        if (!taken.has(key(`${name}${suffix}`))) return `${name}${suffix}`;
    }
}

/** FNV-1a: a short, stable fingerprint of a string. */
function fingerprint(value: string): string {
    let hash = 0x811c9dc5;
    for (let index = 0; index < value.length; index++) {
        hash ^= value.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    const text = hash.toString(36).padStart(HASH_LENGTH, "0").slice(-HASH_LENGTH);
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An operation id whose MCP tool name `<provider_id>_<id>` fits 64 characters: a longer one keeps
 * its beginning and ends with a fingerprint of the whole id, so two long ids that share a
 * beginning still differ. Undefined when the provider id leaves no room at all.
 */
export function fitToolName(providerId: string, id: string): string | undefined {
    const room = MAX_TOOL_NAME - mcpToolName(providerId, "").length;
    if (id.length <= room) return id;
    if (room < HASH_LENGTH + 2) return undefined;
    return `${id.slice(0, room - HASH_LENGTH)}${fingerprint(id)}`;
}
