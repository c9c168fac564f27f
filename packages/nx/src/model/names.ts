/** Every identifier derived from a provider id or an operation id, computed in one place. */

const JS_RESERVED_WORDS = new Set(
    (
        "break case catch class const continue debugger default delete do else enum export extends " +
        "false finally for function if import in instanceof new null return super switch this throw " +
        "true try typeof var void while with implements interface let package private protected " +
        "public static yield await async of undefined NaN Infinity arguments eval"
    ).split(" ")
);

/**
 * Names of JavaScript's object machinery: the members of Object.prototype, and `prototype`. As a
 * key of a plain object such a name reads an inherited value when absent (`params.constructor` is
 * `Object`) or sets the prototype (`__proto__`); as a class member it replaces the constructor or
 * shadows what the runtime calls (`toString`, `valueOf`). The list is Object.prototype's own
 * property names, written out so that it does not depend on the Node version.
 */
const OBJECT_MACHINERY_NAMES = new Set([
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
    "prototype"
]);

export function isReservedWord(name: string): boolean {
    return JS_RESERVED_WORDS.has(name);
}

export function isUnsafePropertyName(name: string): boolean {
    return OBJECT_MACHINERY_NAMES.has(name);
}

function words(value: string): string[] {
    return value
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
}

export function pascalCase(value: string): string {
    return words(value)
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join("");
}

export function camelCase(value: string): string {
    const pascal = pascalCase(value);
    return pascal ? pascal[0].toLowerCase() + pascal.slice(1) : pascal;
}

export function constantCase(value: string): string {
    return words(value)
        .map((word) => word.toUpperCase())
        .join("_");
}

export function snakeCase(value: string): string {
    return words(value)
        .map((word) => word.toLowerCase())
        .join("_");
}

export function kebabCase(value: string): string {
    return words(value)
        .map((word) => word.toLowerCase())
        .join("-");
}

/** "sendMessage" -> "Send Message", "acme-chat" -> "Acme Chat". */
export function titleCase(value: string): string {
    return words(value)
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join(" ");
}

export interface ProviderNames {
    /** kebab-case provider id, also the folder name and the registry key. */
    id: string;
    /** Class prefix: `<prefix>Provider`, `<prefix>Client`, `<prefix>MCPAdapter`. */
    classPrefix: string;
    providerClass: string;
    clientClass: string;
    mcpAdapterClass: string;
    /** camelCase id: registry entry variable (`<camel>Entry`) and default `config.oauth` key. */
    camel: string;
    /** UPPER_SNAKE id: environment variable prefix. */
    constant: string;
    /** snake_case id: MCP tool name prefix (`<snake>_<opId>`). */
    toolPrefix: string;
}

export function providerNames(id: string, classPrefix: string = pascalCase(id)): ProviderNames {
    return {
        id,
        classPrefix,
        providerClass: `${classPrefix}Provider`,
        clientClass: `${classPrefix}Client`,
        mcpAdapterClass: `${classPrefix}MCPAdapter`,
        camel: camelCase(id),
        constant: constantCase(id),
        toolPrefix: snakeCase(id)
    };
}

export interface OperationNames {
    id: string;
    pascal: string;
    schema: string;
    paramsType: string;
    definition: string;
    execute: string;
    /** Method on the generated client. */
    clientMethod: string;
}

export function operationNames(operationId: string): OperationNames {
    const pascal = operationId[0].toUpperCase() + operationId.slice(1);
    return {
        id: operationId,
        pascal,
        schema: `${operationId}Schema`,
        paramsType: `${pascal}Params`,
        definition: `${operationId}Operation`,
        execute: `execute${pascal}`,
        clientMethod: operationId
    };
}

export function mcpToolName(providerId: string, operationId: string): string {
    return `${snakeCase(providerId)}_${operationId}`;
}

/** A folder name usable in a project name; hidden folders (`.git`, `.cache`) are not providers. */
export const PROVIDER_FOLDER_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * `SlackProvider.ts`: a provider class file directly inside a provider folder. Kept here, free of
 * heavy imports, because createNodes uses it while Nx builds the project graph.
 */
export const PROVIDER_FILE_PATTERN = /^[A-Za-z0-9_]+Provider\.ts$/;

export const MCP_TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** Why MCP clients would reject an operation's tool name `<provider_id>_<opId>`, if they would. */
export function mcpToolNameProblem(providerId: string, operationId: string): string | undefined {
    const toolName = mcpToolName(providerId, operationId);
    if (MCP_TOOL_NAME_PATTERN.test(toolName)) return undefined;
    return `MCP tool name ${toolName} is ${toolName.length} characters; the limit is 64 — shorten the operation id or the provider id`;
}
