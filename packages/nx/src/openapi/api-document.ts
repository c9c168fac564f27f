import type { OpenAPI, OpenAPIV2, OpenAPIV3 } from "openapi-types";
import { FlowmaestroError } from "../utils/errors";

/**
 * One view of a dereferenced OpenAPI 3.0/3.1 or Swagger 2.0 document: what the mapping to a
 * provider spec reads, with the version differences (host/basePath, securityDefinitions, body and
 * formData parameters) settled here and nowhere else.
 */

/** A dereferenced JSON schema (3.1: JSON Schema 2020-12; 3.0 and 2.0: their subsets). */
export interface Schema {
    type?: string | string[];
    format?: string;
    enum?: unknown[];
    const?: unknown;
    default?: unknown;
    description?: string;
    title?: string;
    nullable?: boolean;
    readOnly?: boolean;
    items?: Schema;
    properties?: Record<string, Schema>;
    required?: string[];
    additionalProperties?: boolean | Schema;
    allOf?: Schema[];
    oneOf?: Schema[];
    anyOf?: Schema[];
}

export type ApiParameterLocation = "path" | "query" | "header" | "cookie";

/** How a query value that is a list or an object is written: OpenAPI 3's `style` and `explode`. */
export interface QueryStyle {
    style: string;
    explode: boolean;
}

export interface ApiParameter {
    name: string;
    in: ApiParameterLocation;
    required: boolean;
    description?: string;
    schema: Schema;
    /** Query parameters only; Swagger 2.0's `collectionFormat` as its OpenAPI 3 equivalent. */
    queryStyle?: QueryStyle;
}

export interface ApiRequestBody {
    /** Media types the operation accepts, in document order. */
    contentTypes: string[];
    /** The JSON media type's schema, when the body can be sent as JSON. */
    jsonSchema?: Schema;
    /** True when the body's schema declares nothing to send (Stripe's GET operations have such bodies). */
    empty: boolean;
    required: boolean;
    description?: string;
}

/** `{ schemeName: [scopes] }`: all of one requirement's schemes apply together. */
export type SecurityRequirement = Record<string, string[]>;

export interface OAuthFlow {
    authorizationUrl?: string;
    tokenUrl?: string;
    refreshUrl?: string;
    scopes: Record<string, string>;
}

export type SecurityScheme =
    | { type: "apiKey"; name: string; in: string; description?: string }
    | { type: "http"; scheme: string; bearerFormat?: string; description?: string }
    | {
          type: "oauth2";
          flows: {
              authorizationCode?: OAuthFlow;
              implicit?: OAuthFlow;
              password?: OAuthFlow;
              clientCredentials?: OAuthFlow;
          };
          description?: string;
      }
    | { type: "openIdConnect" | "mutualTLS"; description?: string };

export interface ApiServer {
    url: string;
    /** Variable name -> default value (3.x); Swagger 2.0 servers have none. */
    variables: Record<string, { default?: string; enum?: string[] }>;
}

export const API_METHODS = [
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace"
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export interface ApiOperation {
    method: ApiMethod;
    path: string;
    operationId?: string;
    summary?: string;
    description?: string;
    tags: string[];
    deprecated: boolean;
    /** Path-level and operation-level parameters, the operation's winning on the same name and place. */
    parameters: ApiParameter[];
    requestBody?: ApiRequestBody;
    /** The operation's own requirements, else the document's; `[]` means explicitly none. */
    security?: SecurityRequirement[];
    /** Servers of the path item or operation, when they replace the document's. */
    servers: ApiServer[];
}

export interface ApiDocument {
    /** `2.0`, `3.0.3`, `3.1.0`, ... */
    version: string;
    title?: string;
    description?: string;
    docsUrl?: string;
    servers: ApiServer[];
    securitySchemes: Record<string, SecurityScheme>;
    operations: ApiOperation[];
}

type Raw = Record<string, unknown>;

function record(value: unknown): Raw | undefined {
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? (value as Raw)
        : undefined;
}

function text(value: unknown): string | undefined {
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function list<T>(value: unknown): T[] {
    return Array.isArray(value) ? (value as T[]) : [];
}

/** `#/paths/~1boards/get/summary` */
export function jsonPointer(keys: ReadonlyArray<string | number>): string {
    return `#${keys.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("")}`;
}

/**
 * Refuses values of the wrong kind where the mapping reads them (a `description` that is not a
 * string, an `allOf` that is not a list, a media type that is a number), naming the place: one
 * clear message instead of a TypeError deep in the mapping.
 */
class ShapeCheck {
    /** Dereferenced schemas are shared and may be circular: each is checked once. */
    private readonly checked = new WeakSet<object>();

    constructor(private readonly source: string) {}

    fail(keys: ReadonlyArray<string | number>, problem: string): never {
        throw new FlowmaestroError(
            `${this.source}: ${jsonPointer(keys)}: ${problem}; nothing was written.`
        );
    }

    strings(value: unknown, keys: Array<string | number>): void {
        if (value === undefined) return;
        if (!Array.isArray(value)) this.fail(keys, "must be a list of strings");
        value.forEach((item, index) => {
            if (typeof item !== "string") this.fail([...keys, index], "must be a string");
        });
    }

    /** A JSON schema (3.1 also allows `true` and `false`) with the keywords the mapping reads well-typed. */
    schema(value: unknown, keys: Array<string | number>): void {
        if (typeof value === "boolean") return;
        const schema = record(value);
        if (!schema) this.fail(keys, "must be a schema (an object)");
        if (this.checked.has(schema)) return;
        this.checked.add(schema);
        for (const key of ["description", "title", "format"]) {
            if (schema[key] !== undefined && typeof schema[key] !== "string") {
                this.fail([...keys, key], "must be a string");
            }
        }
        if (schema.type !== undefined && typeof schema.type !== "string") {
            this.strings(schema.type, [...keys, "type"]);
        }
        if (schema.enum !== undefined && !Array.isArray(schema.enum)) {
            this.fail([...keys, "enum"], "must be a list");
        }
        this.strings(schema.required, [...keys, "required"]);
        for (const key of ["allOf", "oneOf", "anyOf"]) {
            if (schema[key] === undefined) continue;
            if (!Array.isArray(schema[key])) this.fail([...keys, key], "must be a list of schemas");
            schema[key].forEach((part, index) => this.schema(part, [...keys, key, index]));
        }
        if (schema.properties !== undefined) {
            const properties = record(schema.properties);
            if (!properties) this.fail([...keys, "properties"], "must be an object of schemas");
            for (const [name, property] of Object.entries(properties)) {
                this.schema(property, [...keys, "properties", name]);
            }
        }
        if (schema.items !== undefined) this.schema(schema.items, [...keys, "items"]);
        if (schema.additionalProperties !== undefined) {
            this.schema(schema.additionalProperties, [...keys, "additionalProperties"]);
        }
    }

    /** A parameter's description, and its schema (3.x) or its body schema and items (2.0). */
    parameters(value: unknown, keys: Array<string | number>): void {
        list<unknown>(value).forEach((item, index) => {
            const parameter = record(item);
            if (!parameter) return;
            const at = [...keys, index];
            if (parameter.description !== undefined && typeof parameter.description !== "string") {
                this.fail([...at, "description"], "must be a string");
            }
            if (parameter.schema !== undefined) this.schema(parameter.schema, [...at, "schema"]);
            if (parameter.items !== undefined) this.schema(parameter.items, [...at, "items"]);
        });
    }
}

/** `application/json`, `application/vnd.api+json`, `text/json`, `*\/*`: a body fetch can send as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
    const type = mediaType.split(";")[0].trim().toLowerCase();
    return type === "*/*" || type === "application/*" || /^[a-z]+\/([\w.-]+\+)?json$/.test(type);
}

/** An object schema with no properties and no others allowed: a body with nothing in it. */
function isEmptyObject(schema: Schema | undefined): boolean {
    return (
        schema !== undefined &&
        schema.type === "object" &&
        Object.keys(schema.properties ?? {}).length === 0 &&
        !schema.allOf &&
        !schema.oneOf &&
        !schema.anyOf &&
        (schema.additionalProperties === undefined || schema.additionalProperties === false)
    );
}

function documentInfo(document: Raw): Pick<ApiDocument, "title" | "description" | "docsUrl"> {
    const info = record(document.info) ?? {};
    return {
        title: text(info.title),
        description: text(info.description),
        docsUrl: text(record(document.externalDocs)?.url)
    };
}

function securityRequirements(value: unknown): SecurityRequirement[] | undefined {
    if (!Array.isArray(value)) return undefined;
    return value.map((requirement) =>
        Object.fromEntries(
            Object.entries(record(requirement) ?? {}).map(([name, scopes]) => [
                name,
                list<unknown>(scopes).filter((scope): scope is string => typeof scope === "string")
            ])
        )
    );
}

function scopesOf(value: unknown): Record<string, string> {
    return Object.fromEntries(
        Object.entries(record(value) ?? {}).map(([scope, description]) => [
            scope,
            String(description ?? "")
        ])
    );
}

function oauthFlow(value: unknown): OAuthFlow | undefined {
    const flow = record(value);
    if (!flow) return undefined;
    return {
        authorizationUrl: text(flow.authorizationUrl),
        tokenUrl: text(flow.tokenUrl),
        refreshUrl: text(flow.refreshUrl),
        scopes: scopesOf(flow.scopes)
    };
}

/** Parameters of a path item and of its operation; the operation's win on the same name and place. */
function mergedParameters(pathLevel: unknown, operationLevel: unknown): Raw[] {
    const merged = new Map<string, Raw>();
    for (const parameter of [...list<unknown>(pathLevel), ...list<unknown>(operationLevel)]) {
        const raw = record(parameter);
        if (raw && typeof raw.name === "string") merged.set(`${String(raw.in)} ${raw.name}`, raw);
    }
    return [...merged.values()];
}

/** OpenAPI 3: `form` unless said otherwise, exploded (the key repeated) only for `form` by default. */
function queryStyle3(raw: Raw): QueryStyle {
    const style = typeof raw.style === "string" ? raw.style : "form";
    return { style, explode: typeof raw.explode === "boolean" ? raw.explode : style === "form" };
}

/** Swagger 2.0's collectionFormat (default csv) as an OpenAPI 3 style. */
const COLLECTION_FORMATS: Record<string, QueryStyle> = {
    csv: { style: "form", explode: false },
    ssv: { style: "spaceDelimited", explode: false },
    tsv: { style: "tabDelimited", explode: false },
    pipes: { style: "pipeDelimited", explode: false },
    multi: { style: "form", explode: true }
};

function queryStyle2(raw: Raw): QueryStyle {
    return COLLECTION_FORMATS[String(raw.collectionFormat ?? "csv")] ?? COLLECTION_FORMATS.csv;
}

function apiParameter(
    raw: Raw,
    schema: Schema,
    queryStyle: (raw: Raw) => QueryStyle
): ApiParameter | undefined {
    const location = raw.in;
    if (
        location !== "path" &&
        location !== "query" &&
        location !== "header" &&
        location !== "cookie"
    ) {
        return undefined;
    }
    return {
        name: raw.name as string,
        in: location,
        required: location === "path" || raw.required === true,
        description: text(raw.description),
        schema,
        queryStyle: location === "query" ? queryStyle(raw) : undefined
    };
}

/** Each operation of the document, its parameters' shapes checked first. */
function eachOperation(
    document: Raw,
    check: ShapeCheck,
    build: (method: ApiMethod, path: string, operation: Raw, pathItem: Raw) => ApiOperation
): ApiOperation[] {
    const operations: ApiOperation[] = [];
    for (const [path, item] of Object.entries(record(document.paths) ?? {})) {
        const pathItem = record(item);
        if (!pathItem) continue;
        check.parameters(pathItem.parameters, ["paths", path, "parameters"]);
        for (const method of API_METHODS) {
            const operation = record(pathItem[method]);
            if (!operation) continue;
            check.parameters(operation.parameters, ["paths", path, method, "parameters"]);
            operations.push(build(method, path, operation, pathItem));
        }
    }
    return operations;
}

function commonOperation(
    method: ApiMethod,
    path: string,
    operation: Raw,
    documentSecurity: SecurityRequirement[] | undefined
) {
    return {
        method,
        path,
        operationId: text(operation.operationId),
        summary: text(operation.summary),
        description: text(operation.description),
        tags: list<unknown>(operation.tags).filter((tag): tag is string => typeof tag === "string"),
        deprecated: operation.deprecated === true,
        security: securityRequirements(operation.security) ?? documentSecurity
    };
}

// ---- OpenAPI 3.x -------------------------------------------------------------------------------

function servers3(value: unknown): ApiServer[] {
    return list<unknown>(value).flatMap((server) => {
        const raw = record(server);
        const url = text(raw?.url);
        if (!raw || !url) return [];
        const variables = Object.fromEntries(
            Object.entries(record(raw.variables) ?? {}).map(([name, variable]) => {
                const v = record(variable) ?? {};
                return [
                    name,
                    {
                        default: v.default === undefined ? undefined : String(v.default),
                        enum: Array.isArray(v.enum) ? v.enum.map(String) : undefined
                    }
                ];
            })
        );
        return [{ url, variables }];
    });
}

/** `apiKey` reads the same in Swagger 2.0 and OpenAPI 3. */
function apiKeyScheme(scheme: Raw, description: string | undefined): SecurityScheme {
    return {
        type: "apiKey",
        name: String(scheme.name ?? ""),
        in: String(scheme.in ?? ""),
        description
    };
}

function securitySchemes3(components: Raw | undefined): Record<string, SecurityScheme> {
    const schemes: Record<string, SecurityScheme> = {};
    for (const [name, value] of Object.entries(record(components?.securitySchemes) ?? {})) {
        const scheme = record(value);
        if (!scheme) continue;
        const description = text(scheme.description);
        if (scheme.type === "apiKey") {
            schemes[name] = apiKeyScheme(scheme, description);
        } else if (scheme.type === "http") {
            schemes[name] = {
                type: "http",
                scheme: String(scheme.scheme ?? "").toLowerCase(),
                bearerFormat: text(scheme.bearerFormat),
                description
            };
        } else if (scheme.type === "oauth2") {
            const flows = record(scheme.flows) ?? {};
            schemes[name] = {
                type: "oauth2",
                flows: {
                    authorizationCode: oauthFlow(flows.authorizationCode),
                    implicit: oauthFlow(flows.implicit),
                    password: oauthFlow(flows.password),
                    clientCredentials: oauthFlow(flows.clientCredentials)
                },
                description
            };
        } else if (scheme.type === "openIdConnect" || scheme.type === "mutualTLS") {
            schemes[name] = { type: scheme.type, description };
        }
    }
    return schemes;
}

function requestBody3(
    value: unknown,
    check: ShapeCheck,
    keys: string[]
): ApiRequestBody | undefined {
    const body = record(value);
    if (!body) return undefined;
    const content = record(body.content) ?? {};
    const contentTypes = Object.keys(content);
    for (const type of contentTypes) {
        const schema = record(content[type])?.schema;
        if (schema !== undefined) check.schema(schema, [...keys, "content", type, "schema"]);
    }
    const jsonType = contentTypes.find(isJsonMediaType);
    const schemaOf = (type: string | undefined) =>
        type === undefined
            ? undefined
            : (record(record(content[type])?.schema) as Schema | undefined);
    return {
        contentTypes,
        jsonSchema: jsonType ? (schemaOf(jsonType) ?? {}) : undefined,
        empty: contentTypes.every((type) => isEmptyObject(schemaOf(type))),
        required: body.required === true,
        description: text(body.description)
    };
}

function document3(document: OpenAPIV3.Document | Raw, check: ShapeCheck): ApiDocument {
    const raw = document as Raw;
    const security = securityRequirements(raw.security);
    const documentServers = servers3(raw.servers);
    return {
        version: String(raw.openapi),
        ...documentInfo(raw),
        servers: documentServers,
        securitySchemes: securitySchemes3(record(raw.components)),
        operations: eachOperation(raw, check, (method, path, operation, pathItem) => ({
            ...commonOperation(method, path, operation, security),
            parameters: mergedParameters(pathItem.parameters, operation.parameters).flatMap(
                (parameter) =>
                    apiParameter(
                        parameter,
                        (record(parameter.schema) as Schema) ?? {},
                        queryStyle3
                    ) ?? []
            ),
            requestBody: requestBody3(operation.requestBody, check, [
                "paths",
                path,
                method,
                "requestBody"
            ]),
            servers:
                servers3(operation.servers).length > 0
                    ? servers3(operation.servers)
                    : servers3(pathItem.servers)
        }))
    };
}

// ---- Swagger 2.0 -------------------------------------------------------------------------------

/** A Swagger 2.0 non-body parameter carries its schema inline (`type`, `items`, `enum`, ...). */
function inlineSchema(parameter: Raw): Schema {
    const { type, format, items, enum: values, default: fallback, description } = parameter;
    const schema: Schema = {};
    if (typeof type === "string") schema.type = type === "file" ? "string" : type;
    if (typeof format === "string") schema.format = format;
    if (record(items)) schema.items = inlineSchema(record(items)!);
    if (Array.isArray(values)) schema.enum = values;
    if (fallback !== undefined) schema.default = fallback;
    if (typeof description === "string") schema.description = description;
    return schema;
}

function server2(document: Raw): ApiServer[] {
    const host = text(document.host);
    const basePath = text(document.basePath) ?? "";
    if (!host) return basePath ? [{ url: basePath, variables: {} }] : [];
    const schemes = list<string>(document.schemes);
    const scheme = schemes.length === 0 || schemes.includes("https") ? "https" : schemes[0];
    return [{ url: `${scheme}://${host}${basePath}`, variables: {} }];
}

const SWAGGER_FLOWS: Record<
    string,
    "authorizationCode" | "implicit" | "password" | "clientCredentials"
> = {
    accessCode: "authorizationCode",
    implicit: "implicit",
    password: "password",
    application: "clientCredentials"
};

function securitySchemes2(definitions: unknown): Record<string, SecurityScheme> {
    const schemes: Record<string, SecurityScheme> = {};
    for (const [name, value] of Object.entries(record(definitions) ?? {})) {
        const scheme = record(value);
        if (!scheme) continue;
        const description = text(scheme.description);
        if (scheme.type === "apiKey") {
            schemes[name] = apiKeyScheme(scheme, description);
        } else if (scheme.type === "basic") {
            schemes[name] = { type: "http", scheme: "basic", description };
        } else if (scheme.type === "oauth2") {
            const flow = SWAGGER_FLOWS[String(scheme.flow)];
            schemes[name] = {
                type: "oauth2",
                flows: flow ? { [flow]: oauthFlow(scheme) } : {},
                description
            };
        }
    }
    return schemes;
}

function requestBody2(parameters: Raw[], consumes: string[]): ApiRequestBody | undefined {
    const body = parameters.find((parameter) => parameter.in === "body");
    const formFields = parameters.filter((parameter) => parameter.in === "formData");
    if (body) {
        const contentTypes = consumes.length > 0 ? consumes : ["application/json"];
        return {
            contentTypes,
            jsonSchema: contentTypes.some(isJsonMediaType)
                ? ((record(body.schema) as Schema) ?? {})
                : undefined,
            empty: isEmptyObject(record(body.schema) as Schema | undefined),
            required: body.required === true,
            description: text(body.description)
        };
    }
    if (formFields.length === 0) return undefined;
    // Form fields are never JSON: keep them as a schema only to name them in the warning.
    const formTypes = consumes.filter((type) => !isJsonMediaType(type));
    return {
        contentTypes: formTypes.length > 0 ? formTypes : ["application/x-www-form-urlencoded"],
        empty: false,
        required: formFields.some((field) => field.required === true)
    };
}

function document2(document: OpenAPIV2.Document | Raw, check: ShapeCheck): ApiDocument {
    const raw = document as Raw;
    const security = securityRequirements(raw.security);
    check.strings(raw.consumes, ["consumes"]);
    const documentConsumes = list<string>(raw.consumes);
    return {
        version: String(raw.swagger),
        ...documentInfo(raw),
        servers: server2(raw),
        securitySchemes: securitySchemes2(raw.securityDefinitions),
        operations: eachOperation(raw, check, (method, path, operation, pathItem) => {
            const parameters = mergedParameters(pathItem.parameters, operation.parameters);
            check.strings(operation.consumes, ["paths", path, method, "consumes"]);
            const consumes = Array.isArray(operation.consumes)
                ? list<string>(operation.consumes)
                : documentConsumes;
            return {
                ...commonOperation(method, path, operation, security),
                parameters: parameters.flatMap(
                    (parameter) =>
                        apiParameter(parameter, inlineSchema(parameter), queryStyle2) ?? []
                ),
                requestBody: requestBody2(parameters, consumes),
                servers: []
            };
        })
    };
}

/** The version-independent view of a dereferenced document; `source` names it in messages. */
export function apiDocumentFrom(
    document: OpenAPI.Document,
    source = "the OpenAPI document"
): ApiDocument {
    const check = new ShapeCheck(source);
    return "swagger" in document ? document2(document, check) : document3(document, check);
}
