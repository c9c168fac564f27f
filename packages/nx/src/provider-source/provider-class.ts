import * as ts from "typescript";
import {
    findDescendants,
    literalValue,
    parseTypeScript,
    positionOf,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import type { SourcePosition } from "../utils/ast";

/** A value read from source, with where it was written (for diagnostics). */
export interface Located<T> {
    value: T;
    position: SourcePosition;
}

export interface OAuthConfigFacts {
    kind: "oauth2";
    authUrl?: string;
    tokenUrl?: string;
    scopes?: string[];
    refreshable?: boolean;
    pkceEnabled?: boolean;
    authParams?: Record<string, string>;
    /** `<x>.oauth.<key>.clientId` */
    configKey?: string;
    /** `getOAuthRedirectUri("<id>")` */
    redirectProvider?: string;
}

export interface ApiKeyConfigFacts {
    kind: "api_key";
    headerName?: string;
    headerTemplate?: string;
}

/** What a `*Provider.ts` file says about its provider, read from the AST without type-checking. */
export interface ProviderClassFacts {
    fileName: string;
    className?: Located<string>;
    /** Name of the class it extends (`BaseProvider` expected). */
    extendsName?: string;
    name?: Located<string>;
    displayName?: Located<string>;
    authMethod?: Located<string>;
    authConfig?: OAuthConfigFacts | ApiKeyConfigFacts;
    /** Identifiers passed to `this.registerOperation(...)`, in order. */
    registeredOperations: Located<string>[];
    /** `case "x":` labels of the `switch` in `executeOperation`. */
    operationCases: Located<string>[];
    /** Set when `executeOperation` has no switch on the operation id (custom dispatch). */
    hasOperationSwitch: boolean;
    /** Class names the file imports, by module specifier (`./mcp/XMCPAdapter` -> [XMCPAdapter]). */
    imports: Map<string, string[]>;
}

function memberInitializer(
    declaration: ts.ClassDeclaration,
    name: string
): ts.PropertyDeclaration | undefined {
    return declaration.members.find(
        (member): member is ts.PropertyDeclaration =>
            ts.isPropertyDeclaration(member) && propertyNameText(member.name) === name
    );
}

function locatedString(
    member: ts.PropertyDeclaration | undefined,
    sourceFile: ts.SourceFile
): Located<string> | undefined {
    if (!member?.initializer) return undefined;
    const value = stringLiteralValue(unwrapExpression(member.initializer));
    return value === undefined
        ? undefined
        : { value, position: positionOf(member.initializer, sourceFile) };
}

function method(declaration: ts.ClassDeclaration, name: string): ts.MethodDeclaration | undefined {
    return declaration.members.find(
        (member): member is ts.MethodDeclaration =>
            ts.isMethodDeclaration(member) && propertyNameText(member.name) === name
    );
}

/** `appConfig.oauth.google.clientId` (or `config.oauth["google"].clientId`) -> "google" */
export function oauthConfigKey(expression: ts.Expression): string | undefined {
    const node = unwrapExpression(expression);
    if (!ts.isPropertyAccessExpression(node)) return undefined;
    const owner = node.expression;
    if (ts.isPropertyAccessExpression(owner) && ts.isPropertyAccessExpression(owner.expression)) {
        if (owner.expression.name.text === "oauth") return owner.name.text;
    }
    if (ts.isElementAccessExpression(owner) && ts.isPropertyAccessExpression(owner.expression)) {
        if (owner.expression.name.text === "oauth") {
            return stringLiteralValue(owner.argumentExpression);
        }
    }
    return undefined;
}

function readAuthConfig(
    declaration: ts.ClassDeclaration
): OAuthConfigFacts | ApiKeyConfigFacts | undefined {
    const getAuthConfig = method(declaration, "getAuthConfig");
    if (!getAuthConfig?.body) return undefined;
    const objects = findDescendants(getAuthConfig.body, ts.isObjectLiteralExpression);
    for (const object of objects) {
        const properties = new Map<string, ts.Expression>();
        for (const property of object.properties) {
            if (ts.isPropertyAssignment(property)) {
                const key = propertyNameText(property.name);
                if (key) properties.set(key, property.initializer);
            }
        }
        if (properties.has("authUrl") || properties.has("tokenUrl")) {
            const value = (key: string) => {
                const expression = properties.get(key);
                return expression ? literalValue(expression) : undefined;
            };
            const redirect = properties.get("redirectUri");
            const redirectCall = redirect && unwrapExpression(redirect);
            return {
                kind: "oauth2",
                authUrl: value("authUrl") as string | undefined,
                tokenUrl: value("tokenUrl") as string | undefined,
                scopes: value("scopes") as string[] | undefined,
                refreshable: value("refreshable") as boolean | undefined,
                pkceEnabled: value("pkceEnabled") as boolean | undefined,
                authParams: value("authParams") as Record<string, string> | undefined,
                configKey: properties.has("clientId")
                    ? oauthConfigKey(properties.get("clientId")!)
                    : undefined,
                redirectProvider:
                    redirectCall && ts.isCallExpression(redirectCall)
                        ? stringLiteralValue(redirectCall.arguments[0])
                        : undefined
            };
        }
        if (properties.has("headerName") || properties.has("headerTemplate")) {
            return {
                kind: "api_key",
                headerName: stringLiteralValue(properties.get("headerName")),
                headerTemplate: stringLiteralValue(properties.get("headerTemplate"))
            };
        }
    }
    return undefined;
}

function readRegisteredOperations(
    declaration: ts.ClassDeclaration,
    sourceFile: ts.SourceFile
): Located<string>[] {
    return findDescendants(declaration, ts.isCallExpression)
        .filter(
            (call) =>
                ts.isPropertyAccessExpression(call.expression) &&
                call.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
                call.expression.name.text === "registerOperation" &&
                call.arguments.length === 1
        )
        .map((call) => ({
            value: unwrapExpression(call.arguments[0]).getText(sourceFile),
            position: positionOf(call.arguments[0], sourceFile)
        }));
}

function readOperationCases(
    declaration: ts.ClassDeclaration,
    sourceFile: ts.SourceFile
): { cases: Located<string>[]; hasSwitch: boolean } {
    const executeOperation = method(declaration, "executeOperation");
    if (!executeOperation?.body) return { cases: [], hasSwitch: false };
    const parameter = executeOperation.parameters[0]?.name;
    const operationParameter = parameter && ts.isIdentifier(parameter) ? parameter.text : undefined;
    const switches = findDescendants(executeOperation.body, ts.isSwitchStatement).filter(
        (statement) =>
            ts.isIdentifier(statement.expression) &&
            statement.expression.text === operationParameter
    );
    const cases: Located<string>[] = [];
    for (const statement of switches) {
        for (const clause of statement.caseBlock.clauses) {
            if (!ts.isCaseClause(clause)) continue;
            const value = stringLiteralValue(clause.expression);
            if (value !== undefined) {
                cases.push({ value, position: positionOf(clause.expression, sourceFile) });
            }
        }
    }
    return { cases, hasSwitch: switches.length > 0 };
}

function readImports(sourceFile: ts.SourceFile): Map<string, string[]> {
    const imports = new Map<string, string[]>();
    for (const statement of sourceFile.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const specifier = stringLiteralValue(statement.moduleSpecifier);
        const bindings = statement.importClause?.namedBindings;
        if (!specifier) continue;
        const names =
            bindings && ts.isNamedImports(bindings)
                ? bindings.elements.map((element) => element.name.text)
                : [];
        if (statement.importClause?.name) names.push(statement.importClause.name.text);
        imports.set(specifier, [...(imports.get(specifier) ?? []), ...names]);
    }
    return imports;
}

/** The exported class whose name ends in `Provider` (the file's provider class). */
export function findProviderClass(sourceFile: ts.SourceFile): ts.ClassDeclaration | undefined {
    const classes = sourceFile.statements.filter(ts.isClassDeclaration);
    return classes.find((declaration) => declaration.name?.text.endsWith("Provider")) ?? classes[0];
}

export function readProviderClass(source: string, fileName: string): ProviderClassFacts {
    return providerClassFacts(parseTypeScript(source, fileName), fileName);
}

/** Same as readProviderClass, on an already parsed file (e.g. the type-check program's). */
export function providerClassFacts(
    sourceFile: ts.SourceFile,
    fileName: string
): ProviderClassFacts {
    const facts: ProviderClassFacts = {
        fileName,
        registeredOperations: [],
        operationCases: [],
        hasOperationSwitch: false,
        imports: readImports(sourceFile)
    };
    const declaration = findProviderClass(sourceFile);
    if (!declaration) return facts;
    if (declaration.name) {
        facts.className = {
            value: declaration.name.text,
            position: positionOf(declaration.name, sourceFile)
        };
    }
    const heritage = declaration.heritageClauses?.find(
        (clause) => clause.token === ts.SyntaxKind.ExtendsKeyword
    );
    const base = heritage?.types[0]?.expression;
    facts.extendsName = base ? base.getText(sourceFile) : undefined;
    facts.name = locatedString(memberInitializer(declaration, "name"), sourceFile);
    facts.displayName = locatedString(memberInitializer(declaration, "displayName"), sourceFile);
    facts.authMethod = locatedString(memberInitializer(declaration, "authMethod"), sourceFile);
    facts.authConfig = readAuthConfig(declaration);
    facts.registeredOperations = readRegisteredOperations(declaration, sourceFile);
    const { cases, hasSwitch } = readOperationCases(declaration, sourceFile);
    facts.operationCases = cases;
    facts.hasOperationSwitch = hasSwitch;
    return facts;
}
