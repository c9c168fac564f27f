import { FlowmaestroError } from "../utils/errors";
import { formatIssuePath, parameterLocation, parseProviderSpec, urlProblem } from "./provider-spec";
import { loadSpecFile } from "./spec-file";
import { DESIGN_EXAMPLE_YAML } from "./__fixtures__/design-example";

const minimal = {
    id: "acme-chat",
    baseUrl: "https://api.acme.example/v1",
    auth: { type: "api_key" },
    operations: [{ id: "listChannels" }]
};

function problemsOf(raw: unknown): string[] {
    try {
        parseProviderSpec(raw, "acme.yaml");
    } catch (error) {
        expect(error).toBeInstanceOf(FlowmaestroError);
        return (error as FlowmaestroError).problems;
    }
    throw new Error("expected the spec to be refused");
}

describe("parseProviderSpec", () => {
    it("accepts the contract's example spec as written", () => {
        const { raw } = loadSpecFile(DESIGN_EXAMPLE_YAML, "acme.yaml");
        const spec = parseProviderSpec(raw, "acme.yaml");
        expect(spec).toMatchObject({
            id: "acme-chat",
            auth: { type: "oauth2", authParams: { access_type: "offline" } },
            rateLimit: { tokensPerMinute: 60, burstSize: 10 },
            webhooks: { signatureType: "hmac_sha256", timestampMaxAge: 300 }
        });
        expect(spec.operations[0].parameters.map((parameter) => parameter.name)).toEqual([
            "channelId",
            "text",
            "priority",
            "limit",
            "tags",
            "metadata"
        ]);
    });

    it("applies the documented defaults", () => {
        const spec = parseProviderSpec(minimal);
        expect(spec.category).toBe("productivity");
        expect(spec.rateLimit).toEqual({ tokensPerMinute: 60 });
        expect(spec.auth).toEqual({
            type: "api_key",
            headerName: "Authorization",
            headerTemplate: "Bearer {{api_key}}",
            in: "header"
        });
        expect(spec.operations[0].parameters).toEqual([]);
    });

    it("accepts what real providers hold: fractional rate limits, timestamps in the signature header", () => {
        const spec = parseProviderSpec({
            ...minimal,
            rateLimit: { tokensPerMinute: 8.33 },
            webhooks: { signatureType: "timestamp_signature", signatureHeader: "Stripe-Signature" }
        });
        expect(spec.rateLimit.tokensPerMinute).toBe(8.33);
        expect(spec.webhooks?.timestampHeader).toBeUndefined();
        expect(
            parseProviderSpec({
                ...minimal,
                webhooks: {
                    signatureType: "timestamp_signature",
                    signatureHeader: "X-Signature",
                    timestampHeader: "X-Timestamp",
                    timestampMaxAge: 600
                }
            }).webhooks?.timestampMaxAge
        ).toBe(600);
    });

    it("accepts timestamp settings on other signature types (the contract's example has them), refuses a query key without its name", () => {
        expect(
            parseProviderSpec({
                ...minimal,
                webhooks: {
                    signatureType: "hmac_sha256",
                    signatureHeader: "X-Sig",
                    timestampHeader: "X-Timestamp",
                    timestampMaxAge: 60
                }
            }).webhooks
        ).toMatchObject({ timestampHeader: "X-Timestamp", timestampMaxAge: 60 });
        expect(problemsOf({ ...minimal, auth: { type: "api_key", in: "query" } })).toEqual([
            "acme.yaml: auth.queryParam: is required with in: query (the name of the query parameter that carries the key)"
        ]);
        expect(
            parseProviderSpec({
                ...minimal,
                auth: { type: "api_key", in: "query", queryParam: "key" }
            }).auth
        ).toMatchObject({ in: "query", queryParam: "key" });
    });

    it("refuses a query parameter sent under the query API key's name, which the key would replace", () => {
        const clash =
            "the name the API key travels under (auth.queryParam): the client sets the key last, so this value would be lost";
        expect(
            problemsOf({
                ...minimal,
                auth: { type: "api_key", in: "query", queryParam: "key" },
                operations: [
                    { id: "listCards", parameters: [{ name: "key", type: "string" }] },
                    {
                        id: "createCard",
                        parameters: [
                            { name: "cardKey", type: "string", in: "query", wireName: "key" },
                            { name: "key", type: "string" }
                        ]
                    }
                ]
            })
        ).toEqual([
            `acme.yaml: operations[0].parameters[0].name: is sent in the query as "key", ${clash}`,
            `acme.yaml: operations[1].parameters[0].wireName: is sent in the query as "key", ${clash}`
        ]);
    });

    it("upper-cases methods and keeps free text byte for byte", () => {
        const text = ' "); process.exit(1); (" ${x} `tick` */ \u2028 🚀 ';
        const spec = parseProviderSpec({
            ...minimal,
            description: text,
            operations: [{ id: "listChannels", method: "get", description: text }]
        });
        expect(spec.operations[0].method).toBe("GET");
        expect(spec.description).toBe(text);
        expect(spec.operations[0].description).toBe(text);
    });

    it("reports every problem at once with its path", () => {
        expect(
            problemsOf({
                ...minimal,
                baseUrl: "http://api.acme.example",
                operations: [
                    {
                        id: "sendMessage",
                        path: "/c/{channelId}",
                        parameters: [{ name: "text", type: "strin" }]
                    },
                    { id: "delete" }
                ]
            })
        ).toEqual([
            'acme.yaml: baseUrl: must be an https URL (http only for localhost), got "http://api.acme.example"',
            expect.stringMatching(
                /^acme\.yaml: operations\[0\]\.parameters\[0\]\.type: Invalid option/
            ),
            'acme.yaml: operations[1].id: "delete" is a reserved word in JavaScript; choose another name'
        ]);
    });

    it("says a missing field is required", () => {
        expect(problemsOf({ ...minimal, baseUrl: undefined })).toEqual([
            "acme.yaml: baseUrl: is required"
        ]);
    });

    it("checks path placeholders against the parameters", () => {
        expect(
            problemsOf({
                ...minimal,
                operations: [
                    {
                        id: "getUser",
                        path: "/users/{userId}",
                        parameters: [{ name: "id", type: "string" }]
                    }
                ]
            })
        ).toEqual([
            "acme.yaml: operations[0].path: placeholder {userId} does not name a parameter of this operation"
        ]);
    });

    it("refuses MCP tool names over 64 characters", () => {
        const id = "x".repeat(40);
        expect(
            problemsOf({
                ...minimal,
                id,
                operations: [{ id: "listEverythingAtOnce" + "X".repeat(10) }]
            })[0]
        ).toMatch(
            /operations\[0\]\.id: MCP tool name x+_listEverything\w+ is 71 characters; the limit is 64/
        );
    });

    it("refuses an api_key template without {{api_key}} and unknown keys", () => {
        expect(
            problemsOf({ ...minimal, auth: { type: "api_key", headerTemplate: "Token" }, extra: 1 })
        ).toEqual([
            "acme.yaml: auth.headerTemplate: must contain {{api_key}}",
            "acme.yaml: extra: unknown field (check its spelling against the spec format)"
        ]);
    });

    it("accepts localhost over http only", () => {
        expect(urlProblem("http://localhost:8080/v1")).toBeUndefined();
        expect(urlProblem("http://127.0.0.1/v1")).toBeUndefined();
        expect(urlProblem("http://example.com")).toMatch(/https/);
        expect(urlProblem("javascript:alert(1)")).toMatch(/https/);
    });

    it("formats issue paths like the spec file", () => {
        expect(formatIssuePath(["operations", 2, "parameters", 0, "type"])).toBe(
            "operations[2].parameters[0].type"
        );
        expect(formatIssuePath(["auth", "additionalHeaders", "Acme-Version"])).toBe(
            'auth.additionalHeaders["Acme-Version"]'
        );
        expect(formatIssuePath([])).toBe("(spec)");
    });

    describe("parameter in and wireName", () => {
        const operation = (
            method: string | undefined,
            parameters: unknown[],
            path = "/boards/{boardId}/cards"
        ) => ({
            ...minimal,
            operations: [
                {
                    id: "createCard",
                    method,
                    path,
                    parameters: [{ name: "boardId", type: "string" }, ...parameters]
                }
            ]
        });

        it("accepts query parameters on a POST and wire names that are not identifiers", () => {
            const spec = parseProviderSpec(
                operation("POST", [
                    { name: "name", type: "string", in: "query" },
                    { name: "pageSize", type: "integer", in: "query", wireName: "page[size]" },
                    { name: "labels", type: "array", wireName: "label-ids" }
                ])
            );
            expect(spec.operations[0].parameters.slice(1)).toEqual([
                { name: "name", type: "string", required: false, in: "query" },
                {
                    name: "pageSize",
                    type: "integer",
                    required: false,
                    in: "query",
                    wireName: "page[size]"
                },
                { name: "labels", type: "array", required: false, wireName: "label-ids" }
            ]);
        });

        it("refuses a location that contradicts the path or the method", () => {
            expect(
                problemsOf(
                    operation("GET", [
                        { name: "cardId", type: "string", in: "path" },
                        { name: "text", type: "string", in: "body" }
                    ])
                )
            ).toEqual([
                "acme.yaml: operations[0].parameters[1].in: in: path needs the placeholder {cardId} in the operation's path",
                "acme.yaml: operations[0].parameters[2].in: in: body needs the operation's method to be POST, PUT, PATCH or DELETE"
            ]);
            expect(
                problemsOf({
                    ...minimal,
                    operations: [
                        {
                            id: "getBoard",
                            path: "/boards/{boardId}",
                            parameters: [
                                { name: "boardId", type: "string", in: "query", wireName: "board" }
                            ]
                        }
                    ]
                })
            ).toEqual([
                "acme.yaml: operations[0].parameters[0].in: {boardId} is a placeholder of the path, so this parameter travels in the path",
                "acme.yaml: operations[0].parameters[0].wireName: does not apply to a path parameter (the path's placeholder names it)"
            ]);
        });

        it("refuses two parameters that send the same name in the same place", () => {
            expect(
                problemsOf(
                    operation("GET", [
                        { name: "pageSize", type: "integer", wireName: "page[size]" },
                        { name: "size", type: "integer", in: "query", wireName: "page[size]" },
                        { name: "limit", type: "integer", in: "query" },
                        { name: "max", type: "integer", wireName: "limit" }
                    ])
                )
            ).toEqual([
                'acme.yaml: operations[0].parameters[2].wireName: parameters[1] already sends "page[size]" in the query',
                'acme.yaml: operations[0].parameters[4].wireName: parameters[3] already sends "limit" in the query'
            ]);
            expect(
                parseProviderSpec(
                    operation("POST", [
                        { name: "limit", type: "integer", in: "query" },
                        { name: "max", type: "integer", wireName: "limit" }
                    ])
                ).operations[0].parameters.map((parameter) => parameter.wireName ?? parameter.name)
            ).toEqual(["boardId", "limit", "limit"]);
        });

        it("tells where a parameter travels by default", () => {
            const placeholders = ["boardId"];
            expect(parameterLocation({ name: "boardId" }, "GET", placeholders)).toBe("path");
            expect(parameterLocation({ name: "limit" }, "GET", placeholders)).toBe("query");
            expect(parameterLocation({ name: "limit" }, "DELETE", placeholders)).toBe("query");
            expect(parameterLocation({ name: "text" }, "PATCH", placeholders)).toBe("body");
            expect(parameterLocation({ name: "text", in: "query" }, "POST", placeholders)).toBe(
                "query"
            );
            expect(parameterLocation({ name: "text" }, undefined, placeholders)).toBeUndefined();
        });
    });
});

describe("hardening: names, paths, headers and values that would misbehave at run time", () => {
    const oauth = {
        type: "oauth2",
        authUrl: "https://acme.example/oauth/authorize",
        tokenUrl: "https://acme.example/oauth/token"
    };
    const withOperation = (operation: Record<string, unknown>) => ({
        ...minimal,
        operations: [operation]
    });

    it.each([
        [
            "constructor",
            'id: "constructor" collides with JavaScript\'s object machinery (Object.prototype.constructor)'
        ],
        [
            "prototype",
            'id: "prototype" collides with JavaScript\'s object machinery (Object.prototype.prototype)'
        ],
        ["to-string", 'id: "to-string" becomes the config key toString, which collides'],
        [
            "has-own-property",
            'id: "has-own-property" becomes the config key hasOwnProperty, which collides'
        ],
        ["value-of", 'id: "value-of" becomes the config key valueOf']
    ])("refuses the provider id %s", (id, message) => {
        expect(problemsOf({ ...minimal, id })).toEqual([
            expect.stringContaining(`acme.yaml: ${message}`)
        ]);
    });

    it("refuses object machinery as operation ids, parameter, pre-auth field and trigger names and the oauth key", () => {
        expect(
            problemsOf({
                ...minimal,
                auth: {
                    ...oauth,
                    oauthKey: "toString",
                    preAuthFields: [{ name: "__proto__", label: "Proto" }]
                },
                operations: [
                    { id: "toString" },
                    { id: "valueOf", parameters: [{ name: "constructor", type: "string" }] },
                    { id: "listThings", parameters: [{ name: "hasOwnProperty", type: "string" }] }
                ],
                webhooks: { signatureType: "none", triggers: [{ id: "constructor", name: "C" }] }
            })
        ).toEqual([
            expect.stringMatching(
                /^acme\.yaml: auth\.preAuthFields\[0\]\.name: "__proto__" collides/
            ),
            expect.stringMatching(/^acme\.yaml: auth\.oauthKey: "toString" collides/),
            expect.stringMatching(/^acme\.yaml: operations\[0\]\.id: "toString" collides/),
            expect.stringMatching(/^acme\.yaml: operations\[1\]\.id: "valueOf" collides/),
            expect.stringMatching(
                /^acme\.yaml: operations\[1\]\.parameters\[0\]\.name: "constructor" collides/
            ),
            expect.stringMatching(
                /^acme\.yaml: operations\[2\]\.parameters\[0\]\.name: "hasOwnProperty" collides/
            ),
            expect.stringMatching(
                /^acme\.yaml: webhooks\.triggers\[0\]\.id: "constructor" collides/
            )
        ]);
    });

    it("makes a path parameter required unless the spec gives a default", () => {
        const spec = parseProviderSpec(
            withOperation({
                id: "getUser",
                path: "/orgs/{orgId}/users/{userId}",
                parameters: [
                    { name: "orgId", type: "string", default: "me" },
                    { name: "userId", type: "integer" },
                    { name: "expand", type: "boolean" }
                ]
            })
        );
        expect(
            spec.operations[0].parameters.map((parameter) => [parameter.name, parameter.required])
        ).toEqual([
            ["orgId", false],
            ["userId", true],
            ["expand", false]
        ]);
    });

    it("refuses path templates the client cannot fill with one safe segment per placeholder", () => {
        expect(
            problemsOf({
                ...minimal,
                operations: [
                    {
                        id: "moveThing",
                        path: "/things/{id}/to/{id}",
                        parameters: [{ name: "id", type: "string", required: true }]
                    },
                    {
                        id: "patchThing",
                        path: "/things/{filter}/{tags}/{flag}/{maybe}",
                        parameters: [
                            { name: "filter", type: "object" },
                            { name: "tags", type: "array" },
                            { name: "flag", type: "boolean" },
                            { name: "maybe", type: "string", required: false }
                        ]
                    },
                    {
                        id: "readThing",
                        path: "/a/../b/{kind}/{part}/{x",
                        parameters: [
                            { name: "kind", type: "enum", values: ["one", ".."] },
                            { name: "part", type: "string", default: "." }
                        ]
                    }
                ]
            })
        ).toEqual([
            "acme.yaml: operations[0].path: placeholder {id} appears more than once; each parameter fills one place",
            expect.stringMatching(
                /^acme\.yaml: operations\[1\]\.parameters\[0\]\.type: is object, but \{filter\} in the path takes one segment/
            ),
            expect.stringMatching(/^acme\.yaml: operations\[1\]\.parameters\[1\]\.type: is array/),
            expect.stringMatching(
                /^acme\.yaml: operations\[1\]\.parameters\[2\]\.type: is boolean/
            ),
            "acme.yaml: operations[1].parameters[3].required: {maybe} is in the path, so it is always sent: drop `required: false` or give a default",
            "acme.yaml: operations[2].path: has a { or } that is not part of a {name} placeholder",
            "acme.yaml: operations[2].path: must not contain . or .. segments (the URL would resolve them away)",
            'acme.yaml: operations[2].parameters[0].values: ".." cannot fill the path segment {kind} (empty, . and .. change the URL\'s path)',
            'acme.yaml: operations[2].parameters[1].default: "." cannot fill the path segment {part} (empty, . and .. change the URL\'s path)'
        ]);
    });

    it.each([
        ["https://api.acme.example/v1?x=1"],
        ["https://api.acme.example/v1#f"],
        ["https://api.acme.example/v1?"]
    ])("refuses the baseUrl %s (every path would land in its query or fragment)", (baseUrl) => {
        expect(problemsOf({ ...minimal, baseUrl })).toEqual([
            "acme.yaml: baseUrl: must not contain ? or # (every operation's path is appended to it)"
        ]);
    });

    it("refuses header values fetch would throw on or change", () => {
        expect(
            problemsOf({
                ...minimal,
                auth: {
                    type: "api_key",
                    headerTemplate: "Bearer {{api_key}}\r\nX-Injected: 1",
                    additionalHeaders: {
                        "X-Emoji": "rocket 🚀",
                        "X-Wide": "Ā",
                        "X-Nul": "a\u0000b",
                        "X-Esc": "\u001b[2J",
                        "X-Padded": " v1",
                        "x-emoji": "again"
                    }
                }
            })
        ).toEqual([
            expect.stringMatching(
                /^acme\.yaml: auth\.headerTemplate: has the control character U\+000D at index 18/
            ),
            expect.stringMatching(
                /^acme\.yaml: auth\.additionalHeaders\["X-Emoji"\]: has U\+1F680 at index 7: header values may hold only Latin-1/
            ),
            expect.stringMatching(
                /^acme\.yaml: auth\.additionalHeaders\["X-Wide"\]: has U\+0100 at index 0/
            ),
            expect.stringMatching(
                /^acme\.yaml: auth\.additionalHeaders\["X-Nul"\]: has the control character U\+0000/
            ),
            expect.stringMatching(
                /^acme\.yaml: auth\.additionalHeaders\["X-Esc"\]: has the control character U\+001B/
            ),
            'acme.yaml: auth.additionalHeaders["X-Padded"]: starts or ends with a space or tab, which fetch strips: remove it',
            'acme.yaml: auth.additionalHeaders["x-emoji"]: repeats another additional header (header names ignore case)'
        ]);
    });

    it("accepts Latin-1 and tabs in header values, as fetch does", () => {
        const spec = parseProviderSpec({
            ...minimal,
            auth: {
                type: "api_key",
                headerTemplate: "Clé\t{{api_key}}",
                additionalHeaders: { "X-Name": "Café ©" }
            }
        });
        expect(spec.auth).toMatchObject({ headerTemplate: "Clé\t{{api_key}}" });
    });

    it("refuses integer defaults beyond Number.MAX_SAFE_INTEGER instead of writing a rounded number", () => {
        expect(
            problemsOf(
                withOperation({
                    id: "listThings",
                    parameters: [
                        { name: "after", type: "integer", default: 123456789012345678901234567890 },
                        { name: "ids", type: "array", items: "integer", default: [1, 2 ** 60] },
                        { name: "safe", type: "integer", default: Number.MAX_SAFE_INTEGER }
                    ]
                })
            )
        ).toEqual([
            expect.stringMatching(
                /^acme\.yaml: operations\[0\]\.parameters\[0\]\.default: 1\.2345678901234568e\+29 is beyond Number\.MAX_SAFE_INTEGER \(9007199254740991\)/
            ),
            expect.stringMatching(
                /^acme\.yaml: operations\[0\]\.parameters\[1\]\.default: 1152921504606847000 is beyond/
            )
        ]);
    });

    it("refuses parameter and pre-auth field names that repeat, also ignoring case", () => {
        expect(
            problemsOf({
                ...minimal,
                auth: {
                    ...oauth,
                    preAuthFields: [
                        { name: "subdomain", label: "Subdomain" },
                        { name: "subdomain", label: "Again" },
                        { name: "SubDomain", label: "Case" }
                    ]
                },
                operations: [
                    {
                        id: "getAccount",
                        parameters: [
                            { name: "accountId", type: "string" },
                            { name: "AccountId", type: "string" }
                        ]
                    }
                ]
            })
        ).toEqual([
            'acme.yaml: auth.preAuthFields[1].name: duplicate pre-auth field name "subdomain"',
            'acme.yaml: auth.preAuthFields[2].name: pre-auth field name "SubDomain" differs from "subdomain" only in case; such names are easily confused and collide where case is ignored',
            'acme.yaml: operations[0].parameters[1].name: parameter name "AccountId" differs from "accountId" only in case; such names are easily confused and collide where case is ignored'
        ]);
    });

    it("refuses authParams the OAuth service sets itself", () => {
        const authParams = Object.fromEntries(
            [
                "client_id",
                "redirect_uri",
                "state",
                "response_type",
                "scope",
                "code_challenge",
                "Code_Challenge_Method"
            ].map((key) => [key, "x"])
        );
        const problems = problemsOf({
            ...minimal,
            auth: { ...oauth, authParams: { ...authParams, prompt: "consent" } }
        });
        expect(problems).toHaveLength(7);
        expect(problems[0]).toBe(
            "acme.yaml: auth.authParams.client_id: the OAuth service sets client_id itself (from the app's client id from config); an authParams value would override it or be ignored — remove it"
        );
        expect(problems[6]).toMatch(
            /^acme\.yaml: auth\.authParams\.Code_Challenge_Method: the OAuth service sets code_challenge_method itself/
        );
    });
});
