import * as path from "path";
import * as ts from "typescript";
import {
    findDescendants,
    findProperty,
    positionOf,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import type { SourcePosition } from "../utils/ast";
import type { ProviderSources } from "./provider-folder";

export const OPERATIONS_DIR = "operations";
export const OPERATIONS_INDEX = `${OPERATIONS_DIR}/index.ts`;

/**
 * `export const sendMessageOperation: OperationDefinition = { id: "sendMessage", ... }`, or the same
 * object returned by an immediately invoked function (`(() => { try { return { ... } } ... })()`).
 */
export interface OperationDefinitionFacts {
    /** Variable name: `sendMessageOperation`. */
    variable: string;
    /** The literal `id`, when written as a string. */
    id?: string;
    /** Provider-relative file. */
    file: string;
    exported: boolean;
    position: SourcePosition;
}

/** `export async function executeSendMessage(...)` (or an arrow function in a const). */
export interface ExecuteFunctionFacts {
    name: string;
    file: string;
    exported: boolean;
    position: SourcePosition;
}

export interface OperationFileFacts {
    file: string;
    definitions: OperationDefinitionFacts[];
    executeFunctions: ExecuteFunctionFacts[];
}

export interface OperationsFacts {
    hasIndex: boolean;
    /** Files under operations/ (any depth) that declare at least one operation definition. */
    files: OperationFileFacts[];
    /** Provider-relative files reachable from operations/index.ts through imports and re-exports. */
    reachable: ReadonlySet<string>;
}

function isExported(statement: ts.Statement): boolean {
    return (
        ts.canHaveModifiers(statement) &&
        (ts.getModifiers(statement) ?? []).some(
            (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword
        )
    );
}

/**
 * The object literal a definition's initializer evaluates to: the literal itself, or the one an
 * immediately invoked arrow/function returns (37 real providers build definitions in a
 * `try { return { ... } } catch` IIFE).
 */
function definitionObject(initializer: ts.Expression): ts.ObjectLiteralExpression | undefined {
    const value = unwrapExpression(initializer);
    if (ts.isObjectLiteralExpression(value)) return value;
    if (!ts.isCallExpression(value) || value.arguments.length > 0) return undefined;
    const callee = unwrapExpression(value.expression);
    if (!ts.isArrowFunction(callee) && !ts.isFunctionExpression(callee)) return undefined;
    if (!ts.isBlock(callee.body)) {
        const body = unwrapExpression(callee.body);
        return ts.isObjectLiteralExpression(body) ? body : undefined;
    }
    for (const statement of findDescendants(callee.body, ts.isReturnStatement)) {
        const returned = statement.expression && unwrapExpression(statement.expression);
        if (returned && ts.isObjectLiteralExpression(returned)) return returned;
    }
    return undefined;
}

function operationDefinitionObject(
    declaration: ts.VariableDeclaration
): ts.ObjectLiteralExpression | undefined {
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return undefined;
    const object = definitionObject(declaration.initializer);
    if (!object || !findProperty(object, "id")) return undefined;
    const typeName = declaration.type?.getText();
    return declaration.name.text.endsWith("Operation") || typeName === "OperationDefinition"
        ? object
        : undefined;
}

function readOperationFile(sources: ProviderSources, file: string): OperationFileFacts {
    const sourceFile = sources.parse(file);
    const facts: OperationFileFacts = { file, definitions: [], executeFunctions: [] };
    const exportedNames = new Set<string>();
    for (const statement of sourceFile.statements) {
        // `export { a, b as c }` without a module specifier exports local declarations.
        if (
            ts.isExportDeclaration(statement) &&
            !statement.moduleSpecifier &&
            statement.exportClause &&
            ts.isNamedExports(statement.exportClause)
        ) {
            for (const element of statement.exportClause.elements) {
                exportedNames.add((element.propertyName ?? element.name).getText(sourceFile));
            }
        }
    }
    for (const statement of sourceFile.statements) {
        const exported = isExported(statement);
        if (ts.isFunctionDeclaration(statement) && statement.name?.text.startsWith("execute")) {
            facts.executeFunctions.push({
                name: statement.name.text,
                file,
                exported: exported || exportedNames.has(statement.name.text),
                position: positionOf(statement.name, sourceFile)
            });
        }
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            if (!ts.isIdentifier(declaration.name)) continue;
            const name = declaration.name.text;
            const isExportedName = exported || exportedNames.has(name);
            const initializer =
                declaration.initializer && unwrapExpression(declaration.initializer);
            const object = operationDefinitionObject(declaration);
            if (
                name.startsWith("execute") &&
                initializer &&
                (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))
            ) {
                facts.executeFunctions.push({
                    name,
                    file,
                    exported: isExportedName,
                    position: positionOf(declaration.name, sourceFile)
                });
            } else if (object) {
                facts.definitions.push({
                    variable: name,
                    id: stringLiteralValue(
                        unwrapExpression(findProperty(object, "id")!.initializer)
                    ),
                    file,
                    exported: isExportedName,
                    position: positionOf(declaration.name, sourceFile)
                });
            }
        }
    }
    return facts;
}

/** Resolves a relative module specifier to a provider-relative `.ts` file, as TypeScript would. */
export function resolveProviderModule(
    sources: ProviderSources,
    fromFile: string,
    specifier: string
): string | undefined {
    if (!specifier.startsWith(".")) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
    if (base.startsWith("..")) return undefined;
    const stripped = base.replace(/\.js$/, "");
    return [`${stripped}.ts`, `${stripped}/index.ts`, stripped].find(
        (candidate) => candidate.endsWith(".ts") && sources.has(candidate)
    );
}

/** Module specifiers a file imports or re-exports from. */
export function moduleSpecifiers(sourceFile: ts.SourceFile): string[] {
    const specifiers: string[] = [];
    for (const statement of sourceFile.statements) {
        if (
            (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
            statement.moduleSpecifier
        ) {
            const specifier = stringLiteralValue(statement.moduleSpecifier);
            if (specifier) specifiers.push(specifier);
        }
    }
    return specifiers;
}

function reachableFrom(sources: ProviderSources, entry: string): Set<string> {
    const reached = new Set<string>();
    const pending = sources.has(entry) ? [entry] : [];
    while (pending.length > 0) {
        const file = pending.pop()!;
        if (reached.has(file)) continue;
        reached.add(file);
        for (const specifier of moduleSpecifiers(sources.parse(file))) {
            const target = resolveProviderModule(sources, file, specifier);
            if (target && !reached.has(target)) pending.push(target);
        }
    }
    return reached;
}

/** Operation definitions, execute functions and the re-export graph of `operations/`. */
export function analyzeOperations(sources: ProviderSources): OperationsFacts {
    const files = sources
        .typeScriptFiles()
        .filter((file) => file.startsWith(`${OPERATIONS_DIR}/`) && !file.endsWith(".d.ts"))
        .map((file) => readOperationFile(sources, file))
        .filter((facts) => facts.definitions.length > 0);
    return {
        hasIndex: sources.has(OPERATIONS_INDEX),
        files,
        reachable: reachableFrom(sources, OPERATIONS_INDEX)
    };
}

/** Every operation definition of the folder, in file order. */
export function allDefinitions(operations: OperationsFacts): OperationDefinitionFacts[] {
    return operations.files.flatMap((file) => file.definitions);
}

/** A `this.registerOperation(x)` call resolved to the definition it registers. */
export interface RegisteredOperation {
    /** The argument as written (`sendMessageOperation`). */
    variable: string;
    /** The operation id, when the definition was found and its id is a literal. */
    id?: string;
    position: SourcePosition;
}

/**
 * Resolves the provider's registered operations through the definitions found in `operations/`.
 * A namespace-qualified argument (`Zones.listZonesOperation`, from `import * as Zones from
 * "./operations/zones"`) resolves through its member name when exactly one definition has it.
 */
export function resolveRegisteredOperations(
    registered: readonly { value: string; position: SourcePosition }[],
    operations: OperationsFacts
): RegisteredOperation[] {
    const byVariable = new Map<string, OperationDefinitionFacts[]>();
    for (const definition of allDefinitions(operations)) {
        byVariable.set(definition.variable, [
            ...(byVariable.get(definition.variable) ?? []),
            definition
        ]);
    }
    return registered.map(({ value, position }) => {
        const candidates = byVariable.get(value.slice(value.lastIndexOf(".") + 1)) ?? [];
        return {
            variable: value,
            id: candidates.length === 1 ? candidates[0].id : undefined,
            position
        };
    });
}
