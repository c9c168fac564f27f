import { z } from "zod";
import { FlowmaestroError } from "../utils/errors";
import {
    camelCase,
    isReservedWord,
    isUnsafePropertyName,
    mcpToolNameProblem,
    providerNames
} from "./names";

/**
 * The provider model (docs/spec-format.md). One zod schema validates spec files, generator flags (merged
 * into a spec) and what the registrar reads back from a provider's files.
 */

export const PROVIDER_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const OPERATION_ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
export const PARAMETER_NAME_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
export const TRIGGER_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const CATEGORY_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** HTTP header names as APIs spell them (`X-Api-Key`, the Swagger petstore's `api_key`). */
export const HEADER_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
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
/** Where a parameter travels; left out, the client's default applies (see `parameterLocation`). */
export const PARAMETER_LOCATIONS = ["path", "query", "body"] as const;
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

/** An HTTP header name (a token of letters, digits, dashes and underscores). */
const headerName = z
    .string()
    .regex(HEADER_NAME_PATTERN, "must be an HTTP header name (letters, digits, - and _)");

/**
 * Why `value` cannot be sent as a header value by `fetch` (undici), if it cannot: it throws on
 * characters above U+00FF (a header value is a byte string) and on NUL, CR, LF and the other
 * controls but tab; it silently strips leading and trailing spaces and tabs. C1 controls pass
 * undici but are invisible, so they are refused too.
 */
export function headerValueProblem(value: string): string | undefined {
    const bad = /[^\t\x20-\x7e\xa0-\xff]/.exec(value);
    if (bad) {
        const code = value.codePointAt(bad.index)!;
        const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
        return code > 0xff
            ? `has ${name} at index ${bad.index}: header values may hold only Latin-1 characters (fetch throws on anything else)`
            : `has the control character ${name} at index ${bad.index}: header values may not hold CR, LF, NUL or other controls (fetch throws)`;
    }
    if (/^[\t ]|[\t ]$/.test(value)) {
        return "starts or ends with a space or tab, which fetch strips: remove it";
    }
    return undefined;
}

const headerValue = z.string().superRefine((value, ctx) => {
    const problem = headerValueProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const stringMap = z.record(z.string().min(1), z.string());

function identifier(pattern: RegExp, rule: string) {
    return z.string().superRefine((value, ctx) => {
        if (!pattern.test(value)) {
            ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} must be ${rule}` });
        } else if (isReservedWord(value)) {
            ctx.addIssue({
                code: "custom",
                message: `${JSON.stringify(value)} is a reserved word in JavaScript; choose another name`
            });
        } else if (isUnsafePropertyName(value)) {
            ctx.addIssue({ code: "custom", message: objectMachineryProblem(value) });
        }
    });
}

function objectMachineryProblem(name: string, as = name): string {
    return `${JSON.stringify(name)} collides with JavaScript's object machinery (Object.prototype.${as}); choose another name`;
}

/**
 * Why a provider id cannot be used, if it cannot: it is a folder name and a key of the host files'
 * maps (OAUTH_PROVIDERS, callbackPaths, providerMap), and its camelCase form is a `config.oauth`
 * key, so neither may be a name of JavaScript's object machinery (`constructor`, `to-string`).
 */
export function providerIdProblems(id: string): string[] {
    if (id.length > MAX_PROVIDER_ID_LENGTH) {
        return [`must be at most ${MAX_PROVIDER_ID_LENGTH} characters`];
    }
    if (!PROVIDER_ID_PATTERN.test(id)) {
        return [
            "must be kebab-case: lowercase letters and digits in words joined by single dashes (e.g. acme-chat)"
        ];
    }
    const camel = camelCase(id);
    if (isUnsafePropertyName(id) || isUnsafePropertyName(camel)) {
        return [
            id === camel
                ? objectMachineryProblem(id)
                : `${JSON.stringify(id)} becomes the config key ${camel}, which collides with JavaScript's object machinery (Object.prototype.${camel}); choose another id`
        ];
    }
    return [];
}

const jsonValue: z.ZodType<unknown> = z.unknown();

export const parameterSchema = z
    .strictObject({
        name: identifier(PARAMETER_NAME_PATTERN, "a JavaScript identifier (letters, digits, _)"),
        type: z.enum(PARAMETER_TYPES),
        /** Default: true for a parameter in the path, false otherwise (see operationSchema). */
        required: z.boolean().optional(),
        description: z.string().optional(),
        values: z.array(nonEmptyText).min(1, "an enum needs at least one value").optional(),
        items: z.enum(ARRAY_ITEM_TYPES).optional(),
        default: jsonValue.optional(),
        in: z.enum(PARAMETER_LOCATIONS).optional(),
        /** The query key or body property as the API spells it (`page[size]`), when not `name`. */
        wireName: z
            .string()
            .regex(
                /^[^\u0000-\u001f\u007f]+$/,
                "must be a non-empty name without control characters"
            )
            .optional()
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

/**
 * An integer default is written as a literal; beyond Number.MAX_SAFE_INTEGER the YAML/JSON reader
 * has already rounded it (a 30-digit id becomes 1.2345678901234568e+29), so it is refused.
 */
function integerProblem(value: unknown): string | undefined {
    if (!Number.isInteger(value)) return "must be an integer";
    if (!Number.isSafeInteger(value)) {
        return `${String(value)} is beyond Number.MAX_SAFE_INTEGER (${Number.MAX_SAFE_INTEGER}): it cannot be held exactly (a longer number was already rounded when the spec was read); use a string parameter for such ids`;
    }
    return undefined;
}

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
            return integerProblem(value);
        case "boolean":
            return typeof value === "boolean" ? undefined : "must be true or false";
        case "enum":
            return typeof value === "string" && parameter.values?.includes(value)
                ? undefined
                : `must be one of the enum values (${(parameter.values ?? []).join(", ")})`;
        case "array": {
            if (!Array.isArray(value)) return "must be a list";
            const items = parameter.items ?? "string";
            if (!value.every(ARRAY_ITEM_CHECKS[items])) {
                return `every item must be of the array's item type (${items})`;
            }
            return items === "integer" ? value.map(integerProblem).find(Boolean) : undefined;
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
        reportCaseInsensitiveDuplicates(ctx, names, ["parameters"], "parameter name");
        locationProblems(operation).forEach((issue) => ctx.addIssue({ code: "custom", ...issue }));
        if (operation.path !== undefined) {
            pathProblems(operation.path, operation.parameters).forEach(({ path, message }) =>
                ctx.addIssue({ code: "custom", path, message })
            );
        }
    })
    .transform((operation) => {
        const inPath = new Set(
            operation.path === undefined ? [] : pathPlaceholders(operation.path)
        );
        return {
            ...operation,
            parameters: operation.parameters.map((parameter) => ({
                ...parameter,
                required:
                    parameter.required ??
                    (inPath.has(parameter.name) && parameter.default === undefined)
            }))
        };
    });

/** Duplicates in `values`, also ignoring case: one issue per later duplicate, at its index. */
function reportCaseInsensitiveDuplicates(
    ctx: z.RefinementCtx,
    values: readonly string[],
    path: PropertyKey[],
    what: string
): void {
    const seen = new Map<string, number>();
    values.forEach((value, index) => {
        const key = value.toLowerCase();
        const first = seen.get(key);
        if (first === undefined) {
            seen.set(key, index);
            return;
        }
        const sameCase = values[first] === value;
        ctx.addIssue({
            code: "custom",
            path: [...path, index, "name"],
            message: sameCase
                ? `duplicate ${what} ${JSON.stringify(value)}`
                : `${what} ${JSON.stringify(value)} differs from ${JSON.stringify(values[first])} only in case; such names are easily confused and collide where case is ignored`
        });
    });
}

/** Types a path placeholder may have: one path segment of text or a number. */
const PATH_PARAMETER_TYPES: ReadonlySet<ParameterTypeName> = new Set([
    "string",
    "number",
    "integer",
    "enum"
]);
type ParameterTypeName = (typeof PARAMETER_TYPES)[number];

const DOT_SEGMENT = /^\.{1,2}$/;

/**
 * Problems of an operation's path template. The client fills each `{name}` with one URL-encoded
 * path segment, so every placeholder names a parameter once, that parameter is always present (not
 * `required: false` without a default) and is a single value (not an object, list or boolean), and
 * the template has no query, fragment, stray brace or `.`/`..` segment for `new URL` to resolve.
 */
function pathProblems(
    path: string,
    parameters: ReadonlyArray<{
        name: string;
        type: ParameterTypeName;
        required?: boolean;
        values?: string[];
        default?: unknown;
    }>
): Array<{ path: PropertyKey[]; message: string }> {
    const problems: Array<{ path: PropertyKey[]; message: string }> = [];
    const at = (message: string) => problems.push({ path: ["path"], message });
    if (!path.startsWith("/")) at("must start with /");
    if (/[\s?#]/.test(path)) {
        at("must not contain spaces, ? or # (query parameters come from the parameters)");
    }
    const literal = path.replace(/\{[^{}]*\}/g, "x");
    if (/[{}]/.test(literal)) at("has a { or } that is not part of a {name} placeholder");
    if (literal.split("/").some((segment) => DOT_SEGMENT.test(segment))) {
        at("must not contain . or .. segments (the URL would resolve them away)");
    }
    const placeholders = pathPlaceholders(path);
    placeholders.forEach((placeholder, index) => {
        if (placeholders.indexOf(placeholder) !== index) {
            at(
                `placeholder {${placeholder}} appears more than once; each parameter fills one place`
            );
            return;
        }
        const parameterIndex = parameters.findIndex((parameter) => parameter.name === placeholder);
        const parameter = parameters[parameterIndex];
        if (!parameter) {
            at(`placeholder {${placeholder}} does not name a parameter of this operation`);
            return;
        }
        const where = (...rest: PropertyKey[]) => ["parameters", parameterIndex, ...rest];
        if (!PATH_PARAMETER_TYPES.has(parameter.type)) {
            problems.push({
                path: where("type"),
                message: `is ${parameter.type}, but {${placeholder}} in the path takes one segment: use string, number, integer or enum (send ${parameter.type} values in the query or body)`
            });
        }
        if (parameter.required === false && parameter.default === undefined) {
            problems.push({
                path: where("required"),
                message: `{${placeholder}} is in the path, so it is always sent: drop \`required: false\` or give a default`
            });
        }
        const segments = [
            ...(parameter.values ?? []),
            ...(typeof parameter.default === "string" ? [parameter.default] : [])
        ];
        const bad = segments.find((value) => value === "" || DOT_SEGMENT.test(value));
        if (bad !== undefined) {
            problems.push({
                path: where(parameter.values?.includes(bad) ? "values" : "default"),
                message: `${JSON.stringify(bad)} cannot fill the path segment {${placeholder}} (empty, . and .. change the URL's path)`
            });
        }
    });
    return problems;
}

/** Verbs whose operations only read. Anything else is treated as a write. */
const READ_VERBS = [
    "get",
    "list",
    "search",
    "find",
    "fetch",
    "query",
    "read",
    "retrieve",
    "lookup",
    "count",
    "check",
    "download",
    "describe",
    "view",
    "export",
    "validate",
    "verify",
    "is",
    "has"
];

export function inferActionType(operationId: string): "read" | "write" {
    const verb = operationId.match(/^[a-z]+/)?.[0] ?? "";
    return READ_VERBS.includes(verb) ? "read" : "write";
}

/** The operation's method: its own, else GET for a read and POST for a write. */
export function operationMethod(operation: {
    id: string;
    actionType?: (typeof ACTION_TYPES)[number];
    method?: (typeof HTTP_METHODS)[number];
}): (typeof HTTP_METHODS)[number] {
    if (operation.method) return operation.method;
    return (operation.actionType ?? inferActionType(operation.id)) === "read" ? "GET" : "POST";
}

const BODY_METHODS: ReadonlyArray<string> = ["POST", "PUT", "PATCH", "DELETE"];

/**
 * Where a parameter travels when its spec says nothing: a `{name}` placeholder of the path, else
 * the query string for GET and DELETE, else the JSON body. `method` undefined: not yet known.
 */
export function parameterLocation(
    parameter: { name: string; in?: (typeof PARAMETER_LOCATIONS)[number] },
    method: string | undefined,
    placeholders: ReadonlyArray<string>
): (typeof PARAMETER_LOCATIONS)[number] | undefined {
    if (parameter.in) return parameter.in;
    if (placeholders.includes(parameter.name)) return "path";
    if (method === undefined) return undefined;
    return method === "GET" || method === "DELETE" ? "query" : "body";
}

/** What decides where a parameter travels and under which name. */
interface SentParameter {
    name: string;
    in?: (typeof PARAMETER_LOCATIONS)[number];
    wireName?: string;
}

/** `in` and `wireName` must agree with the path and method, and no two parameters may send the same name. */
function locationProblems(operation: {
    method?: string;
    path?: string;
    parameters: SentParameter[];
}): Array<{ path: PropertyKey[]; message: string }> {
    const problems: Array<{ path: PropertyKey[]; message: string }> = [];
    const placeholders = operation.path === undefined ? [] : pathPlaceholders(operation.path);
    const sent = new Map<string, number>();
    operation.parameters.forEach((parameter, index) => {
        const at = (field: string, message: string) =>
            problems.push({ path: ["parameters", index, field], message });
        const placeholder = placeholders.includes(parameter.name);
        if (placeholder && parameter.in && parameter.in !== "path") {
            at(
                "in",
                `{${parameter.name}} is a placeholder of the path, so this parameter travels in the path`
            );
        } else if (parameter.in === "path" && !placeholder) {
            at("in", `in: path needs the placeholder {${parameter.name}} in the operation's path`);
        }
        if ((placeholder || parameter.in === "path") && parameter.wireName !== undefined) {
            at("wireName", "does not apply to a path parameter (the path's placeholder names it)");
        }
        if (parameter.in === "body" && !BODY_METHODS.includes(operation.method ?? "")) {
            at("in", "in: body needs the operation's method to be POST, PUT, PATCH or DELETE");
        }
        const location = parameterLocation(parameter, operation.method, placeholders);
        if (location === "path") return;
        const key = `${location ?? "default"} ${parameter.wireName ?? parameter.name}`;
        const other = sent.get(key);
        if (other !== undefined) {
            at(
                parameter.wireName === undefined ? "name" : "wireName",
                `parameters[${other}] already sends ${JSON.stringify(parameter.wireName ?? parameter.name)}${location ? ` in the ${location}` : ""}`
            );
        } else {
            sent.set(key, index);
        }
    });
    return problems;
}

/**
 * Query parameters sent under the API key's own query name: the client sets the key last
 * (`query.set`), so their values would never reach the API.
 */
function queryKeyClashes(
    operations: Array<{
        id: string;
        actionType?: (typeof ACTION_TYPES)[number];
        method?: (typeof HTTP_METHODS)[number];
        path?: string;
        parameters: SentParameter[];
    }>,
    queryParam: string
): Array<{ path: PropertyKey[]; message: string }> {
    return operations.flatMap((operation, index) => {
        const placeholders = operation.path === undefined ? [] : pathPlaceholders(operation.path);
        return operation.parameters.flatMap((parameter, parameterIndex) => {
            const sentAs = parameter.wireName ?? parameter.name;
            const location = parameterLocation(parameter, operationMethod(operation), placeholders);
            if (location !== "query" || sentAs !== queryParam) return [];
            return [
                {
                    path: [
                        "operations",
                        index,
                        "parameters",
                        parameterIndex,
                        parameter.wireName === undefined ? "name" : "wireName"
                    ],
                    message: `is sent in the query as ${JSON.stringify(queryParam)}, the name the API key travels under (auth.queryParam): the client sets the key last, so this value would be lost`
                }
            ];
        });
    });
}

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

/**
 * Authorization-URL parameters FlowMaestro's OAuthService sets itself (backend
 * services/oauth/OAuthService.ts): `authParams` is spread after client_id, redirect_uri,
 * response_type and state, so it would override them; code_challenge, code_challenge_method and
 * scope are set after it from `pkce` and `scopes`.
 */
const OAUTH_SERVICE_PARAMS: Record<string, string> = {
    client_id: "the app's client id from config",
    redirect_uri: "getOAuthRedirectUri()",
    response_type: '"code"',
    state: "its CSRF state token",
    code_challenge: "PKCE (set pkce: true)",
    code_challenge_method: "PKCE (set pkce: true)",
    scope: "`scopes`"
};

function authParamProblem(key: string): string | undefined {
    const name = key.toLowerCase();
    if (Object.hasOwn(OAUTH_SERVICE_PARAMS, name)) {
        return `the OAuth service sets ${name} itself (from ${OAUTH_SERVICE_PARAMS[name]}); an authParams value would override it or be ignored — remove it`;
    }
    if (isUnsafePropertyName(key)) return objectMachineryProblem(key);
    return undefined;
}

export const oauthAuthSchema = z.strictObject({
    type: z.literal("oauth2"),
    authUrl: httpsUrl,
    tokenUrl: httpsUrl,
    scopes: z.array(nonEmptyText).default([]),
    pkce: z.boolean().default(false),
    refreshable: z.boolean().default(true),
    authParams: stringMap
        .superRefine((params, ctx) => {
            for (const key of Object.keys(params)) {
                const problem = authParamProblem(key);
                if (problem) ctx.addIssue({ code: "custom", path: [key], message: problem });
            }
        })
        .optional(),
    userInfoUrl: httpsUrl.optional(),
    preAuthFields: z
        .array(preAuthFieldSchema)
        .superRefine((fields, ctx) =>
            reportCaseInsensitiveDuplicates(
                ctx,
                fields.map((field) => field.name),
                [],
                "pre-auth field name"
            )
        )
        .default([]),
    /** Config key of a shared OAuth app (e.g. `google`): reuse its credentials, callback and secrets. */
    oauthKey: z
        .string()
        .regex(/^[a-z][a-zA-Z0-9]*$/, "must be a camelCase config key such as google")
        .refine((key) => !isUnsafePropertyName(key), {
            error: (issue) => objectMachineryProblem(String(issue.input))
        })
        .optional()
});

/** A query parameter name as APIs spell them (`key`, `api-key`, `circle-token`). */
export const QUERY_PARAM_PATTERN = /^[A-Za-z0-9_.-]+$/;

export const apiKeyAuthSchema = z
    .strictObject({
        type: z.literal("api_key"),
        headerName: headerName.default("Authorization"),
        headerTemplate: headerValue
            .refine((template) => template.includes("{{api_key}}"), "must contain {{api_key}}")
            .default("Bearer {{api_key}}"),
        additionalHeaders: z.record(headerName, headerValue).optional(),
        /** `query`: the key travels as a query parameter (`?key=...`, Trello-style), not a header. */
        in: z.enum(["header", "query"]).default("header"),
        queryParam: z
            .string()
            .regex(QUERY_PARAM_PATTERN, "must be a query parameter name (letters, digits, _ . -)")
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
        const seen = new Set<string>();
        for (const name of Object.keys(auth.additionalHeaders ?? {})) {
            if (seen.has(name.toLowerCase())) {
                ctx.addIssue({
                    code: "custom",
                    path: ["additionalHeaders", name],
                    message: "repeats another additional header (header names ignore case)"
                });
            }
            seen.add(name.toLowerCase());
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
        signatureHeader: headerName.optional(),
        eventHeader: headerName.optional(),
        /** Default: the signature header carries it, Stripe-style (`t=...,v1=...`). */
        timestampHeader: headerName.optional(),
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

/** Operation ids equal ignoring case: their files would collide on a case-insensitive file system. */
function addDuplicateIdIssues(
    operations: ReadonlyArray<{ id: string }>,
    ctx: z.RefinementCtx,
    listPath: PropertyKey[]
): void {
    const seen = new Map<string, number>();
    operations.forEach((operation, index) => {
        const key = operation.id.toLowerCase();
        const first = seen.get(key);
        if (first === undefined) {
            seen.set(key, index);
            return;
        }
        ctx.addIssue({
            code: "custom",
            path: [...listPath, index, "id"],
            message: `duplicate operation id ${JSON.stringify(operation.id)} (same as operations[${first}] ignoring case)`
        });
    });
}

export const providerSpecSchema = z
    .strictObject({
        id: z
            .string()
            .superRefine((id, ctx) =>
                providerIdProblems(id).forEach((message) =>
                    ctx.addIssue({ code: "custom", message })
                )
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
        baseUrl: httpsUrl.refine((url) => !/[?#]/.test(url), {
            error: "must not contain ? or # (every operation's path is appended to it)"
        }),
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
        addDuplicateIdIssues(spec.operations, ctx, ["operations"]);
        if (spec.auth.type === "api_key" && spec.auth.queryParam) {
            queryKeyClashes(spec.operations, spec.auth.queryParam).forEach((issue) =>
                ctx.addIssue({ code: "custom", ...issue })
            );
        }
        spec.operations.forEach((operation, index) => {
            const problem = mcpToolNameProblem(spec.id, operation.id);
            if (problem) {
                ctx.addIssue({
                    code: "custom",
                    path: ["operations", index, "id"],
                    message: problem
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
export type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number];
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
    return parseWith(providerSpecSchema, raw, source, lineOf, "The provider spec is invalid");
}

/** Operations to add to an existing provider (`provider-operation`): the spec's `operations:` list. */
export const operationListSchema = z
    .array(operationSchema)
    .min(1, "needs at least one operation")
    .superRefine((operations, ctx) => addDuplicateIdIssues(operations, ctx, []));

export function parseOperationSpecs(
    raw: unknown,
    source = "spec",
    lineOf?: (path: ReadonlyArray<PropertyKey>) => number | undefined
): OperationSpec[] {
    return parseWith(
        operationListSchema,
        raw,
        source,
        lineOf && ((path) => lineOf(["operations", ...path])),
        "The operations are invalid",
        ["operations"]
    );
}

/** Validates with one message per problem, each at its path (and line) in the file. */
function parseWith<T extends z.ZodType>(
    schema: T,
    raw: unknown,
    source: string,
    lineOf: ((path: ReadonlyArray<PropertyKey>) => number | undefined) | undefined,
    heading: string,
    pathPrefix: PropertyKey[] = []
): z.output<T> {
    const result = schema.safeParse(raw, {
        error: (issue) =>
            issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined
    });
    if (result.success) {
        return result.data;
    }
    const problem = (path: PropertyKey[], message: string) => {
        const line = lineOf?.(path);
        const where = line === undefined ? source : `${source}:${line}`;
        return `${where}: ${formatIssuePath([...pathPrefix, ...path])}: ${message}`;
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
        `${heading} (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written.`,
        problems
    );
}
