import { validApiKeySpec } from "./valid-specs";

/**
 * Issue 7's battery of bad specs: each case mutates a valid spec in one way and names the message
 * (field path first) the generator must refuse it with. spec-refusals.spec.ts runs every case
 * in process; packages/nx-e2e/tests/refusals.spec.ts runs a few through the nx CLI.
 */

type Spec = Record<string, any>;

export interface SpecRefusal {
    title: string;
    mutate: (spec: Spec) => void;
    message: string | RegExp;
    base?: () => Spec;
}

export const SPEC_REFUSALS: SpecRefusal[] = [
    { title: "uppercase id", mutate: (s) => (s.id = "AcmeChat"), message: /id: .*kebab-case/ },
    {
        title: "id escaping the providers folder",
        mutate: (s) => (s.id = "../evil"),
        message: /id: .*kebab-case/
    },
    {
        title: "id with a path separator",
        mutate: (s) => (s.id = "acme/chat"),
        message: /id: .*kebab-case/
    },
    {
        title: "id with a double dash",
        mutate: (s) => (s.id = "foo--bar"),
        message: /id: .*kebab-case/
    },
    {
        title: "id starting with a digit",
        mutate: (s) => (s.id = "360acme"),
        message: /id: .*kebab-case/
    },
    {
        title: "id over 40 characters",
        mutate: (s) => (s.id = "a".repeat(41)),
        message: /id: must be at most 40/
    },
    {
        title: "blank display name",
        mutate: (s) => (s.displayName = "   "),
        message: "displayName: must not be empty"
    },
    {
        title: "category in display form",
        mutate: (s) => (s.category = "Project Management"),
        message: /category: must be a snake_case/
    },
    {
        title: "docs URL with a non-http scheme",
        mutate: (s) => (s.docsUrl = "ftp://docs.acme.example"),
        message: /docsUrl: must be an https URL/
    },
    {
        title: "plain-http base URL",
        mutate: (s) => (s.baseUrl = "http://api.acme.example"),
        message: /baseUrl: must be an https URL/
    },
    {
        title: "relative base URL",
        mutate: (s) => (s.baseUrl = "/v1"),
        message: /baseUrl: must be an absolute URL/
    },
    {
        title: "base URL with credentials",
        mutate: (s) => (s.baseUrl = "https://user:pw@api.acme.example"),
        message: /baseUrl: must not contain credentials/
    },
    {
        title: "logo domain with a path",
        mutate: (s) => (s.logoDomain = "acme.example/logo.png"),
        message: /logoDomain: must be a domain/
    },
    {
        title: "unknown auth type",
        mutate: (s) => (s.auth.type = "basic"),
        message: /auth.type: type must be oauth2 or api_key/
    },
    {
        title: "missing auth URL",
        mutate: (s) => delete s.auth.authUrl,
        message: "auth.authUrl: is required"
    },
    {
        title: "javascript: token URL",
        mutate: (s) => (s.auth.tokenUrl = "javascript:alert(1)"),
        message: /auth.tokenUrl: must be an https URL/
    },
    {
        title: "scopes as one string",
        mutate: (s) => (s.auth.scopes = "chat:write channels:read"),
        message: /auth.scopes: /
    },
    { title: "pkce as a word", mutate: (s) => (s.auth.pkce = "yes"), message: /auth.pkce: / },
    {
        title: "http user-info URL",
        mutate: (s) => (s.auth.userInfoUrl = "http://api.acme.example/me"),
        message: /auth.userInfoUrl: must be an https URL/
    },
    {
        title: "invalid pre-auth pattern",
        mutate: (s) => (s.auth.preAuthFields[0].pattern = "(["),
        message: /auth.preAuthFields\[0\].pattern: is not a valid regular expression/
    },
    {
        title: "pre-auth field name with a dash",
        mutate: (s) => (s.auth.preAuthFields[0].name = "sub-domain"),
        message: /auth.preAuthFields\[0\].name: /
    },
    {
        title: "header template without {{api_key}}",
        base: validApiKeySpec,
        mutate: (s) => (s.auth.headerTemplate = "Bearer {{token}}"),
        message: "auth.headerTemplate: must contain {{api_key}}"
    },
    {
        title: "header name with spaces",
        base: validApiKeySpec,
        mutate: (s) => (s.auth.headerName = "X Api Key"),
        message: /auth.headerName: must be an HTTP header name/
    },
    {
        title: "negative rate limit",
        mutate: (s) => (s.rateLimit.tokensPerMinute = -5),
        message: /rateLimit.tokensPerMinute: /
    },
    {
        title: "fractional burst size",
        mutate: (s) => (s.rateLimit.burstSize = 1.5),
        message: /rateLimit.burstSize: /
    },
    {
        title: "no operations",
        mutate: (s) => (s.operations = []),
        message: "operations: a provider needs at least one operation"
    },
    {
        title: "PascalCase operation id",
        mutate: (s) => (s.operations[0].id = "SendMessage"),
        message: /operations\[0\].id: .*camelCase/
    },
    {
        title: "reserved word as operation id",
        mutate: (s) => (s.operations[0].id = "delete"),
        message: /operations\[0\].id: "delete" is a reserved word/
    },
    {
        title: "duplicate operation ids",
        mutate: (s) => (s.operations[1].id = "sendMessage"),
        message: /operations\[1\].id: duplicate operation id/
    },
    {
        title: "operation ids equal ignoring case",
        mutate: (s) => (s.operations[1].id = "sendmessage"),
        message: /operations\[1\].id: duplicate operation id "sendmessage"/
    },
    {
        title: "unknown action type",
        mutate: (s) => (s.operations[0].actionType = "modify"),
        message: /operations\[0\].actionType: /
    },
    {
        title: "unknown HTTP method",
        mutate: (s) => (s.operations[0].method = "FETCH"),
        message: /operations\[0\].method: /
    },
    {
        title: "path without a leading slash",
        mutate: (s) => (s.operations[0].path = "channels"),
        message: "operations[0].path: must start with /"
    },
    {
        title: "placeholder naming no parameter",
        mutate: (s) => (s.operations[0].path = "/channels/{channel}/messages"),
        message: "operations[0].path: placeholder {channel} does not name a parameter"
    },
    {
        title: "unknown parameter type",
        mutate: (s) => (s.operations[0].parameters[0].type = "strin"),
        message: /operations\[0\].parameters\[0\].type: /
    },
    {
        title: "reserved word as parameter name",
        mutate: (s) => (s.operations[1].parameters[0].name = "class"),
        message: /operations\[1\].parameters\[0\].name: "class" is a reserved word/
    },
    {
        title: "__proto__ as parameter name",
        mutate: (s) => (s.operations[1].parameters[0].name = "__proto__"),
        message: /operations\[1\].parameters\[0\].name: /
    },
    {
        title: "duplicate parameter names",
        mutate: (s) => (s.operations[0].parameters[1].name = "channelId"),
        message: /operations\[0\].parameters\[1\].name: duplicate parameter name/
    },
    {
        title: "enum without values",
        mutate: (s) => delete s.operations[0].parameters[2].values,
        message: /operations\[0\].parameters\[2\].values: an enum parameter needs/
    },
    {
        title: "integer default that is text",
        mutate: (s) => (s.operations[1].parameters[0].default = "ten"),
        message: "operations[1].parameters[0].default: must be an integer"
    },
    {
        title: "enum default outside its values",
        mutate: (s) => (s.operations[0].parameters[2].default = "urgent"),
        message: /operations\[0\].parameters\[2\].default: must be one of the enum values/
    },
    {
        title: "items on a non-array parameter",
        mutate: (s) => (s.operations[0].parameters[1].items = "string"),
        message: /operations\[0\].parameters\[1\].items: /
    },
    {
        title: "unknown signature type",
        mutate: (s) => (s.webhooks.signatureType = "md5"),
        message: /webhooks.signatureType: /
    },
    {
        title: "HMAC without a signature header",
        mutate: (s) => delete s.webhooks.signatureHeader,
        message: "webhooks.signatureHeader: is required for signatureType hmac_sha256"
    },
    {
        title: "an OAuth URL placeholder the host's OAuth service never fills in",
        mutate: (s) => (s.auth.authUrl = "https://{subdomain}.acme.example/oauth/authorize"),
        message:
            /auth\.authUrl: has \{subdomain\}, which FlowMaestro's OAuth service .* does not fill in for "acme-chat"/
    },
    {
        title: "trigger id in kebab-case",
        mutate: (s) => (s.webhooks.triggers[0].id = "message-created"),
        message: /webhooks.triggers\[0\].id: /
    },
    {
        title: "duplicate trigger ids",
        mutate: (s) => s.webhooks.triggers.push({ id: "message_created", name: "Again" }),
        message: /webhooks.triggers\[1\].id: duplicate trigger id/
    },
    {
        title: "MCP tool name over 64 characters",
        mutate: (s) => (s.operations[1].id = "list" + "Channels".repeat(8)),
        message:
            /operations\[1\].id: MCP tool name acme_chat_list\w+ is \d+ characters; the limit is 64/
    },
    {
        title: "misspelt top-level key",
        mutate: (s) => ((s.opertions = s.operations), delete s.operations),
        message: "opertions: unknown field"
    },
    // Issue 16: names that collide with object machinery, paths and headers that could smuggle
    // requests, and OAuth parameters the host's OAuth service sets itself.
    {
        title: "provider id constructor",
        mutate: (s) => (s.id = "constructor"),
        message: 'id: "constructor" collides with JavaScript\'s object machinery'
    },
    {
        title: "provider id whose config key is toString",
        mutate: (s) => (s.id = "to-string"),
        message: 'id: "to-string" becomes the config key toString'
    },
    {
        title: "operation id valueOf",
        mutate: (s) => (s.operations[1].id = "valueOf"),
        message: 'operations[1].id: "valueOf" collides'
    },
    {
        title: "parameter named constructor",
        mutate: (s) => (s.operations[1].parameters[0].name = "constructor"),
        message: 'operations[1].parameters[0].name: "constructor" collides'
    },
    {
        title: "pre-auth field named hasOwnProperty",
        mutate: (s) => (s.auth.preAuthFields[0].name = "hasOwnProperty"),
        message: 'auth.preAuthFields[0].name: "hasOwnProperty" collides'
    },
    {
        title: "a placeholder twice in a path",
        mutate: (s) => (s.operations[0].path = "/channels/{channelId}/to/{channelId}"),
        message: "placeholder {channelId} appears more than once"
    },
    {
        title: "an object path parameter",
        mutate: (s) => (s.operations[0].parameters[0].type = "object"),
        message:
            "operations[0].parameters[0].type: is object, but {channelId} in the path takes one segment"
    },
    {
        title: "an optional path parameter",
        mutate: (s) => (s.operations[0].parameters[0].required = false),
        message: "{channelId} is in the path, so it is always sent"
    },
    {
        title: "a .. segment in a path",
        mutate: (s) => (s.operations[0].path = "/channels/../admin/{channelId}"),
        message: "must not contain . or .. segments"
    },
    {
        title: "a baseUrl with a query",
        mutate: (s) => (s.baseUrl = "https://api.acme.example/v1?x=1"),
        message: "baseUrl: must not contain ? or #"
    },
    {
        title: "a baseUrl with a fragment",
        mutate: (s) => (s.baseUrl = "https://api.acme.example/v1#f"),
        message: "baseUrl: must not contain ? or #"
    },
    {
        title: "a header template with CR/LF",
        mutate: (s) => (s.auth.headerTemplate = "Bearer {{api_key}}\r\nX-Evil: 1"),
        message: "auth.headerTemplate: has the control character U+000D",
        base: validApiKeySpec
    },
    {
        title: "a header value beyond Latin-1",
        mutate: (s) => (s.auth.additionalHeaders = { "Acme-Version": "2024 🚀" }),
        message: 'auth.additionalHeaders["Acme-Version"]: has U+1F680',
        base: validApiKeySpec
    },
    {
        title: "duplicate pre-auth field names",
        mutate: (s) => s.auth.preAuthFields.push({ ...s.auth.preAuthFields[0] }),
        message: 'auth.preAuthFields[1].name: duplicate pre-auth field name "subdomain"'
    },
    {
        title: "parameters differing only in case",
        mutate: (s) => s.operations[0].parameters.push({ name: "ChannelId", type: "string" }),
        message: 'parameter name "ChannelId" differs from "channelId" only in case'
    },
    ...["client_id", "redirect_uri", "state", "response_type"].map(
        (param): SpecRefusal => ({
            title: `authParams overriding ${param}`,
            mutate: (s) => (s.auth.authParams = { [param]: "x" }),
            message: `auth.authParams.${param}: the OAuth service sets ${param} itself`
        })
    )
];
