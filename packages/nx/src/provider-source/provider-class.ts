import * as ts from "typescript";
import {
    classMethod,
    endPositionOf,
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
    /** The returned object literal. */
    position: SourcePosition;
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
    position: SourcePosition;
    headerName?: string;
    headerTemplate?: string;
}

/** `this.registerOperation(<expression>)` in the provider class. */
export interface OperationRegistration {
    /** The argument as written: `sendMessageOperation`, `WorkItems.listWorkItemsOperation`. */
    expression: string;
    /** The identifier it starts from: the operation's local name, or a namespace import. */
    local: string;
    /** `listWorkItemsOperation` in `WorkItems.listWorkItemsOperation`. */
    member?: string;
    position: SourcePosition;
}

/** The call a `case` of executeOperation makes to run its operation. */
export interface ExecutorCall {
    /** `executeSendMessage`, `WorkItems.executeListWorkItems`. */
    callee: string;
    /** Arguments as written: `["client", "params as never"]`. */
    arguments: string[];
    awaited: boolean;
    returned: boolean;
    position: SourcePosition;
}

export interface DispatchCase {
    id: string;
    position: SourcePosition;
    /** The executor the case calls (a case that falls through shares the next one's). */
    call?: ExecutorCall;
}

/** How executeOperation dispatches on the operation id. */
export interface OperationDispatch {
    /** `switch (<operation parameter>)`; "other" when it dispatches otherwise; "missing" without a body. */
    kind: "switch" | "other" | "missing";
    /** The parameter switched on (`operationId`). */
    discriminant?: string;
    cases: DispatchCase[];
    /** executeOperation calls `this.validateParams(...)` before dispatching. */
    validatesParams: boolean;
    /** The switch (or executeOperation's name when there is none). */
    position?: SourcePosition;
    /** Where a new case goes: the `default:` clause, else the end of the switch. */
    newCasePosition?: SourcePosition;
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
    /** `this.registerOperation(...)` calls, in order. */
    registrations: OperationRegistration[];
    dispatch: OperationDispatch;
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
    const getAuthConfig = classMethod(declaration, "getAuthConfig");
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
                position: positionOf(object),
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
                position: positionOf(object),
                headerName: stringLiteralValue(properties.get("headerName")),
                headerTemplate: stringLiteralValue(properties.get("headerTemplate"))
            };
        }
    }
    return undefined;
}

function readRegistrations(
    declaration: ts.ClassDeclaration,
    sourceFile: ts.SourceFile
): OperationRegistration[] {
    return findDescendants(declaration, ts.isCallExpression)
        .filter(
            (call) =>
                ts.isPropertyAccessExpression(call.expression) &&
                call.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
                call.expression.name.text === "registerOperation" &&
                call.arguments.length === 1
        )
        .map((call) => {
            const argument = unwrapExpression(call.arguments[0]);
            const namespaced =
                ts.isPropertyAccessExpression(argument) && ts.isIdentifier(argument.expression);
            return {
                expression: argument.getText(sourceFile),
                local: namespaced
                    ? (argument.expression as ts.Identifier).text
                    : argument.getText(sourceFile),
                member: namespaced ? argument.name.text : undefined,
                position: positionOf(call.arguments[0], sourceFile)
            };
        });
}

function calleeName(call: ts.CallExpression, sourceFile: ts.SourceFile): string {
    return unwrapExpression(call.expression).getText(sourceFile);
}

/** The executor call among a case's statements: the first `execute*` call, else the first call. */
function executorCall(
    statements: readonly ts.Statement[],
    sourceFile: ts.SourceFile
): ExecutorCall | undefined {
    const calls = statements.flatMap((statement) =>
        findDescendants(statement, ts.isCallExpression)
    );
    const call =
        calls.find((candidate) => /(^|\.)execute[A-Z_]/.test(calleeName(candidate, sourceFile))) ??
        calls[0];
    if (!call) return undefined;
    const parent = call.parent;
    const awaited = ts.isAwaitExpression(parent);
    const statement = awaited ? parent.parent : parent;
    return {
        callee: calleeName(call, sourceFile),
        arguments: call.arguments.map((argument) => argument.getText(sourceFile)),
        awaited,
        returned: ts.isReturnStatement(statement),
        position: positionOf(call, sourceFile)
    };
}

function readDispatch(
    declaration: ts.ClassDeclaration,
    sourceFile: ts.SourceFile
): OperationDispatch {
    const executeOperation = classMethod(declaration, "executeOperation");
    if (!executeOperation?.body) return { kind: "missing", cases: [], validatesParams: false };
    const parameter = executeOperation.parameters[0]?.name;
    const operationParameter = parameter && ts.isIdentifier(parameter) ? parameter.text : undefined;
    const validatesParams = findDescendants(executeOperation.body, ts.isCallExpression).some(
        (call) =>
            ts.isPropertyAccessExpression(call.expression) &&
            call.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
            call.expression.name.text === "validateParams"
    );
    const switches = findDescendants(executeOperation.body, ts.isSwitchStatement).filter(
        (statement) =>
            ts.isIdentifier(statement.expression) &&
            statement.expression.text === operationParameter
    );
    if (switches.length === 0) {
        return {
            kind: "other",
            cases: [],
            validatesParams,
            position: positionOf(executeOperation.name, sourceFile)
        };
    }
    const cases: DispatchCase[] = [];
    for (const statement of switches) {
        const clauses = statement.caseBlock.clauses;
        clauses.forEach((clause, index) => {
            if (!ts.isCaseClause(clause)) return;
            const id = stringLiteralValue(clause.expression);
            if (id === undefined) return;
            // `case "a": case "b": return run();` - an empty clause falls through to the next.
            const body = clauses.slice(index).find((next) => next.statements.length > 0);
            cases.push({
                id,
                position: positionOf(clause.expression, sourceFile),
                call: body && executorCall(body.statements, sourceFile)
            });
        });
    }
    const last = switches[switches.length - 1].caseBlock;
    const defaultClause = last.clauses.find(ts.isDefaultClause);
    return {
        kind: "switch",
        discriminant: operationParameter,
        cases,
        validatesParams,
        position: positionOf(switches[0], sourceFile),
        newCasePosition: defaultClause
            ? positionOf(defaultClause, sourceFile)
            : endPositionOf(last, sourceFile)
    };
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
        registrations: [],
        dispatch: { kind: "missing", cases: [], validatesParams: false }
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
    facts.registrations = readRegistrations(declaration, sourceFile);
    facts.dispatch = readDispatch(declaration, sourceFile);
    return facts;
}
