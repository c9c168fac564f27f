import { titleCase } from "../../../model/names";
import { FlowmaestroError } from "../../../utils/errors";
import type { IntegrationProviderGeneratorSchema } from "../schema";

type Raw = Record<string, unknown>;
type Flags = IntegrationProviderGeneratorSchema;
type ListFlag = "scopes" | "operations" | "triggers";

export interface SpecFromOptions {
    /** The spec to validate: the file's, with the flags laid over it. */
    raw: Raw;
    /** Spec paths set by flags, so validation messages do not point into the file for them. */
    flagPaths: Set<string>;
}

const OAUTH_FLAGS = [
    "authUrl",
    "tokenUrl",
    "scopes",
    "pkce",
    "refreshable",
    "userInfoUrl",
    "oauthKey"
] as const;
const API_KEY_FLAGS = ["headerName", "headerTemplate", "in", "queryParam"] as const;
const WEBHOOK_FIELD_FLAGS = [
    "signatureHeader",
    "eventHeader",
    "timestampHeader",
    "timestampMaxAge"
] as const;
const TOP_LEVEL_FLAGS = [
    "displayName",
    "description",
    "category",
    "docsUrl",
    "logoDomain",
    "baseUrl",
    "classPrefix"
] as const;

/**
 * Flags as values: a prompt answered with nothing means "not given" (keep the spec's value), and a
 * list may arrive as one comma-separated string when the generator is called from code.
 */
function presentFlags(options: Flags): Flags {
    const flags: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) {
        if (value === undefined) continue;
        if (key === "scopes" || key === "operations" || key === "triggers") {
            const items = (Array.isArray(value) ? value : String(value).split(","))
                .map((item: string) => item.trim())
                .filter(Boolean);
            if (items.length > 0) flags[key] = items;
        } else if (typeof value !== "string" || value.trim() !== "") {
            flags[key] = value;
        }
    }
    return flags as Flags;
}

function record(value: unknown): Raw | undefined {
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? (value as Raw)
        : undefined;
}

function listOf(flags: Flags, flag: ListFlag): string[] | undefined {
    return flags[flag] as string[] | undefined;
}

/** `sendMessage` or `sendMessage:write`. */
export function parseOperationShorthand(value: string): {
    id: string;
    actionType?: "read" | "write";
} {
    const match = /^([^:\s]+)(?::(read|write))?$/.exec(value);
    if (!match) {
        throw new FlowmaestroError(
            `--operations: ${JSON.stringify(value)} must be an operation id, optionally followed by :read or :write (e.g. sendMessage:write); nothing was written.`
        );
    }
    return match[2] ? { id: match[1], actionType: match[2] as "read" | "write" } : { id: match[1] };
}

/** Entries of a spec list named by a flag list, keeping the spec's details for the ids it names. */
function pickById(fromSpec: unknown, ids: string[], create: (id: string) => Raw): Raw[] {
    const entries = (Array.isArray(fromSpec) ? fromSpec : []).map(record);
    return ids.map((id) => ({ ...(entries.find((entry) => entry?.id === id) ?? create(id)) }));
}

/**
 * Lays the generator's flags over a spec read from a file (or over nothing). Flags win; a list
 * flag replaces the spec's list but keeps the spec's details (typed parameters, trigger names)
 * of the entries it names.
 */
export function specFromOptions(options: Flags, fileSpec: Raw | undefined): SpecFromOptions {
    const flags = presentFlags(options);
    const raw: Raw = { ...fileSpec };
    const flagPaths = new Set<string>();
    const set = (target: Raw, key: string, value: unknown, specPath: string) => {
        if (value === undefined) return;
        target[key] = value;
        flagPaths.add(specPath);
    };

    set(raw, "id", flags.name, "id");
    for (const flag of TOP_LEVEL_FLAGS) set(raw, flag, flags[flag], flag);

    const specAuth = record(raw.auth);
    const oauthFlags = OAUTH_FLAGS.filter((flag) => flags[flag] !== undefined);
    const apiKeyFlags = API_KEY_FLAGS.filter((flag) => flags[flag] !== undefined);
    const authType =
        flags.authType ?? specAuth?.type ?? (oauthFlags.length > 0 ? "oauth2" : "api_key");
    const misplaced =
        authType === "oauth2" ? apiKeyFlags : authType === "api_key" ? oauthFlags : [];
    if (misplaced.length > 0) {
        throw new FlowmaestroError(
            `${misplaced.map((flag) => `--${flag}`).join(", ")} cannot be used with auth type ${authType}; nothing was written.`
        );
    }
    // Another auth type than the spec's starts from scratch: the spec's fields belong to the other.
    const auth: Raw = specAuth?.type === authType ? { ...specAuth } : { type: authType };
    if (specAuth?.type !== authType) flagPaths.add("auth.type");
    for (const flag of [...OAUTH_FLAGS, ...API_KEY_FLAGS])
        set(auth, flag, flags[flag], `auth.${flag}`);
    raw.auth = auth;

    if (flags.tokensPerMinute !== undefined || flags.burstSize !== undefined) {
        const rateLimit: Raw = { ...record(raw.rateLimit) };
        set(rateLimit, "tokensPerMinute", flags.tokensPerMinute, "rateLimit.tokensPerMinute");
        set(rateLimit, "burstSize", flags.burstSize, "rateLimit.burstSize");
        raw.rateLimit = rateLimit;
    }

    const operations = listOf(flags, "operations")?.map(parseOperationShorthand);
    if (operations) {
        const picked = pickById(
            raw.operations,
            operations.map((operation) => operation.id),
            (id) => ({ id })
        );
        raw.operations = picked.map((operation, index) => {
            const actionType = operations[index].actionType;
            return actionType ? { ...operation, actionType } : operation;
        });
        flagPaths.add("operations");
    }

    const specWebhooks = record(raw.webhooks);
    const triggers = listOf(flags, "triggers");
    const webhookFlags = [...WEBHOOK_FIELD_FLAGS, "triggers" as const].filter(
        (flag) => flags[flag] !== undefined
    );
    if (!flags.signatureType && !specWebhooks && webhookFlags.length > 0) {
        throw new FlowmaestroError(
            `${webhookFlags.map((flag) => `--${flag}`).join(", ")} only apply to webhooks: add --signatureType (or webhooks in the spec); nothing was written.`
        );
    }
    if (flags.signatureType || webhookFlags.length > 0) {
        const webhooks: Raw = { ...specWebhooks };
        set(webhooks, "signatureType", flags.signatureType, "webhooks.signatureType");
        for (const flag of WEBHOOK_FIELD_FLAGS)
            set(webhooks, flag, flags[flag], `webhooks.${flag}`);
        if (triggers) {
            webhooks.triggers = pickById(webhooks.triggers, triggers, (id) => ({
                id,
                name: titleCase(id)
            }));
            flagPaths.add("webhooks.triggers");
        }
        raw.webhooks = webhooks;
    }
    return { raw, flagPaths };
}
