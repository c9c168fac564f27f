import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { arrayMembers } from "../../host-files/literal-members";
import {
    findConstArrayLiteral,
    findProperty,
    literalValue,
    stringLiteralValue
} from "../../utils/ast";
import type { DeclaredConnection } from "./probe/observations";

const PROVIDERS_ARRAY = "ALL_PROVIDERS";

/** A placeholder that is an example value, not an instruction ("Select your data center"). */
function exampleValue(placeholder: unknown): string | undefined {
    return typeof placeholder === "string" && placeholder !== "" && !/\s/.test(placeholder)
        ? placeholder
        : undefined;
}

interface OAuthFieldLiteral {
    name?: unknown;
    placeholder?: unknown;
    options?: { value?: unknown }[];
}

function fieldExample(field: OAuthFieldLiteral): string {
    const option = Array.isArray(field.options) ? field.options[0]?.value : undefined;
    return (
        (typeof option === "string" ? option : undefined) ??
        exampleValue(field.placeholder) ??
        `test-${String(field.name)}`
    );
}

function declaredConnection(
    element: ts.ObjectLiteralExpression
): Omit<DeclaredConnection, "dataFields"> {
    const read = (name: string) => {
        const property = findProperty(element, name);
        return property ? literalValue(property.initializer) : undefined;
    };
    const oauthSettings = read("oauthSettings");
    const apiKeySettings = (read("apiKeySettings") ?? {}) as Record<string, unknown>;
    const fields: Record<string, string> = {};
    for (const field of Array.isArray(oauthSettings)
        ? (oauthSettings as OAuthFieldLiteral[])
        : []) {
        if (typeof field?.name === "string") fields[field.name] = fieldExample(field);
    }
    return {
        fields,
        apiKey: exampleValue(apiKeySettings.keyPlaceholder),
        apiSecret: exampleValue(apiKeySettings.secretPlaceholder)
    };
}

/** The property names of the interfaces a `type <name> = A | B` union names, in one file. */
function unionMemberProperties(sourceFile: ts.SourceFile, name: string): string[] {
    const alias = sourceFile.statements.find(
        (statement): statement is ts.TypeAliasDeclaration =>
            ts.isTypeAliasDeclaration(statement) && statement.name.text === name
    );
    if (!alias || !ts.isUnionTypeNode(alias.type)) return [];
    const members = new Set(
        alias.type.types.flatMap((type) =>
            ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)
                ? [type.typeName.text]
                : []
        )
    );
    return sourceFile.statements
        .filter(
            (statement): statement is ts.InterfaceDeclaration =>
                ts.isInterfaceDeclaration(statement) && members.has(statement.name.text)
        )
        .flatMap((declaration) => declaration.members)
        .flatMap((member) =>
            member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
                ? [member.name.text]
                : []
        );
}

/** The file the shared provider list imports `ConnectionMethod` from (the host's connection types). */
function connectionsModule(providersFile: ts.SourceFile): string | undefined {
    for (const statement of providersFile.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
            continue;
        }
        const names = statement.importClause?.namedBindings;
        const imported =
            names && ts.isNamedImports(names)
                ? names.elements.some((element) => element.name.text === "ConnectionMethod")
                : false;
        if (imported) {
            return path.join(
                path.dirname(providersFile.fileName),
                `${statement.moduleSpecifier.text}.ts`
            );
        }
    }
    return undefined;
}

function parse(source: string, fileName: string): ts.SourceFile {
    return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
}

/** Each provider's declarations, and where the connection types are. */
function readProviderList(source: string, fileName: string) {
    const sourceFile = parse(source, fileName);
    const declared = new Map<string, Omit<DeclaredConnection, "dataFields">>();
    const array = findConstArrayLiteral(sourceFile, PROVIDERS_ARRAY);
    for (const { value } of array ? arrayMembers(array) : []) {
        if (!ts.isObjectLiteralExpression(value)) continue;
        const id = stringLiteralValue(findProperty(value, "provider")?.initializer);
        if (id !== undefined) declared.set(id, declaredConnection(value));
    }
    return { declared, connectionsFile: connectionsModule(sourceFile) };
}

/** The fields of the host's `ConnectionData` union: credentials, a database's settings, OAuth 1 extras. */
function readConnectionDataFields(source: string, fileName: string) {
    return unionMemberProperties(parse(source, fileName), "ConnectionData");
}

function readText(file: string | undefined): string | undefined {
    return file && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

/**
 * What the host declares about each provider's connection (by provider id). A host without the
 * file, or whose list is not literal, declares nothing (the test connection then holds
 * placeholders only).
 */
export function readDeclaredConnections(
    workspaceRoot: string,
    sharedProvidersFile: string
): (providerId: string) => DeclaredConnection {
    const file = path.join(workspaceRoot, sharedProvidersFile);
    const source = readText(file);
    if (source === undefined) return () => ({ fields: {}, dataFields: [] });
    const { declared, connectionsFile } = readProviderList(source, file);
    const connections = readText(connectionsFile);
    const dataFields =
        connectionsFile && connections !== undefined
            ? readConnectionDataFields(connections, connectionsFile)
            : [];
    return (providerId) => ({ fields: {}, ...declared.get(providerId), dataFields });
}
