import { z } from "zod";
import { FlowmaestroError } from "../utils/errors";
import {
    MCP_TOOL_NAME_PATTERN,
    camelCase,
    isReservedWord,
    isUnsafePropertyName,
    mcpToolName,
    providerNames
} from "./names";

/**
 * The provider model: DESIGN.md §4. One zod schema validates spec files, generator flags (merged
 * into a spec) and what the registrar reads back from a provider's files.
 */

export const PROVIDER_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const OPERATION_ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
export const PARAMETER_NAME_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
export const TRIGGER_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const CATEGORY_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
export const CLASS_PREFIX_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
/** Keeps the folder, class and tool names usable; tool names are checked separately (≤ 64). */
export const MAX_PROVIDER_ID_LENGTH = 40;

export const AUTH_TYPES = ["oauth2", "api_key"] as const;
export const ACTION_TYPES = ["read", "write"] as const;
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export const PARAMETER_TYPES = [
    "string",
    "number",
    "integer",
    "boolean",
    "enum",
    "array",
    "object"
] as const;
export const ARRAY_ITEM_TYPES = ["string", "number", "integer", "boolean", "object"] as const;
export const SIGNATURE_TYPES = [
    "hmac_sha256",
    "hmac_sha1",
    "bearer_token",
    "timestamp_signature",
    "none"
] as const;
export const PRE_AUTH_FIELD_TYPES = ["text", "select", "number"] as const;

const LOCALHOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Absolute https URL (http only for localhost), no credentials in it. */
export function urlProblem(value: string): string | undefined {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return `must be an absolute URL, got ${JSON.stringify(value)}`;
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCALHOSTS.has(url.hostname))) {
        return `must be an https URL (http only for localhost), got ${JSON.stringify(value)}`;
    }
    if (url.username || url.password) {
        return "must not contain credentials";
    }
    return undefined;
}

const httpsUrl = z.string().superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const nonEmptyText = z.string().refine((text) => text.trim().length > 0, "must not be empty");

const stringMap = z.record(z.string().min(1), z.string());

function identifier(pattern: RegExp, rule: string) {
    return z.string().superRefine((value, ctx) => {
        if (!pattern.test(value)) {
            ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} must be ${rule}` });
        } else if (isReservedWord(value) || isUnsafePropertyName(value)) {
            ctx.addIssue({
                code: "custom",
                message: `${JSON.stringify(value)} is a reserved word in JavaScript; choose another name`
            });
        }
    });
}

const jsonValue: z.ZodType<unknown> = z.unknown();

export const parameterSchema = z
    .strictObject({
        name: identifier(PARAMETER_NAME_PATTERN, "a JavaScript identifier (letters, digits, _)"),
        type: z.enum(PARAMETER_TYPES),
        required: z.boolean().default(false),
        description: z.string().optional(),
        values: z.array(nonEmptyText).min(1, "an enum needs at least one value").optional(),
        items: z.enum(ARRAY_ITEM_TYPES).optional(),
        default: jsonValue.optional()
    })
    .superRefine((parameter, ctx) => {
        if (parameter.type === "enum") {
            if (!parameter.values) {
                ctx.addIssue({
                    code: "custom",
                    path: ["values"],
                    message: "an enum parameter needs `values` (a list of allowed strings)"
                });
            } else if (new Set(parameter.values).size !== parameter.values.length) {
                ctx.addIssue({
                    code: "custom",
                    path: ["values"],
                    message: "values must be unique"
                });
            }
        } else if (parameter.values) {
            ctx.addIssue({
                code: "custom",
                path: ["values"],
                message: `\`values\` is only allowed on enum parameters (this one is ${parameter.type})`
            });
        }
        if (parameter.items && parameter.type !== "array") {
            ctx.addIssue({
                code: "custom",
                path: ["items"],
                message: `\`items\` is only allowed on array parameters (this one is ${parameter.type})`
            });
        }
        if (parameter.default !== undefined) {
            const problem = defaultProblem(parameter);
            if (problem) ctx.addIssue({ code: "custom", path: ["default"], message: problem });
        }
    });

const ARRAY_ITEM_CHECKS: Record<(typeof ARRAY_ITEM_TYPES)[number], (item: unknown) => boolean> = {
    string: (item) => typeof item === "string",
    number: (item) => typeof item === "number" && Number.isFinite(item),
    integer: (item) => Number.isInteger(item),
    boolean: (item) => typeof item === "boolean",
    object: (item) => item !== null && typeof item === "object" && !Array.isArray(item)
};

function defaultProblem(parameter: {
    type: (typeof PARAMETER_TYPES)[number];
    values?: string[];
    items?: (typeof ARRAY_ITEM_TYPES)[number];
    default?: unknown;
}): string | undefined {
    const value = parameter.default;
    switch (parameter.type) {
        case "string":
            return typeof value === "string" ? undefined : "must be a string";
        case "number":
            return typeof value === "number" && Number.isFinite(value)
                ? undefined
                : "must be a number";
        case "integer":
            return Number.isInteger(value) ? undefined : "must be an integer";
        case "boolean":
            return typeof value === "boolean" ? undefined : "must be true or false";
        case "enum":
            return typeof value === "string" && parameter.values?.includes(value)
                ? undefined
                : `must be one of the enum values (${(parameter.values ?? []).join(", ")})`;
        case "array": {
            if (!Array.isArray(value)) return "must be a list";
            const items = parameter.items ?? "string";
            return value.every(ARRAY_ITEM_CHECKS[items])
                ? undefined
                : `every item must be of the array's item type (${items})`;
        }
        case "object":
            return value !== null && typeof value === "object" && !Array.isArray(value)
                ? undefined
                : "must be an object";
    }
}

export const operationSchema = z
    .strictObject({
        id: identifier(
            OPERATION_ID_PATTERN,
            "camelCase (a lowercase letter, then letters and digits)"
        ),
        name: nonEmptyText.optional(),
        description: z.string().optional(),
        category: z.string().optional(),
        actionType: z.enum(ACTION_TYPES).optional(),
        method: z
            .string()
            .transform((method) => method.toUpperCase())
            .pipe(z.enum(HTTP_METHODS))
            .optional(),
        path: z.string().optional(),
        parameters: z.array(parameterSchema).default([]),
        returns: z.string().optional()
    })
    .superRefine((operation, ctx) => {
        if (operation.id === "index") {
            ctx.addIssue({
                code: "custom",
                path: ["id"],
                message: '"index" is taken by operations/index.ts; choose another id'
            });
        }
        const names = operation.parameters.map((parameter) => parameter.name);
        names.forEach((name, index) => {
            if (names.indexOf(name) !== index) {
                ctx.addIssue({
                    code: "custom",
                    path: ["parameters", index, "name"],
                    message: `duplicate parameter name ${JSON.stringify(name)}`
                });
            }
        });
        if (operation.path !== undefined) {
            if (!operation.path.startsWith("/")) {
                ctx.addIssue({ code: "custom", path: ["path"], message: "must start with /" });
            }
            if (/[\s?#]/.test(operation.path)) {
                ctx.addIssue({
                    code: "custom",
                    path: ["path"],
                    message:
                        "must not contain spaces, ? or # (query parameters come from the parameters)"
                });
            }
            for (const placeholder of pathPlaceholders(operation.path)) {
                if (!names.includes(placeholder)) {
                    ctx.addIssue({
                        code: "custom",
                        path: ["path"],
                        message: `placeholder {${placeholder}} does not name a parameter of this operation`
                    });
                }
            }
        }
    });

export function pathPlaceholders(path: string): string[] {
    return Array.from(path.matchAll(/\{([^{}]*)\}/g), (match) => match[1]);
}

export const preAuthFieldSchema = z.strictObject({
    name: identifier(PARAMETER_NAME_PATTERN, "an identifier (letters, digits, _)"),
    label: nonEmptyText,
    placeholder: z.string().optional(),
    helpText: z.string().optional(),
    required: z.boolean().default(true),
    type: z.enum(PRE_AUTH_FIELD_TYPES).default("text"),
    pattern: z
        .string()
        .superRefine((pattern, ctx) => {
            try {
                new RegExp(pattern);
            } catch (error) {
                ctx.addIssue({
                    code: "custom",
                    message: `is not a valid regular expression: ${(error as Error).message}`
                });
            }
        })
        .optional(),
    patternError: z.string().optional()
});

export const oauthAuthSchema = z.strictObject({
    type: z.literal("oauth2"),
    authUrl: httpsUrl,
    tokenUrl: httpsUrl,
    scopes: z.array(nonEmptyText).default([]),
    pkce: z.boolean().default(false),
    refreshable: z.boolean().default(true),
    authParams: stringMap.optional(),
    userInfoUrl: httpsUrl.optional(),
    preAuthFields: z.array(preAuthFieldSchema).default([]),
    /** Config key of a shared OAuth app (e.g. `google`): reuse its credentials, callback and secrets. */
    oauthKey: z
        .string()
        .regex(/^[a-z][a-zA-Z0-9]*$/, "must be a camelCase config key such as google")
        .optional()
});

export const apiKeyAuthSchema = z
    .strictObject({
        type: z.literal("api_key"),
        headerName: z
            .string()
            .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name (letters, digits, -)")
            .default("Authorization"),
        headerTemplate: z
            .string()
            .refine((template) => template.includes("{{api_key}}"), "must contain {{api_key}}")
            .default("Bearer {{api_key}}"),
        additionalHeaders: z
            .record(z.string().regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name"), z.string())
            .optional(),
        /** `query`: the key travels as a query parameter (`?key=...`, Trello-style), not a header. */
        in: z.enum(["header", "query"]).default("header"),
        queryParam: z
            .string()
            .regex(/^[A-Za-z0-9_.-]+$/, "must be a query parameter name (letters, digits, _ . -)")
            .optional()
    })
    .superRefine((auth, ctx) => {
        if (auth.in === "query" && !auth.queryParam) {
            ctx.addIssue({
                code: "custom",
                path: ["queryParam"],
                message:
                    "is required with in: query (the name of the query parameter that carries the key)"
            });
        }
        if (auth.in !== "query" && auth.queryParam) {
            ctx.addIssue({
                code: "custom",
                path: ["queryParam"],
                message: "only applies with in: query"
            });
        }
        for (const name of Object.keys(auth.additionalHeaders ?? {})) {
            if (name.toLowerCase() === auth.headerName.toLowerCase()) {
                ctx.addIssue({
                    code: "custom",
                    path: ["additionalHeaders", name],
                    message: `repeats the API key header ${auth.headerName}`
                });
            }
        }
    });

export const authSchema = z.discriminatedUnion("type", [oauthAuthSchema, apiKeyAuthSchema], {
    error: () => "type must be oauth2 or api_key"
});

export const triggerSchema = z.strictObject({
    id: identifier(TRIGGER_ID_PATTERN, "snake_case (lowercase letters, digits, _)"),
    name: nonEmptyText,
    description: z.string().default("")
});

export const webhooksSchema = z
    .strictObject({
        signatureType: z.enum(SIGNATURE_TYPES),
        signatureHeader: z
            .string()
            .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name")
            .optional(),
        eventHeader: z
            .string()
            .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name")
            .optional(),
        /** Default: the signature header carries it, Stripe-style (`t=...,v1=...`). */
        timestampHeader: z
            .string()
            .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name")
            .optional(),
        /** Oldest accepted timestamp, in seconds (default 300). */
        timestampMaxAge: z.number().int().positive().optional(),
        triggers: z.array(triggerSchema).default([])
    })
    .superRefine((webhooks, ctx) => {
        if (webhooks.signatureType !== "none" && !webhooks.signatureHeader) {
            ctx.addIssue({
                code: "custom",
                path: ["signatureHeader"],
                message: `is required for signatureType ${webhooks.signatureType}`
            });
        }
        for (const key of ["timestampHeader", "timestampMaxAge"] as const) {
            if (webhooks[key] !== undefined && webhooks.signatureType !== "timestamp_signature") {
                ctx.addIssue({
                    code: "custom",
                    path: [key],
                    message: `only applies to signatureType timestamp_signature (this one is ${webhooks.signatureType})`
                });
            }
        }
        const ids = webhooks.triggers.map((trigger) => trigger.id);
        ids.forEach((id, index) => {
            if (ids.indexOf(id) !== index) {
                ctx.addIssue({
                    code: "custom",
                    path: ["triggers", index, "id"],
                    message: `duplicate trigger id ${JSON.stringify(id)}`
                });
            }
        });
    });

export const providerSpecSchema = z
    .strictObject({
        id: z
            .string()
            .max(MAX_PROVIDER_ID_LENGTH, `must be at most ${MAX_PROVIDER_ID_LENGTH} characters`)
            .regex(
                PROVIDER_ID_PATTERN,
                "must be kebab-case: lowercase letters and digits in words joined by single dashes (e.g. acme-chat)"
            ),
        displayName: nonEmptyText.optional(),
        description: z.string().optional(),
        category: z
            .string()
            .regex(CATEGORY_PATTERN, "must be a snake_case category id such as project_management")
            .default("productivity"),
        docsUrl: httpsUrl.optional(),
        logoDomain: z
            .string()
            .regex(
                /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i,
                "must be a domain name such as acme.example"
            )
            .optional(),
        baseUrl: httpsUrl,
        classPrefix: z
            .string()
            .regex(
                CLASS_PREFIX_PATTERN,
                "must be PascalCase letters and digits, e.g. ADP or AcmeChat"
            )
            .optional(),
        auth: authSchema,
        rateLimit: z
            .strictObject({
                // Real hosts hold fractional limits (8.33 = 500 per hour).
                tokensPerMinute: z.number().positive().finite(),
                burstSize: z.number().int().positive().optional()
            })
            .default({ tokensPerMinute: 60 }),
        operations: z.array(operationSchema).min(1, "a provider needs at least one operation"),
        webhooks: webhooksSchema.optional()
    })
    .superRefine((spec, ctx) => {
        const seen = new Map<string, number>();
        spec.operations.forEach((operation, index) => {
            // Operation files differ only in case on case-insensitive file systems.
            const key = operation.id.toLowerCase();
            if (seen.has(key)) {
                ctx.addIssue({
                    code: "custom",
                    path: ["operations", index, "id"],
                    message: `duplicate operation id ${JSON.stringify(operation.id)} (same as operations[${seen.get(key)}] ignoring case)`
                });
            } else {
                seen.set(key, index);
            }
            const toolName = mcpToolName(spec.id, operation.id);
            if (!MCP_TOOL_NAME_PATTERN.test(toolName)) {
                ctx.addIssue({
                    code: "custom",
                    path: ["operations", index, "id"],
                    message: `MCP tool name ${toolName} is ${toolName.length} characters; the limit is 64 — shorten the operation id or the provider id`
                });
            }
        });
        if (providerNames(spec.id, spec.classPrefix).providerClass === "BaseProvider") {
            ctx.addIssue({
                code: "custom",
                path: spec.classPrefix ? ["classPrefix"] : ["id"],
                message:
                    "the provider class would be BaseProvider, the class it extends; set another classPrefix"
            });
        }
        if (camelCase(spec.id).length === 0) {
            ctx.addIssue({ code: "custom", path: ["id"], message: "must contain letters" });
        }
    });

/** A spec as written in a file or assembled from flags (defaults not yet applied). */
export type ProviderSpecInput = z.input<typeof providerSpecSchema>;
/** A validated spec with every default applied. */
export type ProviderSpec = z.output<typeof providerSpecSchema>;
export type OperationSpec = ProviderSpec["operations"][number];
export type ParameterSpec = OperationSpec["parameters"][number];
export type OAuthAuthSpec = z.output<typeof oauthAuthSchema>;
export type ApiKeyAuthSpec = z.output<typeof apiKeyAuthSchema>;
export type PreAuthFieldSpec = z.output<typeof preAuthFieldSchema>;
export type WebhooksSpec = z.output<typeof webhooksSchema>;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
export type SignatureType = (typeof SIGNATURE_TYPES)[number];

/** `operations[2].parameters[0].type` */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
    let result = "";
    for (const segment of path) {
        if (typeof segment === "number") {
            result += `[${segment}]`;
        } else {
            const key = String(segment);
            result += /^[A-Za-z_$][\w$]*$/.test(key)
                ? `${result ? "." : ""}${key}`
                : `[${JSON.stringify(key)}]`;
        }
    }
    return result || "(spec)";
}

/**
 * Validates a raw spec. Every problem is reported at once, each with its path in the file:
 * `acme.yaml: operations[2].parameters[0].type: Invalid option: ...`.
 */
export function parseProviderSpec(
    raw: unknown,
    source = "spec",
    lineOf?: (path: ReadonlyArray<PropertyKey>) => number | undefined
): ProviderSpec {
    const result = providerSpecSchema.safeParse(raw, {
        error: (issue) =>
            issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined
    });
    if (result.success) {
        return result.data;
    }
    const problem = (path: PropertyKey[], message: string) => {
        const line = lineOf?.(path);
        const where = line === undefined ? source : `${source}:${line}`;
        return `${where}: ${formatIssuePath(path)}: ${message}`;
    };
    const problems = result.error.issues.flatMap((issue) =>
        issue.code === "unrecognized_keys"
            ? issue.keys.map((key) =>
                  problem(
                      [...issue.path, key],
                      "unknown field (check its spelling against the spec format)"
                  )
              )
            : [problem(issue.path, issue.message)]
    );
    throw FlowmaestroError.fromProblems(
        `The provider spec is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written.`,
        problems
    );
}
