import { call, objectLines, objectProperty } from "../../../codegen/layout";
import { tsString } from "../../../codegen/literals";
import { zodObjectProperty } from "../../../codegen/zod-expression";
import type { HostProfile } from "../../../host-profile/host-profile";
import { renderImports, type ImportSpec } from "../../../host-profile/import-order";
import type { OperationModel } from "../../../model/provider-model";
import { parameterLocation } from "../../../model/provider-spec";
import type { OperationNames } from "../../../model/names";
import type { ClientCall } from "./read-provider";

/** Everything the new operation file needs to know about where it goes and whom it calls. */
export interface OperationFileInput {
    operation: OperationModel;
    /** Final operation id (with the provider's group prefix where it uses one). */
    id: string;
    names: OperationNames;
    client: ClientCall;
    /** Import specifiers from the new file: the client module and the core types module. */
    clientModule: string;
    coreTypesModule: string;
    /** `toJSONSchema`'s module from the new file, where OperationDefinition requires inputSchemaJSON. */
    jsonSchemaModule?: string;
    form: "plain" | "iife";
    /** IIFE form: how siblings get their logger (import + declaration), and the log component. */
    logger?: { imports: ImportSpec[]; declaration: string; component: string };
    profile: HostProfile;
    /** The error type for a failed request of this host (`server_error`). */
    failureType: string;
}

function schemaBlock(input: OperationFileInput): string {
    const { operation, names } = input;
    const parameters = operation.parameters.map((parameter) =>
        operation.pathParameters.includes(parameter.name) && parameter.default === undefined
            ? { ...parameter, required: true }
            : parameter
    );
    if (parameters.length === 0) return `export const ${names.schema} = z.object({});`;
    const lines = parameters.map((parameter, index) =>
        zodObjectProperty(parameter.name, parameter, 1, index === parameters.length - 1)
    );
    return [`export const ${names.schema} = z.object({`, ...lines, "});"].join("\n");
}

function definitionProperties(input: OperationFileInput, level: number): string {
    const { operation, names, profile } = input;
    const fields = profile.fields.operationDefinition;
    const lines = [
        objectProperty(level, "id", tsString(input.id), ","),
        objectProperty(level, "name", tsString(operation.name), ","),
        objectProperty(level, "description", tsString(operation.description), ","),
        objectProperty(level, "category", tsString(operation.category), ",")
    ];
    const indent = "    ".repeat(level);
    if (fields.has("actionType"))
        lines.push(`${indent}actionType: ${tsString(operation.actionType)},`);
    lines.push(`${indent}inputSchema: ${names.schema},`);
    if (input.jsonSchemaModule) {
        lines.push(`${indent}inputSchemaJSON: ${profile.jsonSchema!.name}(${names.schema}),`);
    }
    lines.push(
        `${indent}retryable: ${operation.actionType === "read"},`,
        `${indent}timeout: 30000`
    );
    return lines.join("\n");
}

function definitionBlock(input: OperationFileInput): string {
    const head = `export const ${input.names.definition}: OperationDefinition =`;
    if (input.form === "plain") {
        return `${head} {\n${definitionProperties(input, 1)}\n};`;
    }
    const logger = input.logger!;
    return [
        `${head} (() => {`,
        "    try {",
        "        return {",
        definitionProperties(input, 3),
        "        };",
        "    } catch (error) {",
        call(
            2,
            "logger.error",
            [
                `{ component: ${tsString(logger.component)}, err: error }`,
                tsString(`Failed to create ${input.names.definition}`)
            ],
            ";"
        ),
        "        throw new Error(",
        `            \`Failed to create ${input.id} operation: \${error instanceof Error ? error.message : "Unknown error"}\``,
        "        );",
        "    }",
        "})();"
    ].join("\n");
}

/** `{ wireName: params.name }` entries of the parameters that travel in `location`. */
function placed(operation: OperationModel, location: "query" | "body"): Array<[string, string]> {
    return operation.parameters.flatMap((parameter) =>
        parameterLocation(parameter, operation.method, operation.pathParameters) === location
            ? [
                  [parameter.wireName ?? parameter.name, `params.${parameter.name}`] as [
                      string,
                      string
                  ]
              ]
            : []
    );
}

/** The request the executor sends through a BaseAPIClient-style `client.request(config)`. */
function requestCall(operation: OperationModel, acceptsQuery: boolean): string {
    const url = operation.path.replace(
        /\{(\w+)\}/g,
        (_match, name: string) => `\${pathSegment(${tsString(name)}, params.${name})}`
    );
    const query = placed(operation, "query");
    const body = placed(operation, "body");
    const object = (pairs: Array<[string, string]>) => `{\n${objectLines(4, pairs)}\n            }`;
    const path = url.includes("${") ? `\`${url}\`` : tsString(url);
    // A config without `params` gets the query in the URL, through the file's withQuery helper.
    const inUrl = !acceptsQuery && query.length > 0;
    const entries: Array<[string, string]> = [
        ["method", tsString(operation.method)],
        ["url", inUrl ? `withQuery(${path}, ${object(query)})` : path]
    ];
    if (query.length > 0 && !inUrl) entries.push(["params", object(query)]);
    if (body.length > 0) entries.push(["data", object(body)]);
    return `        const data = await client.request<unknown>({\n${objectLines(3, entries)}\n        });`;
}

const WITH_QUERY_HELPER = `
/** The path with the defined values as its query string (the client's config takes no query). */
function withQuery(path: string, values: Record<string, unknown>): string {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) {
        for (const item of Array.isArray(value) ? value : [value]) {
            if (item === undefined || item === null) continue;
            query.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
        }
    }
    const text = query.toString();
    return text ? \`\${path}?\${text}\` : path;
}`;

const PATH_SEGMENT_HELPER = `
/**
 * One path segment from a parameter value: a non-empty string or number, URL-encoded. \`.\` and \`..\`
 * are refused because URL resolution would turn them into a different endpoint of the API.
 */
function pathSegment(name: string, value: unknown): string {
    if ((typeof value !== "string" && typeof value !== "number") || String(value) === "") {
        throw new Error(\`\${name} must be a non-empty string or number\`);
    }
    const text = String(value);
    if (text === "." || text === "..") {
        throw new Error(\`\${name} must not be "." or ".."\`);
    }
    return encodeURIComponent(text);
}`;

function executorBlock(input: OperationFileInput): string {
    const { names, operation, client } = input;
    const send =
        client.kind === "generated"
            ? `        const data = await client.${names.clientMethod}(params);`
            : requestCall(operation, client.acceptsQuery);
    const failure =
        client.kind === "generated"
            ? "            error: toOperationError(error)"
            : [
                  "            error: {",
                  `                type: ${input.failureType},`,
                  `                message: error instanceof Error ? error.message : ${tsString(`Failed to ${operation.name.toLowerCase()}`)},`,
                  `                retryable: ${operation.actionType === "read"}`,
                  "            }"
              ].join("\n");
    // A request without parameters never reads them (noUnusedParameters).
    const unused = client.kind === "request" && operation.parameters.length === 0;
    return [
        `export async function ${names.execute}(`,
        `    client: ${client.clientClass},`,
        `    ${unused ? "_params" : "params"}: ${names.paramsType}`,
        "): Promise<OperationResult> {",
        "    try {",
        send,
        "",
        "        return {",
        "            success: true,",
        "            data",
        "        };",
        "    } catch (error) {",
        "        return {",
        "            success: false,",
        failure,
        "        };",
        "    }",
        "}"
    ].join("\n");
}

/** The new operation file, written like the provider's own operation files. */
export function renderOperationFile(input: OperationFileInput): string {
    const { names, client } = input;
    const imports: ImportSpec[] = [
        { from: "zod", named: ["z"] },
        {
            from: input.clientModule,
            named:
                client.kind === "generated"
                    ? [client.clientClass, "toOperationError"]
                    : [client.clientClass]
        },
        {
            from: input.coreTypesModule,
            named: ["OperationDefinition", "OperationResult"],
            typeOnly: true
        },
        ...(input.jsonSchemaModule
            ? [{ from: input.jsonSchemaModule, named: [input.profile.jsonSchema!.name] }]
            : []),
        ...(input.form === "iife" ? input.logger!.imports : [])
    ];
    const needsPathHelper = client.kind === "request" && input.operation.pathParameters.length > 0;
    const needsQueryHelper =
        client.kind === "request" &&
        !client.acceptsQuery &&
        placed(input.operation, "query").length > 0;
    return [
        renderImports(imports, input.profile.importOrder),
        "",
        ...(input.form === "iife" ? [input.logger!.declaration, ""] : []),
        schemaBlock(input),
        "",
        `export type ${names.paramsType} = z.infer<typeof ${names.schema}>;`,
        "",
        definitionBlock(input),
        "",
        executorBlock(input),
        ...(needsPathHelper ? [PATH_SEGMENT_HELPER] : []),
        ...(needsQueryHelper ? [WITH_QUERY_HELPER] : []),
        ""
    ].join("\n");
}
