import fc from "fast-check";
import { KNOWN_CATEGORIES } from "../model/categories";
import { isReservedWord, isUnsafePropertyName, mcpToolName } from "../model/names";
import { ARRAY_ITEM_TYPES, PARAMETER_TYPES, SIGNATURE_TYPES } from "../model/provider-spec";
import { headerValueProblem, providerIdProblems, urlProblem } from "../model/provider-spec";
import type { ProviderSpecInput } from "../model/provider-spec";

/**
 * fast-check arbitraries for valid provider specs whose free text is hostile: quotes, backslashes,
 * backticks, `${...}`, comment terminators, line separators, control and bidi characters, non-ASCII
 * and emoji.
 */

const HOSTILE_FRAGMENTS = [
    '"',
    "'",
    "`",
    "\\",
    "${process.exit(1)}",
    "*/",
    "/*",
    "// ",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "\u2029",
    '"); process.exit(1); ("',
    "</script>",
    "<%= x %>",
    "{{api_key}}",
    "é",
    "日本語",
    "🚀",
    "\u0000",
    "\u0085",
    "\u00a0",
    "\ufeff",
    "\u200b",
    "\u007f",
    "\u001b[31m",
    "\u202e",
    "\u2066",
    "\u200f",
    "$&",
    "$'",
    "--- |",
    "# not a comment",
    ": ",
    "- ",
    "<<<<<<< HEAD",
    "__proto__"
];

/** Text mixing plain words with hostile fragments. */
export const hostileText = fc
    .array(
        fc.oneof(
            fc.constantFrom(...HOSTILE_FRAGMENTS),
            fc.string({ minLength: 1, maxLength: 8 }),
            fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
            fc.constantFrom("Acme", "send", "list", "the", "message")
        ),
        { minLength: 1, maxLength: 6 }
    )
    .map((parts) => parts.join(""))
    .filter((text) => text.trim().length > 0);

/**
 * Header text that fetch sends unchanged (Latin-1, no controls but tab, no edge whitespace) and
 * is still hostile to a code generator: quotes, backslashes, backticks, `${...}`, comment ends.
 */
const headerSafeText = fc
    .array(
        fc.oneof(
            fc.constantFrom('"', "'", "`", "\\", "${process.exit(1)}", "*/", "\t", "é", "$&"),
            fc.constantFrom('"); process.exit(1); ("', "<%= x %>", "Acme", "v1", "2024-01-01")
        ),
        { minLength: 1, maxLength: 6 }
    )
    .map((parts) => parts.join("").trim())
    .filter((text) => text.length > 0 && headerValueProblem(text) === undefined);

/** An absolute https URL (http only on localhost) whose path and query carry hostile text. */
export const hostileUrl = fc
    .tuple(
        fc.constantFrom(
            "https://api.example.com",
            "https://auth.example.com/oauth",
            "http://localhost:8080",
            "https://127.0.0.1:8443/x"
        ),
        fc.option(hostileText, { nil: undefined })
    )
    .map(([base, tail]) => (tail === undefined ? base : `${base}/${tail}`))
    .filter((url) => urlProblem(url) === undefined && !url.endsWith("/"));

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);

export const providerId = fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((words) => words.join("-"))
    .filter((id) => id.length <= 30 && providerIdProblems(id).length === 0);

const identifier = fc
    .tuple(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,12}$/))
    .map(([name]) => name)
    .filter((name) => !isReservedWord(name) && !isUnsafePropertyName(name));

const parameter = fc
    .record({
        name: identifier,
        type: fc.constantFrom(...PARAMETER_TYPES),
        required: fc.boolean(),
        description: fc.option(hostileText, { nil: undefined }),
        values: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 }),
        items: fc.constantFrom(...ARRAY_ITEM_TYPES),
        withDefault: fc.boolean()
    })
    .map(({ values, items, withDefault, ...rest }) => {
        const result: Record<string, unknown> = { ...rest };
        if (rest.description === undefined) delete result.description;
        if (rest.type === "enum") result.values = values;
        if (rest.type === "array") result.items = items;
        if (withDefault && !rest.required) {
            const defaults: Record<string, unknown> = {
                string: values[0],
                number: 1.5,
                integer: 3,
                boolean: true,
                enum: values[0],
                array: [],
                object: {}
            };
            result.default = defaults[rest.type];
        }
        return result;
    });

const operation = fc
    .record({
        id: identifier,
        name: fc.option(hostileText, { nil: undefined }),
        description: fc.option(hostileText, { nil: undefined }),
        category: fc.option(hostileText, { nil: undefined }),
        actionType: fc.option(fc.constantFrom("read", "write"), { nil: undefined }),
        method: fc.option(fc.constantFrom("GET", "post", "PUT", "PATCH", "DELETE"), {
            nil: undefined
        }),
        parameters: fc.uniqueArray(parameter, {
            maxLength: 5,
            selector: (p) => (p.name as string).toLowerCase()
        }),
        withPathParameter: fc.boolean(),
        returns: fc.option(hostileText, { nil: undefined })
    })
    .map(({ withPathParameter, ...rest }) => {
        const result: Record<string, unknown> = Object.fromEntries(
            Object.entries(rest).filter(([, value]) => value !== undefined)
        );
        // A path parameter fills one segment: required (or defaulted), and never `.` or `..`.
        const pathParameter = rest.parameters.find(
            (p) => p.type === "string" && !/^\.{1,2}$/.test(String(p.default ?? "x"))
        );
        const inPath = withPathParameter ? pathParameter : undefined;
        result.path = inPath ? `/items/{${inPath.name}}/sub` : "/items";
        if (inPath) {
            result.parameters = rest.parameters.map((p) =>
                p === inPath && p.default === undefined ? { ...p, required: true } : p
            );
        }
        return result;
    });

function isValidPattern(pattern: string): boolean {
    try {
        new RegExp(pattern);
        return true;
    } catch {
        return false;
    }
}

const preAuthField = fc.record({
    name: identifier,
    label: hostileText,
    placeholder: hostileText,
    helpText: hostileText,
    required: fc.boolean(),
    type: fc.constant("text" as const),
    pattern: fc.oneof(
        fc.constantFrom("^[a-z0-9-]+$", "^\\d{3,}$", "^[^\"'`]+$"),
        hostileText.filter(isValidPattern)
    ),
    patternError: hostileText
});

const oauthAuth = fc.record(
    {
        type: fc.constant("oauth2" as const),
        authUrl: fc.oneof(fc.constant("https://auth.example.com/oauth/authorize"), hostileUrl),
        tokenUrl: fc.oneof(fc.constant("https://auth.example.com/oauth/token?x=\"'`"), hostileUrl),
        scopes: fc.uniqueArray(hostileText, { maxLength: 3 }),
        pkce: fc.boolean(),
        refreshable: fc.boolean(),
        authParams: fc.dictionary(
            fc.oneof(
                fc.constantFrom("access_type", "prompt", "audience"),
                hostileText.filter(
                    (key) =>
                        !["client_id", "redirect_uri", "response_type", "state", "scope"].includes(
                            key.toLowerCase()
                        ) &&
                        !key.toLowerCase().startsWith("code_challenge") &&
                        !isUnsafePropertyName(key)
                )
            ),
            hostileText,
            { maxKeys: 2 }
        ),
        userInfoUrl: hostileUrl,
        preAuthFields: fc.uniqueArray(preAuthField, {
            maxLength: 2,
            selector: (f) => f.name.toLowerCase()
        }),
        /** A family's shared OAuth app (google/microsoft use clientId, meta uses appId). */
        oauthKey: fc.constantFrom("google", "microsoft", "meta")
    },
    {
        requiredKeys: [
            "type",
            "authUrl",
            "tokenUrl",
            "scopes",
            "pkce",
            "refreshable",
            "preAuthFields"
        ]
    }
);

const apiKeyAuth = fc.record({
    type: fc.constant("api_key" as const),
    headerName: fc.constantFrom("Authorization", "X-Api-Key"),
    headerTemplate: headerSafeText.map((text) => `${text}{{api_key}}`),
    additionalHeaders: fc.dictionary(fc.constantFrom("X-Version", "Acme-Beta"), headerSafeText)
});

const webhooks = fc
    .record({
        signatureType: fc.constantFrom(...SIGNATURE_TYPES),
        triggers: fc.uniqueArray(
            fc.record({
                id: fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/),
                name: hostileText,
                description: hostileText
            }),
            { maxLength: 3, selector: (t) => t.id }
        )
    })
    .chain((hooks) =>
        fc
            .record(
                {
                    signatureHeader: fc.constantFrom(
                        "X-Signature",
                        "Authorization",
                        "X-Hub-Signature-256"
                    ),
                    eventHeader: fc.constantFrom("X-Event", "X-Acme-Event-Type"),
                    timestampHeader: fc.constantFrom("X-Timestamp", "X-Request-Timestamp")
                },
                { requiredKeys: [] }
            )
            .map((headers) => {
                const result: Record<string, unknown> = { ...hooks, ...headers };
                if (hooks.signatureType !== "none") result.signatureHeader ??= "X-Signature";
                // With timestamp_signature and no timestamp header the signature header carries the
                // timestamp (Stripe-style), so both forms are generated; other types ignore a
                // timestamp header (with a warning), so it would be a string the code never holds.
                if (hooks.signatureType !== "timestamp_signature") delete result.timestampHeader;
                return result;
            })
    );

export const providerSpecArbitrary: fc.Arbitrary<ProviderSpecInput> = fc
    .record(
        {
            id: providerId,
            displayName: hostileText,
            description: hostileText,
            category: fc.constantFrom(...KNOWN_CATEGORIES),
            docsUrl: hostileUrl,
            logoDomain: fc.constantFrom("example.com", "acme.example", "api.xn--80ak6aa92e.com"),
            baseUrl: fc.oneof(
                fc.constantFrom("https://api.example.com/v1", "http://localhost:8080"),
                hostileUrl.filter((url) => !/[?#]/.test(url))
            ),
            auth: fc.oneof(oauthAuth, apiKeyAuth),
            rateLimit: fc.record({
                tokensPerMinute: fc.integer({ min: 1, max: 10000 }),
                burstSize: fc.integer({ min: 1, max: 100 })
            }),
            operations: fc.uniqueArray(operation, {
                minLength: 1,
                maxLength: 4,
                selector: (op) => (op.id as string).toLowerCase()
            }),
            webhooks: webhooks
        },
        {
            requiredKeys: [
                "id",
                "displayName",
                "description",
                "category",
                "baseUrl",
                "auth",
                "rateLimit",
                "operations"
            ]
        }
    )
    .filter((spec) =>
        spec.operations.every((op) => mcpToolName(spec.id, op.id as string).length <= 64)
    )
    .map((spec) => spec as unknown as ProviderSpecInput);
