import { pascalCase, snakeCase } from "../model/names";
import {
    HTTP_METHODS,
    parameterLocation,
    type ParameterLocation,
    type ParameterType,
    type ProviderSpecInput
} from "../model/provider-spec";
import { FlowmaestroError } from "../utils/errors";
import type { ApiDocument, ApiOperation, QueryStyle, Schema } from "./api-document";
import { fitToolName, operationIdFor, parameterNameFor, uniqueName } from "./identifiers";
import { mergeAllOf, parameterShape, shortText } from "./schema";
import { operationLabel, selectOperations, type OperationSelection } from "./selection";

export type OperationInput = ProviderSpecInput["operations"][number];
type ParameterInput = NonNullable<OperationInput["parameters"]>[number];

export interface OperationsMapping {
    operations: OperationInput[];
    /** Each names the operation and the field it is about. */
    warnings: string[];
}

export interface OperationsOptions {
    /** The provider the operations belong to: MCP tool names `<provider_id>_<opId>` must fit 64 characters. */
    providerId: string;
    /** Operation ids the provider already has (provider-operation): new ids avoid them. */
    takenIds?: string[];
}

const MAX_NAME = 60;

/** One parameter on its way into the spec, before names are made unique. */
interface Draft {
    wireName: string;
    location: ParameterLocation;
    required: boolean;
    description?: string;
    schema: Schema;
    queryStyle?: QueryStyle;
}

/** How the document writes a list or an object in the query, when it is not how the client does. */
function queryStyleProblem(
    { style, explode }: QueryStyle,
    type: ParameterType
): string | undefined {
    const repeated = explode && ["form", "spaceDelimited", "pipeDelimited"].includes(style);
    if (type === "array" && !repeated) {
        const separators: Record<string, string> = {
            form: "comma",
            spaceDelimited: "space",
            tabDelimited: "tab",
            pipeDelimited: "pipe"
        };
        const how = separators[style] ? `${separators[style]}-separated values` : `style ${style}`;
        return `the API takes ${how} in one query parameter, and the generated client repeats the parameter once per value (name=1&name=2); join the values in the client by hand`;
    }
    if (type === "object") {
        const how =
            style === "deepObject"
                ? "name[key]=value pairs (style: deepObject)"
                : style === "form" && explode
                  ? "one query parameter per property"
                  : `style ${style}${explode ? "" : " without explode"}`;
        return `the API takes ${how}, and the generated client sends the object as JSON text; serialise it in the client by hand`;
    }
    return undefined;
}

/** The properties a JSON body sends, one level deep; undefined (with a reason) when it is not an object of properties. */
function bodyProperties(schema: Schema): {
    properties?: Record<string, Schema>;
    required: string[];
    reason?: string;
    remark?: string;
} {
    const merged = mergeAllOf(schema);
    const variants = merged.oneOf ?? merged.anyOf;
    if (!merged.properties && variants) {
        const objects = variants
            .map((variant) => mergeAllOf(variant ?? {}))
            .filter((variant) => variant.properties);
        if (objects.length === 0) return { required: [], reason: "a oneOf/anyOf of non-objects" };
        const properties = Object.assign(
            {},
            ...objects.map((variant) => variant.properties)
        ) as Record<string, Schema>;
        const required = (objects[0].required ?? []).filter((name) =>
            objects.every((variant) => variant.required?.includes(name))
        );
        return {
            properties,
            required,
            remark: `${merged.oneOf ? "oneOf" : "anyOf"} of ${objects.length} object schemas; their properties were united and only those every variant requires are required`
        };
    }
    const type = Array.isArray(merged.type)
        ? merged.type.find((item) => item !== "null")
        : merged.type;
    if (type !== undefined && type !== "object")
        return { required: [], reason: `a JSON ${type}, not an object` };
    if (!merged.properties || Object.keys(merged.properties).length === 0) {
        return { required: [], reason: "a free-form object without declared properties" };
    }
    return { properties: merged.properties, required: merged.required ?? [] };
}

/** `query key` -> scheme name: parameters that carry an API key the document declares as a security scheme. */
function credentialParameters(api: ApiDocument): Map<string, string> {
    const credentials = new Map<string, string>();
    for (const [name, scheme] of Object.entries(api.securitySchemes)) {
        if (scheme.type === "apiKey")
            credentials.set(`${scheme.in} ${scheme.name.toLowerCase()}`, name);
    }
    return credentials;
}

function mapOperation(
    operation: ApiOperation,
    id: string,
    credentials: Map<string, string>,
    warn: (field: string, message: string) => void
): OperationInput {
    const method = operation.method.toUpperCase();
    const drafts: Draft[] = [];
    for (const parameter of operation.parameters) {
        const scheme = credentials.get(`${parameter.in} ${parameter.name.toLowerCase()}`);
        if (scheme) {
            warn(
                `parameter ${parameter.name} (${parameter.in})`,
                `not imported: it carries the credential of security scheme ${scheme}, which the connection supplies`
            );
            continue;
        }
        if (parameter.in === "header" || parameter.in === "cookie") {
            warn(
                `parameter ${parameter.name} (${parameter.in})`,
                `${parameter.in} parameters are not imported (the client sends only its auth and JSON headers)${parameter.required ? "; the API requires it, so add it to the client by hand" : ""}`
            );
            continue;
        }
        drafts.push({
            wireName: parameter.name,
            location: parameter.in,
            required: parameter.required,
            description: parameter.description,
            schema: parameter.schema,
            queryStyle: parameter.queryStyle
        });
    }
    const declaredPath = new Set(
        drafts.filter((draft) => draft.location === "path").map((draft) => draft.wireName)
    );
    for (const placeholder of operation.path.match(/\{[^{}]*\}/g) ?? []) {
        const name = placeholder.slice(1, -1);
        if (declaredPath.has(name)) continue;
        warn(
            `parameter ${name} (path)`,
            "the path has this placeholder but the document does not declare it; it became a required string"
        );
        drafts.push({
            wireName: name,
            location: "path",
            required: true,
            schema: { type: "string" }
        });
        declaredPath.add(name);
    }
    const body = operation.requestBody;
    if (body && !body.empty) {
        if (method === "GET") {
            warn("request body", "a GET request cannot carry a body; the body was not imported");
        } else if (!body.jsonSchema) {
            warn(
                "request body",
                `its media type is ${body.contentTypes.join(", ") || "not given"}, and the generated client sends JSON; its fields were not imported — add them and the encoding to the client by hand`
            );
        } else {
            const { properties, required, reason, remark } = bodyProperties(body.jsonSchema);
            if (remark) warn("request body", remark);
            if (!properties) {
                warn(
                    "request body",
                    `it is ${reason}, and the generated client sends an object of parameters; add the body to the client by hand`
                );
            } else {
                for (const [name, schema] of Object.entries(properties)) {
                    if (schema?.readOnly) continue;
                    drafts.push({
                        wireName: name,
                        location: "body",
                        required: body.required && required.includes(name),
                        schema: schema ?? {}
                    });
                }
            }
        }
    }

    // Path parameters claim their names first, then query, then body (document order within each).
    const order: ParameterLocation[] = ["path", "query", "body"];
    drafts.sort((a, b) => order.indexOf(a.location) - order.indexOf(b.location));
    const taken = new Set<string>();
    const owner = new Map<string, Draft>();
    let path = operation.path;
    const parameters: ParameterInput[] = [];
    for (const draft of drafts) {
        const field = `parameter ${draft.wireName} (${draft.location})`;
        const { shape, remarks } = parameterShape(draft.schema, draft.description);
        remarks.forEach((remark) => warn(field, remark));
        if (!shape) continue;
        const styleProblem = draft.queryStyle && queryStyleProblem(draft.queryStyle, shape.type);
        if (styleProblem) warn(field, styleProblem);
        const wanted = parameterNameFor(draft.wireName);
        let name = wanted;
        // Compared ignoring case: the spec refuses parameter names that differ only in case.
        if (taken.has(name.toLowerCase())) {
            name = uniqueName(`${draft.location}${pascalCase(wanted)}`, taken, true);
            const first = owner.get(wanted.toLowerCase())!;
            warn(
                field,
                `its name ${wanted} is taken by the ${first.location} parameter ${first.wireName}; it is called ${name} (it is still sent as ${draft.wireName})`
            );
        } else if (name !== draft.wireName) {
            warn(
                field,
                `${JSON.stringify(draft.wireName)} is not an identifier; the parameter is called ${name} and sent as ${draft.wireName}`
            );
        }
        taken.add(name.toLowerCase());
        owner.set(name.toLowerCase(), draft);
        const parameter: ParameterInput = { name, ...shape };
        if (draft.required || draft.location === "path") parameter.required = true;
        if (draft.location === "path") {
            path = path.split(`{${draft.wireName}}`).join(`{${name}}`);
        } else {
            if (parameterLocation({ name }, method, []) !== draft.location)
                parameter.in = draft.location;
            if (name !== draft.wireName) parameter.wireName = draft.wireName;
        }
        parameters.push(inSpecOrder(parameter));
    }

    const result: OperationInput = { id };
    const summary = shortText(operation.summary, Number.MAX_SAFE_INTEGER);
    if (summary && summary.length <= MAX_NAME) result.name = summary;
    const description = shortText(operation.description) ?? shortText(operation.summary);
    if (description) result.description = description;
    if (operation.tags[0] && snakeCase(operation.tags[0]))
        result.category = snakeCase(operation.tags[0]);
    result.actionType = method === "GET" ? "read" : "write";
    result.method = method;
    result.path = path;
    result.parameters = parameters;
    return result;
}

const PARAMETER_KEY_ORDER = [
    "name",
    "type",
    "required",
    "values",
    "items",
    "default",
    "in",
    "wireName",
    "description"
];

/** Keys in the order docs/spec-format.md writes them, so a --writeSpec file reads the same. */
function inSpecOrder(parameter: ParameterInput): ParameterInput {
    const entries = Object.entries(parameter).sort(
        ([a], [b]) => PARAMETER_KEY_ORDER.indexOf(a) - PARAMETER_KEY_ORDER.indexOf(b)
    );
    return Object.fromEntries(entries) as ParameterInput;
}

/** Why an operation cannot become a spec operation, if it cannot. */
function unsupported(operation: ApiOperation): string | undefined {
    const method = operation.method.toUpperCase();
    if (!(HTTP_METHODS as ReadonlyArray<string>).includes(method)) {
        return `the spec's operations use ${HTTP_METHODS.join(", ")}, not ${method}`;
    }
    if (!operation.path.startsWith("/") || /[\s?#]/.test(operation.path)) {
        return "its path has a query string, a fragment or spaces, which the spec's paths cannot";
    }
    return undefined;
}

interface Remark {
    operation: ApiOperation;
    field: string;
    message: string;
}

/**
 * `operation listBoards (GET /boards): field: message`; a remark repeated for several operations
 * (a credential parameter every operation declares) is one line naming all of them.
 */
function groupedWarnings(remarks: Remark[]): string[] {
    const groups = new Map<string, Remark[]>();
    for (const remark of remarks) {
        const key = `${remark.field}\n${remark.message}`;
        groups.set(key, [...(groups.get(key) ?? []), remark]);
    }
    return [...groups.values()].map((group) => {
        const { field, message } = group[0];
        const names = group.map(
            ({ operation }) => operation.operationId ?? operationLabel(operation)
        );
        const subject =
            group.length === 1
                ? `operation ${names[0]} (${operationLabel(group[0].operation)})`
                : `operations ${names.join(", ")}`;
        return `${subject}: ${field}: ${message}`;
    });
}

/**
 * Spec operations for already-selected document operations: camelCase ids from operationIds
 * (method and path without one), unique ignoring case and shortened deterministically so that
 * every MCP tool name `<provider_id>_<opId>` fits 64 characters; parameters from the path, the
 * query and one level of a JSON body.
 */
export function mapOperations(
    api: ApiDocument,
    operations: ApiOperation[],
    options: OperationsOptions
): OperationsMapping {
    const remarks: Remark[] = [];
    const credentials = credentialParameters(api);
    const taken = new Set((options.takenIds ?? []).map((id) => id.toLowerCase()));
    const mapped: OperationInput[] = [];
    for (const operation of operations) {
        const warn = (field: string, message: string) =>
            remarks.push({ operation, field, message });
        const problem = unsupported(operation);
        if (problem) {
            warn("method and path", `not imported: ${problem}`);
            continue;
        }
        const derived = operationIdFor(operation);
        if (!operation.operationId)
            warn(
                "operationId",
                `missing; the operation's id is ${derived} (from the method and path)`
            );
        let id = uniqueName(derived, taken, true);
        if (id !== derived)
            warn(
                "operationId",
                `${derived} is already an operation id (ignoring case); this one is ${id}`
            );
        const fitted = fitToolName(options.providerId, id);
        if (fitted && fitted !== id) {
            const shortened = uniqueName(fitted, taken, true);
            warn(
                "operationId",
                `${id} makes the MCP tool name longer than 64 characters; the operation's id is ${shortened}`
            );
            id = shortened;
        }
        taken.add(id.toLowerCase());
        if (operation.deprecated)
            warn("deprecated", "the document marks this operation deprecated");
        try {
            mapped.push(mapOperation(operation, id, credentials, warn));
        } catch (error) {
            // A refusal from deep in a schema (allOf nested too deep) names the operation it is in.
            if (!(error instanceof FlowmaestroError)) throw error;
            throw new FlowmaestroError(
                `operation ${operation.operationId ?? id} (${operationLabel(operation)}): ${error.message}`
            );
        }
    }
    return { operations: mapped, warnings: groupedWarnings(remarks) };
}

/**
 * The operations a selection picks from a document, as spec operations with warnings. The entry
 * point for adding operations to an existing provider (provider-operation --openapi): pass the
 * provider's id and its current operation ids.
 */
export function operationsFromOpenApi(
    api: ApiDocument,
    selection: OperationSelection,
    options: OperationsOptions & { source?: string }
): OperationsMapping {
    const selected = selectOperations(api, selection, options.source ?? "the OpenAPI document");
    return mapOperations(api, selected, options);
}
