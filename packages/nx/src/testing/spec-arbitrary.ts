import fc from "fast-check";
import { KNOWN_CATEGORIES } from "../model/categories";
import { isReservedWord, isUnsafePropertyName, mcpToolName } from "../model/names";
import {
    ARRAY_ITEM_TYPES,
    PARAMETER_TYPES,
    SIGNATURE_TYPES
} from "../model/provider-spec";
import type { ProviderSpecInput } from "../model/provider-spec";

/**
 * fast-check arbitraries for valid provider specs whose free text is hostile: quotes, backslashes,
 * backticks, `${...}`, comment terminators, line separators, non-ASCII and emoji.
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
    "\u0000"
];

/** Text mixing plain words with hostile fragments. */
export const hostileText = fc
    .array(
        fc.oneof(
            fc.constantFrom(...HOSTILE_FRAGMENTS),
            fc.string({ minLength: 1, maxLength: 8 }),
            fc.constantFrom("Acme", "send", "list", "the", "message")
        ),
        { minLength: 1, maxLength: 6 }
    )
    .map((parts) => parts.join(""))
    .filter((text) => text.trim().length > 0);

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);

export const providerId = fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((words) => words.join("-"))
    .filter((id) => id.length <= 30);

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
        parameters: fc.uniqueArray(parameter, { maxLength: 5, selector: (p) => p.name }),
        withPathParameter: fc.boolean(),
        returns: fc.option(hostileText, { nil: undefined })
    })
    .map(({ withPathParameter, ...rest }) => {
        const result: Record<string, unknown> = Object.fromEntries(
            Object.entries(rest).filter(([, value]) => value !== undefined)
        );
        const pathParameter = rest.parameters.find((p) => p.type === "string");
        result.path =
            withPathParameter && pathParameter ? `/items/{${pathParameter.name}}/sub` : "/items";
        return result;
    });

const preAuthField = fc.record({
    name: identifier,
    label: hostileText,
    placeholder: hostileText,
    helpText: hostileText,
    required: fc.boolean(),
    type: fc.constant("text" as const),
    pattern: fc.constantFrom("^[a-z0-9-]+$", "^\\d{3,}$", "^[^\"'`]+$"),
    patternError: hostileText
});

const oauthAuth = fc.record({
    type: fc.constant("oauth2" as const),
    authUrl: fc.constant("https://auth.example.com/oauth/authorize"),
    tokenUrl: fc.constant("https://auth.example.com/oauth/token?x=\"'`"),
    scopes: fc.uniqueArray(hostileText, { maxLength: 3 }),
    pkce: fc.boolean(),
    refreshable: fc.boolean(),
    preAuthFields: fc.uniqueArray(preAuthField, { maxLength: 2, selector: (f) => f.name })
});

const apiKeyAuth = fc.record({
    type: fc.constant("api_key" as const),
    headerName: fc.constantFrom("Authorization", "X-Api-Key"),
    headerTemplate: hostileText.map((text) => `${text}{{api_key}}`),
    additionalHeaders: fc.dictionary(fc.constantFrom("X-Version", "Acme-Beta"), hostileText)
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
    .map((hooks) => ({
        ...hooks,
        signatureHeader: "X-Signature",
        timestampHeader: "X-Timestamp"
    }));

export const providerSpecArbitrary: fc.Arbitrary<ProviderSpecInput> = fc
    .record({
        id: providerId,
        displayName: hostileText,
        description: hostileText,
        category: fc.constantFrom(...KNOWN_CATEGORIES),
        baseUrl: fc.constantFrom("https://api.example.com/v1", "http://localhost:8080"),
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
        webhooks: fc.option(webhooks, { nil: undefined })
    })
    .filter((spec) =>
        spec.operations.every((op) => mcpToolName(spec.id, op.id as string).length <= 64)
    )
    .map((spec) => {
        if (spec.webhooks === undefined) delete (spec as Record<string, unknown>).webhooks;
        return spec as unknown as ProviderSpecInput;
    });
