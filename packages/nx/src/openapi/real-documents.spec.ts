import * as path from "path";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { mcpToolName } from "../model/names";
import { parseProviderSpec, type ProviderSpec } from "../model/provider-spec";
import { FlowmaestroError } from "../utils/errors";
import { REAL_DOCUMENTS, smallDocument, type RealDocument } from "./__fixtures__/real-documents";
import { loadOpenApiDocument } from "./load";
import { specFromOpenApi, type OpenApiImport } from "./provider-spec";
import type { ApiDocument } from "./api-document";

/**
 * The mapping on real public documents (Swagger 2.0, OpenAPI 3.0 and 3.1; OAuth2, API keys in a
 * header and in the query, bearer and basic; large documents filtered by tag or operationId).
 */

const tree = createTreeWithEmptyWorkspace();
const loaded = new Map<string, Promise<ApiDocument>>();

function load(file: string): Promise<ApiDocument> {
    if (!loaded.has(file)) loaded.set(file, loadOpenApiDocument(tree, file));
    return loaded.get(file)!;
}

const imports = new Map<string, { api: ApiDocument; result: OpenApiImport; spec: ProviderSpec }>();

async function imported(id: string) {
    if (!imports.has(id)) {
        const document = REAL_DOCUMENTS.find((entry) => entry.id === id)!;
        const api = await load(document.file);
        const result = specFromOpenApi(api, {
            selection: document.selection,
            providerId: document.id,
            source: path.basename(document.file)
        });
        imports.set(id, { api, result, spec: parseProviderSpec(result.spec, document.id) });
    }
    return imports.get(id)!;
}

function operation(spec: ProviderSpec, id: string) {
    const found = spec.operations.find((entry) => entry.id === id);
    if (!found)
        throw new Error(
            `no operation ${id} in ${spec.operations.map((entry) => entry.id).join(", ")}`
        );
    return found;
}

function parameter(spec: ProviderSpec, operationId: string, name: string) {
    const found = operation(spec, operationId).parameters.find((entry) => entry.name === name);
    if (!found) throw new Error(`no parameter ${name} in ${operationId}`);
    return found;
}

/** What an API key in a header parses to. */
function headerKey(headerName: string, headerTemplate: string) {
    return { type: "api_key", headerName, headerTemplate, in: "header" };
}

function refusal(run: () => unknown): FlowmaestroError {
    try {
        run();
    } catch (error) {
        expect(error).toBeInstanceOf(FlowmaestroError);
        return error as FlowmaestroError;
    }
    throw new Error("expected a refusal");
}

describe("OpenAPI import of real documents", () => {
    it("covers at least 20 documents of every version", async () => {
        expect(REAL_DOCUMENTS.length).toBeGreaterThanOrEqual(20);
        const versions = await Promise.all(
            REAL_DOCUMENTS.map(async (document) => (await load(document.file)).version)
        );
        expect(new Set(versions.map((version) => version.slice(0, 3)))).toEqual(
            new Set(["2.0", "3.0", "3.1"])
        );
    });

    describe.each(
        REAL_DOCUMENTS.map((document): [string, RealDocument] => [document.id, document])
    )("%s", (id) => {
        it("imports every selected operation into a valid spec whose warnings say where they apply", async () => {
            const { api, result, spec } = await imported(id);
            const document = REAL_DOCUMENTS.find((entry) => entry.id === id)!;
            const selected = document.selection.tags
                ? api.operations.filter((op) =>
                      op.tags.some((tag) => document.selection.tags!.includes(tag))
                  )
                : document.selection.operationIds
                  ? api.operations.filter((op) =>
                        document.selection.operationIds!.includes(op.operationId!)
                    )
                  : api.operations;
            const skipped = result.warnings.filter((warning) =>
                warning.includes("method and path: not imported")
            );
            expect(spec.operations.length + skipped.length).toBe(selected.length);
            expect(spec.operations.length).toBeGreaterThan(0);
            for (const op of spec.operations) {
                expect(mcpToolName(spec.id, op.id).length).toBeLessThanOrEqual(64);
                for (const { name, wireName } of op.parameters) {
                    if (wireName) {
                        expect(
                            result.warnings.some(
                                (warning) =>
                                    warning.includes(`called ${name} and sent as ${wireName}`) ||
                                    warning.includes(
                                        `called ${name} (it is still sent as ${wireName})`
                                    )
                            )
                        ).toBe(true);
                    }
                }
            }
            for (const warning of result.warnings) {
                expect(warning).toMatch(/^(auth|base URL): |^operations? [^:]+: [^:]+: /);
            }
        });
    });

    it("Swagger 2.0 petstore: the api_key header (the implicit OAuth2 flow cannot be used), its credential parameter and form bodies skipped with a note", async () => {
        const { spec, result } = await imported("swagger-petstore");
        expect(spec.baseUrl).toBe("https://petstore.swagger.io/v2");
        expect(spec.auth).toEqual(headerKey("api_key", "{{api_key}}"));
        expect(result.warnings).toContain(
            "auth: security scheme petstore_auth (OAuth2 implicit) cannot be expressed in the spec (it takes an OAuth2 authorization code flow, an API key in a header or the query, a bearer token or basic credentials)"
        );
        expect(operation(spec, "deletePet").parameters.map((p) => p.name)).toEqual(["petId"]);
        expect(result.warnings).toContain(
            "operation deletePet (DELETE /pet/{petId}): parameter api_key (header): not imported: it carries the credential of security scheme api_key, which the connection supplies"
        );
        expect(result.warnings.find((w) => w.startsWith("operation uploadFile"))).toMatch(
            /request body: its media type is multipart\/form-data/
        );
        expect(parameter(spec, "findPetsByStatus", "status")).toEqual({
            name: "status",
            type: "array",
            items: "string",
            required: true,
            description:
                "Status values that need to be considered for filter Allowed values: available, pending, sold."
        });
        // addPet's body is a Pet: one level of its properties, deeper ones as objects and arrays.
        expect(
            operation(spec, "addPet").parameters.map((p) => [p.name, p.type, p.items, p.required])
        ).toEqual([
            ["id", "integer", undefined, false],
            ["category", "object", undefined, false],
            ["name", "string", undefined, true],
            ["photoUrls", "array", "string", true],
            ["tags", "array", "object", false],
            ["status", "enum", undefined, false]
        ]);
    });

    it("Trello: the API key in the query, key and token parameters left to the connection, POST parameters sent where the document says", async () => {
        const { spec, result } = await imported("trello");
        expect(spec.auth).toEqual({
            type: "api_key",
            in: "query",
            queryParam: "key",
            headerName: "Authorization",
            headerTemplate: "Bearer {{api_key}}"
        });
        expect(result.warnings).toContain(
            "auth: chose api_key (API key in the key query parameter) over api_token (API key in the token query parameter)"
        );
        const addBoards = operation(spec, "addBoards");
        expect(addBoards.method).toBe("POST");
        expect(addBoards.parameters.map((p) => p.name)).not.toContain("key");
        expect(parameter(spec, "addBoards", "prefsBackground")).toMatchObject({
            wireName: "prefs/background"
        });
        expect(parameter(spec, "getBoardsByIdBoard", "idBoard").required).toBe(true);
        expect(operation(spec, "getBoardsByIdBoard").path).toBe("/boards/{idBoard}");
    });

    it("Slack: OAuth2 with the scopes of the chat operations only", async () => {
        const { spec, api } = await imported("slack-web");
        const auth = spec.auth as Extract<ProviderSpec["auth"], { type: "oauth2" }>;
        expect(auth).toMatchObject({
            type: "oauth2",
            authUrl: "https://slack.com/oauth/authorize",
            tokenUrl: "https://slack.com/api/oauth.access"
        });
        expect(auth.scopes).toEqual(expect.arrayContaining(["chat:write:user", "chat:write:bot"]));
        const flow = api.securitySchemes.slackAuth;
        const declared =
            flow.type === "oauth2" ? Object.keys(flow.flows.authorizationCode!.scopes) : [];
        expect(auth.scopes.length).toBeLessThan(declared.length / 4);
        expect(operation(spec, "chatPostMessage")).toMatchObject({
            method: "POST",
            path: "/chat.postMessage",
            actionType: "write"
        });
    });

    it("GitHub: one tag of 845 operations, no security scheme declared, oneOf widened with a warning", async () => {
        const { spec, result } = await imported("github");
        expect(spec.operations.length).toBe(40);
        expect(spec.auth).toEqual(headerKey("Authorization", "Bearer {{api_key}}"));
        expect(result.warnings).toContain(
            "auth: the document declares no security scheme; the spec uses an API key in the Authorization header (Bearer) — set --authType and its flags if the API wants something else"
        );
        expect(operation(spec, "issuesCreate")).toMatchObject({
            method: "POST",
            path: "/repos/{owner}/{repo}/issues",
            category: "issues"
        });
        expect(parameter(spec, "issuesCreate", "title")).toMatchObject({
            type: "string",
            required: true
        });
        expect(result.warnings).toContain(
            "operations issues/create, issues/update: parameter title (body): oneOf string | integer became string, the widest type that fits; check the values the API accepts"
        );
    });

    it("Stripe: operations picked by operationId from an untagged document, bearer preferred to basic, form bodies noted", async () => {
        const { spec, result } = await imported("stripe");
        expect(spec.operations.map((op) => op.id)).toEqual([
            "getCustomers",
            "postCustomers",
            "getCustomersCustomer",
            "deleteCustomersCustomer"
        ]);
        expect(spec.auth).toEqual(headerKey("Authorization", "Bearer {{api_key}}"));
        expect(result.warnings).toContain(
            "auth: chose bearerAuth (HTTP bearer token) over basicAuth (HTTP basic)"
        );
        expect(
            result.warnings.find((w) =>
                w.startsWith("operation PostCustomers (POST /v1/customers): request body:")
            )
        ).toMatch(/application\/x-www-form-urlencoded/);
    });

    it("Asana, Zoom: OAuth2 authorization code chosen over a personal token or client credentials", async () => {
        expect((await imported("asana")).result.warnings).toContain(
            "auth: chose oauth2 (OAuth2 authorization code) over personalAccessToken (HTTP bearer token)"
        );
        const zoom = await imported("zoom");
        expect(zoom.spec.auth).toMatchObject({
            type: "oauth2",
            authUrl: "https://zoom.us/oauth/authorize",
            tokenUrl: "https://zoom.us/oauth/token"
        });
    });

    it("STAPI, SendGrid: http servers upgraded to https with a warning, operations without an operationId named from method and path", async () => {
        const stapi = await imported("stapi");
        expect(stapi.spec.baseUrl).toBe("https://stapi.co/api/v1/rest");
        expect(stapi.result.warnings).toContain(
            "base URL: the document's URL http://stapi.co/api/v1/rest is http; the spec needs https, so it is https://stapi.co/api/v1/rest"
        );
        // The Character tag's three operations have no operationId.
        expect(stapi.result.warnings.filter((w) => w.includes("operationId: missing"))).toEqual([
            expect.stringMatching(
                /^operation GET \/character \(GET \/character\): operationId: missing; the operation's id is \w+ \(from the method and path\)$/
            ),
            expect.stringMatching(/^operation GET \/character\/search /),
            expect.stringMatching(/^operation POST \/character\/search /)
        ]);
        const sendgrid = await imported("sendgrid-v3");
        expect(sendgrid.spec.baseUrl).toBe("https://api.sendgrid.com/v3");
        expect(sendgrid.result.warnings).toContain(
            "base URL: the document's URL http://api.sendgrid.com/v3 is http; the spec needs https, so it is https://api.sendgrid.com/v3"
        );
    });

    it("USPTO and our own document: a server variable at its default, a scheme-less server made https", async () => {
        expect((await imported("uspto")).spec.baseUrl).toBe("https://developer.uspto.gov/ds-api");
        const file = smallDocument("server-url-without-scheme.json");
        const schemeless = specFromOpenApi(await load(file), {
            selection: {},
            providerId: "schemeless",
            source: path.basename(file)
        });
        expect(schemeless.spec.baseUrl).toBe("https://api.example.com/v1");
        expect(schemeless.warnings).toContain(
            "base URL: the server URL //api.example.com/v1 has no scheme; it is https://api.example.com/v1"
        );
    });

    it("Twilio, SendGrid, Adyen: basic credentials and API key headers with the caveats named", async () => {
        const twilio = await imported("twilio");
        expect(twilio.spec.auth).toEqual(headerKey("Authorization", "Basic {{api_key}}"));
        expect(twilio.result.warnings).toContain(
            "auth: accountSid_authToken is HTTP basic: the connection's API key must be base64 of username:password"
        );
        const sendgrid = await imported("sendgrid-v3");
        expect(sendgrid.spec.auth).toEqual(headerKey("Authorization", "{{api_key}}"));
        expect(
            sendgrid.result.warnings.some((w) =>
                w.startsWith(
                    "auth: Authorization sends the API key as the whole Authorization header"
                )
            )
        ).toBe(true);
        expect((await imported("adyen-checkout")).spec.auth).toEqual(
            headerKey("X-API-Key", "{{api_key}}")
        );
    });

    it("ReadMe (3.1): a body property named like a path parameter is renamed, not dropped, and still sent under its name", async () => {
        const { spec, result } = await imported("readme");
        const update = operation(spec, "updateCategory");
        expect(update.path).toBe("/branches/{branch}/categories/{section}/{title}");
        expect(parameter(spec, "updateCategory", "title")).toMatchObject({
            type: "string",
            required: true
        });
        expect(parameter(spec, "updateCategory", "bodyTitle")).toMatchObject({ wireName: "title" });
        expect(result.warnings).toContain(
            "operation updateCategory (PATCH /branches/{branch}/categories/{section}/{title}): parameter title (body): its name title is taken by the path parameter title; it is called bodyTitle (it is still sent as title)"
        );
    });

    it("Train Travel (3.1): OAuth2 authorization code with the operations' scopes", async () => {
        expect((await imported("train-travel")).spec.auth).toEqual({
            type: "oauth2",
            authUrl: "https://example.com/oauth/authorize",
            tokenUrl: "https://example.com/oauth/token",
            scopes: ["read", "write"],
            pkce: false,
            refreshable: true,
            preAuthFields: []
        });
    });

    it("refuses a large document without a selection, listing its tags with their operation counts", async () => {
        const github = REAL_DOCUMENTS.find((document) => document.id === "github")!;
        const api = await load(github.file);
        const error = refusal(() =>
            specFromOpenApi(api, { selection: {}, source: "api.github.com.json" })
        );
        expect(error.message.split("\n")[0]).toBe(
            "api.github.com.json has 845 operations; choose some with --tags or --openapiOperations (operationIds); nothing was written. Its tags:"
        );
        expect(error.problems).toContain("issues (40)");
        expect(error.problems).toHaveLength(new Set(api.operations.flatMap((op) => op.tags)).size);
    });

    it("refuses an unknown tag or operationId, naming what the document has", async () => {
        const api = await load(REAL_DOCUMENTS.find((document) => document.id === "stripe")!.file);
        expect(
            refusal(() =>
                specFromOpenApi(api, {
                    selection: { operationIds: ["GetCustomer"] },
                    source: "stripe.json"
                })
            ).problems
        ).toEqual([
            expect.stringMatching(
                /^--openapiOperations: "GetCustomer" is not an operationId of stripe\.json; similar: GetCustomers, GetCustomersSearch, GetCustomersCustomer, /
            )
        ]);
        const box = await load(REAL_DOCUMENTS.find((document) => document.id === "box")!.file);
        expect(
            refusal(() =>
                specFromOpenApi(box, {
                    selection: { tags: ["File"] },
                    source: "box.json"
                })
            ).problems[0]
        ).toMatch(
            /^--tags: "File" is not a tag of box\.json; its tags: Authorization \(4\), .*, Files \(6\), /
        );
    });

    it("refuses a relative server URL, asking for --baseUrl, and accepts the flag instead", async () => {
        const api = await load(smallDocument("relative-server-url.json"));
        const selection = { operationIds: [api.operations[0].operationId!] };
        expect(
            refusal(() => specFromOpenApi(api, { selection, source: "relative-server-url.json" }))
                .message
        ).toBe(
            'relative-server-url.json: its server URL "/" is relative; pass --baseUrl https://... (nothing was written).'
        );
        expect(
            specFromOpenApi(api, { selection, source: "x", baseUrl: "https://alerts.example" }).spec
                .baseUrl
        ).toBe("https://alerts.example");
    });

    it("derives the provider id and display name from the title when none is given", async () => {
        const api = await load(
            REAL_DOCUMENTS.find((document) => document.id === "slack-web")!.file
        );
        const { spec } = specFromOpenApi(api, {
            selection: { tags: ["chat"] },
            source: "slack.json"
        });
        expect([api.title, spec.id, spec.displayName]).toEqual(["Slack Web API", "slack", "Slack"]);
    });
});
