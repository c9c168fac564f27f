import * as path from "path";
import * as ts from "typescript";
import {
    findConstInitializer,
    findProperty,
    positionOf,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import type { SourcePosition } from "../utils/ast";
import { hasExportModifier, moduleSpecifiers, resolveProviderModule } from "./modules";
import type { ModuleGraph } from "./modules";
import type { ProviderSources } from "./provider-sources";

export const OPERATIONS_DIR = "operations";
export const OPERATIONS_INDEX = `${OPERATIONS_DIR}/index.ts`;

/**
 * How an operation definition is written: a plain object literal, or an object returned from an
 * immediately invoked function (`(() => { try { return { id: "x", ... } } catch ... })()`).
 */
export type DefinitionForm = "plain" | "iife";

/** Where an operation's `inputSchema` is declared. */
export interface SchemaLocation {
    /** The identifier written as `inputSchema` (undefined when the schema is built inline). */
    name?: string;
    /** Provider-relative file declaring it; undefined when it comes from outside the folder. */
    file?: string;
}

/** `export const sendMessageOperation: OperationDefinition = { id: "sendMessage", ... }` */
export interface OperationDefinitionFacts {
    /** Variable name: `sendMessageOperation`. */
    variable: string;
    /** The `id`, when it is a literal (or a const of the same file holding one). */
    id?: string;
    /** Provider-relative file. */
    file: string;
    /** Folders between `operations/` and the file: [] at top level, ["engagements", "emails"]. */
    group: string[];
    form: DefinitionForm;
    exported: boolean;
    /** Where the variable is declared. */
    position: SourcePosition;
    /** Where the id is written (the line to change when the id is wrong). */
    idPosition: SourcePosition;
    inputSchema?: SchemaLocation;
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
    /** `index.ts` of each nested group folder (`operations/tickets/index.ts`). */
    groupIndexes: string[];
    /** Modules under operations/ without definitions (`operations/types.ts`, shared helpers). */
    supportModules: string[];
}

/** Nodes of a function body, without descending into nested functions or classes. */
function ownDescendants<T extends ts.Node>(root: ts.Node, test: (node: ts.Node) => node is T): T[] {
    const found: T[] = [];
    const visit = (node: ts.Node): void => {
        if (test(node)) found.push(node);
        if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
        ts.forEachChild(node, visit);
    };
    ts.forEachChild(root, visit);
    return found;
}

function hasIdProperty(node: ts.Expression | undefined): node is ts.ObjectLiteralExpression {
    return node !== undefined && ts.isObjectLiteralExpression(node) && !!findProperty(node, "id");
}

/** The object literal an operation variable holds, directly or returned from an IIFE. */
export function definitionObject(
    initializer: ts.Expression
): { object: ts.ObjectLiteralExpression; form: DefinitionForm } | undefined {
    const value = unwrapExpression(initializer);
    if (hasIdProperty(value)) return { object: value, form: "plain" };
    if (!ts.isCallExpression(value) || value.arguments.length > 0) return undefined;
    const callee = unwrapExpression(value.expression);
    if (!ts.isArrowFunction(callee) && !ts.isFunctionExpression(callee)) return undefined;
    if (!ts.isBlock(callee.body)) {
        const returned = unwrapExpression(callee.body);
        return hasIdProperty(returned) ? { object: returned, form: "iife" } : undefined;
    }
    for (const statement of ownDescendants(callee.body, ts.isReturnStatement)) {
        const returned = statement.expression && unwrapExpression(statement.expression);
        if (hasIdProperty(returned)) return { object: returned, form: "iife" };
    }
    return undefined;
}

function isOperationVariable(declaration: ts.VariableDeclaration): boolean {
    if (!ts.isIdentifier(declaration.name)) return false;
    const typeName = declaration.type?.getText();
    return declaration.name.text.endsWith("Operation") || typeName === "OperationDefinition";
}

/** String value of an id: a literal, or a `const` of the same file that holds one. */
function idValue(expression: ts.Expression, sourceFile: ts.SourceFile): string | undefined {
    const value = unwrapExpression(expression);
    const literal = stringLiteralValue(value);
    if (literal !== undefined || !ts.isIdentifier(value)) return literal;
    const initializer = findConstInitializer(sourceFile, value.text);
    return initializer && stringLiteralValue(initializer);
}

function schemaLocation(
    object: ts.ObjectLiteralExpression,
    file: string,
    graph: ModuleGraph
): SchemaLocation | undefined {
    const property = findProperty(object, "inputSchema");
    if (!property) return undefined;
    const value = unwrapExpression(property.initializer);
    if (!ts.isIdentifier(value)) return { file };
    return { name: value.text, file: graph.resolveLocal(file, value.text)?.file };
}

/** Folders between operations/ and the file. */
export function operationGroup(file: string): string[] {
    return path.posix.dirname(file).split("/").slice(1);
}

/** Operation definitions and execute functions declared in one file. */
export function readOperationFile(
    sources: ProviderSources,
    graph: ModuleGraph,
    file: string
): OperationFileFacts {
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
        const exported = hasExportModifier(statement);
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
            if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
            const name = declaration.name.text;
            const isExportedName = exported || exportedNames.has(name);
            const initializer = unwrapExpression(declaration.initializer);
            if (
                name.startsWith("execute") &&
                (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))
            ) {
                facts.executeFunctions.push({
                    name,
                    file,
                    exported: isExportedName,
                    position: positionOf(declaration.name, sourceFile)
                });
                continue;
            }
            const definition = isOperationVariable(declaration)
                ? definitionObject(initializer)
                : undefined;
            if (!definition) continue;
            const idProperty = findProperty(definition.object, "id")!;
            facts.definitions.push({
                variable: name,
                id: idValue(idProperty.initializer, sourceFile),
                file,
                group: operationGroup(file),
                form: definition.form,
                exported: isExportedName,
                position: positionOf(declaration.name, sourceFile),
                idPosition: positionOf(idProperty.initializer, sourceFile),
                inputSchema: schemaLocation(definition.object, file, graph)
            });
        }
    }
    return facts;
}

/** Provider-relative files reachable from `entry` through imports and re-exports. */
export function reachableFrom(sources: ProviderSources, entry: string): Set<string> {
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
export function analyzeOperations(sources: ProviderSources, graph: ModuleGraph): OperationsFacts {
    const modules = sources
        .typeScriptFiles()
        .filter((file) => file.startsWith(`${OPERATIONS_DIR}/`) && !file.endsWith(".d.ts"));
    const isIndex = (file: string) => path.posix.basename(file) === "index.ts";
    const read = modules.map((file) => readOperationFile(sources, graph, file));
    return {
        hasIndex: sources.has(OPERATIONS_INDEX),
        files: read.filter((facts) => facts.definitions.length > 0),
        reachable: reachableFrom(sources, OPERATIONS_INDEX),
        groupIndexes: modules.filter((file) => file !== OPERATIONS_INDEX && isIndex(file)),
        supportModules: read
            .filter((facts) => facts.definitions.length === 0 && !isIndex(facts.file))
            .map((facts) => facts.file)
    };
}

/** Every operation definition of the folder, in file order. */
export function allDefinitions(operations: OperationsFacts): OperationDefinitionFacts[] {
    return operations.files.flatMap((file) => file.definitions);
}
