import type { OpenAPI } from "openapi-types";
import { mcpToolName } from "../model/names";
import { parseProviderSpec } from "../model/provider-spec";
import { apiDocumentFrom, type Schema } from "./api-document";
import { fitToolName, operationIdFor, parameterNameFor } from "./identifiers";
import { operationsFromOpenApi } from "./operations";
import { displayNameFrom, providerIdFrom, specFromOpenApi } from "./provider-spec";
import { MAX_ALLOF_DEPTH, parameterShape } from "./schema";

/** The mapping's pieces on small excerpts shaped like the real documents they come from. */

function openapi(paths: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    return apiDocumentFrom({
        openapi: "3.0.3",
        info: { title: "Acme API", version: "1" },
        servers: [{ url: "https://api.acme.example/v1" }],
        paths,
        ...extra
    } as OpenAPI.Document);
}

describe("parameterShape", () => {
    it("merges allOf parts and keeps the description", () => {
        expect(
            parameterShape({
                allOf: [
                    { type: "string", enum: ["open", "closed"] },
                    { description: "State of the issue" }
                ]
            })
        ).toEqual({
            shape: { type: "enum", values: ["open", "closed"], description: "State of the issue" },
            remarks: []
        });
    });

    it("widens oneOf: integer and number quietly, string and object with a remark", () => {
        expect(parameterShape({ oneOf: [{ type: "integer" }, { type: "number" }] }).shape).toEqual({
            type: "number"
        });
        expect(
            parameterShape({ oneOf: [{ type: "string" }, { type: "object", properties: {} }] })
        ).toEqual({
            shape: { type: "object" },
            remarks: [
                "oneOf string | object became object, the widest type that fits; check the values the API accepts"
            ]
        });
        expect(parameterShape({ anyOf: [{ type: "string" }, { type: "null" }] })).toEqual({
            shape: { type: "string" },
            remarks: []
        });
    });

    it("reads 3.1 type lists and const", () => {
        expect(parameterShape({ type: ["integer", "null"], default: 20 }).shape).toEqual({
            type: "integer",
            default: 20
        });
        expect(parameterShape({ const: "v1" }).shape).toEqual({ type: "enum", values: ["v1"] });
    });

    it("keeps enums a spec can hold and describes the others", () => {
        expect(parameterShape({ type: "string", enum: ["", "asc", "desc"] }).shape).toEqual({
            type: "string",
            description: "Allowed values: , asc, desc."
        });
        expect(parameterShape({ type: "integer", enum: [1, 2] }, "Page size").shape).toEqual({
            type: "integer",
            description: "Page size Allowed values: 1, 2."
        });
    });

    it("drops a default the type cannot hold, and skips arrays of arrays", () => {
        expect(
            parameterShape({ type: "array", items: { type: "string" }, default: "a,b" })
        ).toEqual({
            shape: { type: "array", items: "string" },
            remarks: ['its default "a,b" does not fit an array parameter; it was left out']
        });
        expect(
            parameterShape({ type: "array", items: { type: "array", items: { type: "number" } } })
        ).toEqual({
            remarks: ["is an array of arrays, which a spec parameter cannot type; it was skipped"]
        });
    });

    it("stops at circular schemas", () => {
        const node: Record<string, unknown> = { type: "object" };
        node.properties = { child: node };
        node.allOf = [node];
        expect(parameterShape(node as never).shape).toEqual({ type: "object" });
    });
});

describe("query serialisation the client does not do", () => {
    const list = { type: "array", items: { type: "integer" } };

    it("names Swagger 2.0 array parameters that are not collectionFormat multi (the default is csv)", () => {
        const api = apiDocumentFrom({
            swagger: "2.0",
            info: { title: "Acme", version: "1" },
            host: "api.acme.example",
            paths: {
                "/things": {
                    get: {
                        operationId: "listThings",
                        parameters: [
                            { name: "ids", in: "query", ...list },
                            { name: "tags", in: "query", ...list, collectionFormat: "pipes" },
                            { name: "labels", in: "query", ...list, collectionFormat: "multi" }
                        ],
                        responses: {}
                    }
                }
            }
        } as OpenAPI.Document);
        const { warnings } = operationsFromOpenApi(api, {}, { providerId: "acme" });
        expect(warnings).toEqual([
            "operation listThings (GET /things): parameter ids (query): the API takes comma-separated values in one query parameter, and the generated client repeats the parameter once per value (name=1&name=2); join the values in the client by hand",
            "operation listThings (GET /things): parameter tags (query): the API takes pipe-separated values in one query parameter, and the generated client repeats the parameter once per value (name=1&name=2); join the values in the client by hand"
        ]);
    });

    it("names OpenAPI 3 parameters with explode: false or style: deepObject", () => {
        const filter = { type: "object", properties: { state: { type: "string" } } };
        const api = openapi({
            "/things": {
                get: {
                    operationId: "listThings",
                    parameters: [
                        { name: "ids", in: "query", schema: list, explode: false },
                        { name: "labels", in: "query", schema: list },
                        { name: "filter", in: "query", schema: filter, style: "deepObject" }
                    ],
                    responses: {}
                }
            }
        });
        const { warnings } = operationsFromOpenApi(api, {}, { providerId: "acme" });
        expect(warnings).toEqual([
            expect.stringMatching(
                /^operation listThings \(GET \/things\): parameter ids \(query\): the API takes comma-separated values in one query parameter/
            ),
            "operation listThings (GET /things): parameter filter (query): the API takes name[key]=value pairs (style: deepObject), and the generated client sends the object as JSON text; serialise it in the client by hand"
        ]);
    });
});

describe("allOf reuse and depth", () => {
    /** Level n is the allOf of level n-1 twice over (directly and inside another part): a tree of 2^depth merges. */
    function reusedBody(depth: number): Schema {
        let level: Schema = { type: "object", properties: { p0: { type: "string" } } };
        for (let n = 1; n <= depth; n++) {
            level = {
                allOf: [level, { allOf: [level], properties: { [`p${n}`]: { type: "integer" } } }]
            };
        }
        return level;
    }

    function bodyOperation(schema: Schema) {
        return openapi({
            "/things": {
                post: {
                    operationId: "createThing",
                    requestBody: { content: { "application/json": { schema } } },
                    responses: {}
                }
            }
        });
    }

    it("merges schemas that reuse each other once each, however often they are reused", () => {
        const api = bodyOperation(reusedBody(40));
        const { operations } = operationsFromOpenApi(api, {}, { providerId: "acme" });
        expect(operations[0].parameters?.map((parameter) => parameter.name)).toHaveLength(41);
    });

    it("refuses allOf nested deeper than any API needs, naming the operation", () => {
        let schema: Schema = { type: "object", properties: { id: { type: "string" } } };
        for (let n = 0; n <= MAX_ALLOF_DEPTH; n++) schema = { allOf: [schema], title: `Level${n}` };
        expect(() =>
            operationsFromOpenApi(bodyOperation(schema), {}, { providerId: "acme" })
        ).toThrow(
            /^operation createThing \(POST \/things\): a schema \("Level\d+"\) nests allOf more than 64 levels deep, which no API needs; the document cannot be imported; nothing was written\.$/
        );
    });
});

describe("identifiers", () => {
    it("makes camelCase operation ids from operationIds, or from the method and path", () => {
        expect(
            operationIdFor({ operationId: "chat.postMessage", method: "post", path: "/x" })
        ).toBe("chatPostMessage");
        expect(
            operationIdFor({ operationId: "issues/list-for-repo", method: "get", path: "/x" })
        ).toBe("issuesListForRepo");
        expect(operationIdFor({ operationId: "GET_USERS", method: "get", path: "/x" })).toBe(
            "getUsers"
        );
        expect(operationIdFor({ operationId: "3dSecure", method: "get", path: "/x" })).toBe(
            "op3dSecure"
        );
        expect(operationIdFor({ operationId: "delete", method: "delete", path: "/x" })).toBe(
            "deleteOperation"
        );
        expect(operationIdFor({ method: "get", path: "/users/{user_id}/repos" })).toBe(
            "getUsersByUserIdRepos"
        );
    });

    it("makes identifiers of wire names", () => {
        expect(
            ["page[size]", "api-version", "$filter", "default", "per_page", "2fa"].map(
                parameterNameFor
            )
        ).toEqual(["pageSize", "apiVersion", "filter", "defaultParam", "per_page", "p2fa"]);
    });

    it("shortens ids to fit the 64-character MCP tool name, deterministically and distinctly", () => {
        const a = "listRepositoryInvitationsForTheAuthenticatedUserAcrossAllOrganizations";
        const b = "listRepositoryInvitationsForTheAuthenticatedUserAcrossAllEnterprises";
        const fittedA = fitToolName("github-enterprise", a)!;
        expect(mcpToolName("github-enterprise", fittedA)).toHaveLength(64);
        expect(fitToolName("github-enterprise", a)).toBe(fittedA);
        expect(fitToolName("github-enterprise", b)).not.toBe(fittedA);
        expect(fitToolName("github", "listIssues")).toBe("listIssues");
    });

    it("derives a provider id and display name from a title", () => {
        expect(providerIdFrom("GitHub v3 REST API")).toBe("github");
        expect(providerIdFrom("Box Platform API")).toBe("box-platform");
        expect(providerIdFrom("1Forge Finance APIs")).toBeUndefined();
        // A title naming object machinery gives no id (the user is asked for one).
        expect(providerIdFrom("Constructor API")).toBeUndefined();
        expect(displayNameFrom("Twilio - Api")).toBe("Twilio");
        expect(displayNameFrom("Slack Web API")).toBe("Slack");
    });
});

describe("operations", () => {
    const api = openapi({
        "/boards/{id}": {
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            post: {
                operationId: "updateBoard",
                tags: ["Boards"],
                parameters: [
                    { name: "id", in: "query", schema: { type: "integer" } },
                    {
                        name: "X-Request-Id",
                        in: "header",
                        required: true,
                        schema: { type: "string" }
                    },
                    { name: "page[size]", in: "query", schema: { type: "integer", default: 20 } }
                ],
                requestBody: {
                    required: true,
                    content: {
                        "application/json": {
                            schema: {
                                type: "object",
                                required: ["name"],
                                properties: {
                                    id: { type: "string", readOnly: true },
                                    name: { type: "string" },
                                    page: { type: "integer" },
                                    prefs: {
                                        type: "object",
                                        description: "Board preferences",
                                        properties: { color: { type: "string" } }
                                    }
                                }
                            }
                        }
                    }
                }
            },
            delete: {
                operationId: "deleteBoard",
                requestBody: {
                    content: {
                        "application/json": {
                            schema: { type: "object", properties: { reason: { type: "string" } } }
                        }
                    }
                }
            }
        },
        "/boards/{boardId}/lists/{listId}": {
            get: {
                operationId: "getList",
                parameters: [
                    { name: "boardId", in: "path", required: true, schema: { type: "string" } }
                ]
            }
        }
    });

    it("keeps every parameter: path first, a clashing query parameter renamed but sent under its wire name, body properties one level deep", () => {
        const { operations, warnings } = operationsFromOpenApi(api, {}, { providerId: "acme" });
        expect(operations[0]).toEqual({
            id: "updateBoard",
            category: "boards",
            actionType: "write",
            method: "POST",
            path: "/boards/{id}",
            parameters: [
                { name: "id", type: "string", required: true },
                { name: "queryId", type: "integer", in: "query", wireName: "id" },
                {
                    name: "pageSize",
                    type: "integer",
                    default: 20,
                    in: "query",
                    wireName: "page[size]"
                },
                { name: "name", type: "string", required: true },
                { name: "page", type: "integer" },
                { name: "prefs", type: "object", description: "Board preferences" }
            ]
        });
        expect(warnings).toEqual([
            "operation updateBoard (POST /boards/{id}): parameter X-Request-Id (header): header parameters are not imported (the client sends only its auth and JSON headers); the API requires it, so add it to the client by hand",
            "operation updateBoard (POST /boards/{id}): parameter id (query): its name id is taken by the path parameter id; it is called queryId (it is still sent as id)",
            'operation updateBoard (POST /boards/{id}): parameter page[size] (query): "page[size]" is not an identifier; the parameter is called pageSize and sent as page[size]',
            "operation getList (GET /boards/{boardId}/lists/{listId}): parameter listId (path): the path has this placeholder but the document does not declare it; it became a required string"
        ]);
        expect(operations[1].parameters).toEqual([
            { name: "id", type: "string", required: true },
            { name: "reason", type: "string", in: "body" }
        ]);
        expect(() =>
            parseProviderSpec({
                id: "acme",
                baseUrl: "https://a.example",
                auth: { type: "api_key" },
                operations
            })
        ).not.toThrow();
    });

    it("gives operations without an operationId and colliding ids unique ids, saying so", () => {
        const collide = openapi({
            "/a": { get: { operationId: "list-items" }, post: { operationId: "listItems" } },
            "/b": { get: {} }
        });
        const { operations, warnings } = operationsFromOpenApi(
            collide,
            {},
            { providerId: "acme", takenIds: ["getB"] }
        );
        expect(operations.map((operation) => operation.id)).toEqual([
            "listItems",
            "listItems2",
            "getB2"
        ]);
        expect(warnings).toContain(
            "operation listItems (POST /a): operationId: listItems is already an operation id (ignoring case); this one is listItems2"
        );
        expect(warnings).toContain(
            "operation GET /b (GET /b): operationId: missing; the operation's id is getB (from the method and path)"
        );
    });
});

describe("Swagger 2.0 and auth", () => {
    const swagger = apiDocumentFrom({
        swagger: "2.0",
        info: { title: "Acme CRM API", version: "2" },
        host: "api.acme.example",
        basePath: "/crm",
        schemes: ["http", "https"],
        securityDefinitions: {
            key: { type: "apiKey", in: "header", name: "X-Acme-Key" },
            oauth: {
                type: "oauth2",
                flow: "accessCode",
                authorizationUrl: "https://acme.example/oauth/authorize",
                tokenUrl: "/oauth/token",
                scopes: { "contacts:read": "", "contacts:write": "", admin: "" }
            }
        },
        security: [{ key: [] }, { oauth: ["contacts:read"] }],
        paths: {
            "/contacts": {
                get: {
                    operationId: "listContacts",
                    parameters: [
                        { name: "tags", in: "query", type: "array", items: { type: "string" } }
                    ]
                },
                post: {
                    operationId: "createContact",
                    security: [{ oauth: ["contacts:write"] }],
                    parameters: [
                        {
                            name: "body",
                            in: "body",
                            schema: { type: "object", properties: { email: { type: "string" } } }
                        }
                    ]
                }
            },
            "/contacts/import": {
                post: {
                    operationId: "importContacts",
                    consumes: ["multipart/form-data"],
                    parameters: [{ name: "file", in: "formData", type: "file" }]
                }
            }
        }
    } as unknown as OpenAPI.Document);

    it("reads host, basePath and schemes, body and form parameters; prefers OAuth2 with the selected operations' scopes", () => {
        const { spec, warnings } = specFromOpenApi(swagger, { selection: {}, source: "acme.json" });
        expect(spec).toMatchObject({
            id: "acme-crm",
            displayName: "Acme CRM",
            baseUrl: "https://api.acme.example/crm",
            auth: {
                type: "oauth2",
                authUrl: "https://acme.example/oauth/authorize",
                tokenUrl: "https://api.acme.example/oauth/token",
                scopes: ["contacts:read", "contacts:write"]
            }
        });
        expect(spec.operations.map((operation) => operation.parameters)).toEqual([
            [{ name: "tags", type: "array", items: "string" }],
            [{ name: "email", type: "string" }],
            []
        ]);
        expect(warnings).toEqual([
            "auth: chose oauth (OAuth2 authorization code) over key (API key in the X-Acme-Key header)",
            "operation listContacts (GET /contacts): parameter tags (query): the API takes comma-separated values in one query parameter, and the generated client repeats the parameter once per value (name=1&name=2); join the values in the client by hand",
            "operation importContacts (POST /contacts/import): request body: its media type is multipart/form-data, and the generated client sends JSON; its fields were not imported — add them and the encoding to the client by hand"
        ]);
    });

    it("keeps OAuth2 for an operation that allows either scheme, and takes a query API key when it is the only scheme", () => {
        const { spec } = specFromOpenApi(swagger, {
            selection: { operationIds: ["listContacts"] },
            source: "acme.json"
        });
        expect(spec.auth).toMatchObject({ type: "oauth2", scopes: ["contacts:read"] });
        const keyOnly = apiDocumentFrom({
            swagger: "2.0",
            info: { title: "K", version: "1" },
            host: "k.example",
            securityDefinitions: { key: { type: "apiKey", in: "query", name: "api_key" } },
            paths: { "/x": { get: { operationId: "getX" } } }
        } as unknown as OpenAPI.Document);
        expect(specFromOpenApi(keyOnly, { selection: {}, source: "k.json" }).spec.auth).toEqual({
            type: "api_key",
            in: "query",
            queryParam: "api_key"
        });
    });
});
