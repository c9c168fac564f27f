import * as path from "path";
import * as ts from "typescript";
import type { Tree } from "@nx/devkit";
import { operationNames } from "../model/names";
import { findDescendants, parseTypeScript, positionOf } from "../utils/ast";

/** One class of a client's `extends` chain, where it is declared. */
export interface ChainedClass {
    file: string;
    source: string;
    declaration: ts.ClassDeclaration;
}

/** Deep enough for a client on a platform base client on BaseAPIClient, and never a cycle. */
const MAX_CHAIN_DEPTH = 5;

function declaredClass(tree: Tree, file: string, className: string): ChainedClass | undefined {
    const source = tree.read(file, "utf-8");
    if (source === null) return undefined;
    const declaration = parseTypeScript(source, file).statements.find(
        (statement): statement is ts.ClassDeclaration =>
            ts.isClassDeclaration(statement) && statement.name?.text === className
    );
    return declaration && { file, source, declaration };
}

/** Where the base class `base`, imported by `file` from a relative module, is declared. */
function baseDeclaration(tree: Tree, from: ChainedClass, base: string): ChainedClass | undefined {
    const sourceFile = from.declaration.getSourceFile();
    const specifier = findDescendants(sourceFile, ts.isImportDeclaration)
        .find((statement) =>
            statement.importClause?.namedBindings &&
            ts.isNamedImports(statement.importClause.namedBindings)
                ? statement.importClause.namedBindings.elements.some(
                      (element) => element.name.text === base
                  )
                : false
        )
        ?.moduleSpecifier.getText(sourceFile)
        .slice(1, -1);
    if (!specifier?.startsWith(".")) return undefined;
    const module = path.posix.normalize(path.posix.join(path.posix.dirname(from.file), specifier));
    // The module itself, else an index that re-exports it from one of its sibling modules.
    const candidates = [`${module}.ts`, `${module}/index.ts`];
    if (tree.exists(`${module}/index.ts`)) {
        candidates.push(
            ...tree
                .children(module)
                .filter((name) => name.endsWith(".ts"))
                .map((name) => `${module}/${name}`)
        );
    }
    for (const candidate of candidates) {
        const found = tree.exists(candidate) ? declaredClass(tree, candidate, base) : undefined;
        if (found) return found;
    }
    return undefined;
}

/**
 * The client class and the classes it extends, nearest first, as far as relative imports lead (in
 * the provider folder, or into the host's core).
 */
export function classChain(tree: Tree, file: string, className: string): ChainedClass[] {
    const chain: ChainedClass[] = [];
    let current = declaredClass(tree, file, className);
    while (current && chain.length < MAX_CHAIN_DEPTH) {
        chain.push(current);
        const base = current.declaration.heritageClauses
            ?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
            ?.types[0]?.expression.getText(current.declaration.getSourceFile());
        current = base ? baseDeclaration(tree, current, base) : undefined;
    }
    return chain;
}

/** A class's members by name: methods, properties, accessors and constructor parameter properties. */
function membersNamed(declaration: ts.ClassDeclaration, name: string): ts.Node[] {
    const parameterProperties = declaration.members
        .filter(ts.isConstructorDeclaration)
        .flatMap((constructor) =>
            constructor.parameters.filter((parameter) =>
                ts.isParameterPropertyDeclaration(parameter, constructor)
            )
        );
    const members: Array<ts.ClassElement | ts.ParameterDeclaration> = [
        ...declaration.members,
        ...parameterProperties
    ];
    return members.filter(
        (member) =>
            member.name !== undefined &&
            (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) &&
            member.name.text === name
    );
}

/** The method a generated client has for an operation: `async <id>(params: <Id>Params)`. */
function isOperationMethod(member: ts.Node, method: string): boolean {
    const type = ts.isMethodDeclaration(member) ? member.parameters[0]?.type : undefined;
    return type !== undefined && type.getText() === operationNames(method).paramsType;
}

/**
 * Why a client class cannot have the method an operation adds (its id): the class itself, or a
 * class it extends, already has a member of that name (a duplicate, or an incompatible override
 * of BaseAPIClient's `request`, `get`, ...), so the provider would not compile. Undefined when
 * the name is free. The operation's own method, if already added, is not a clash. `chain` is the
 * client's classChain, read once for all the operations a run adds.
 */
export function clientMemberClash(
    chain: ChainedClass[],
    clientFile: string,
    operationId: string,
    method: string
): string | undefined {
    for (const [depth, link] of chain.entries()) {
        const member = membersNamed(link.declaration, method).find(
            (candidate) => depth > 0 || !isOperationMethod(candidate, method)
        );
        if (!member) continue;
        const owner = `${link.declaration.name!.text}'s ${depth === 0 ? "own " : ""}${method}`;
        const { line } = positionOf(member);
        return `${clientFile}: operation "${operationId}" would add a method ${method}() that clashes with ${owner} (${link.file}:${line}); choose another operation id; nothing was written.`;
    }
    return undefined;
}
