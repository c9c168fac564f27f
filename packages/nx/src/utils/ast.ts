import * as ts from "typescript";

/**
 * Parses TypeScript without type information: fast, and enough to locate declarations and literals.
 * Nothing is remembered here: what a run reads more than once, its session keeps (HostSession for
 * the host files, ProviderSources for a provider's files).
 */
export function parseTypeScript(source: string, fileName: string): ts.SourceFile {
    return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Files with syntax errors are not edited or trusted; `parseDiagnostics` is internal but stable. */
export function syntaxErrors(sourceFile: ts.SourceFile): ts.DiagnosticWithLocation[] {
    return (
        (sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] })
            .parseDiagnostics ?? []
    );
}

export interface SourcePosition {
    /** 1-based */
    line: number;
    /** 1-based */
    column: number;
}

export function positionOf(node: ts.Node, sourceFile = node.getSourceFile()): SourcePosition {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    return { line: line + 1, column: character + 1 };
}

/** Where a node's last character is (the `}` closing an object or block). */
export function endPositionOf(node: ts.Node, sourceFile = node.getSourceFile()): SourcePosition {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getEnd() - 1);
    return { line: line + 1, column: character + 1 };
}

/** The text of a string literal or a template literal without substitutions. */
export function stringLiteralValue(node: ts.Node | undefined): string | undefined {
    if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
        return node.text;
    }
    return undefined;
}

/** Property name as written: identifier, string or numeric literal. */
export function propertyNameText(name: ts.PropertyName | undefined): string | undefined {
    if (!name) return undefined;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
        return name.text;
    }
    return undefined;
}

/** Strips `as const`, `satisfies`, parentheses and non-null assertions around an expression. */
export function unwrapExpression(node: ts.Expression): ts.Expression {
    let current = node;
    while (
        ts.isAsExpression(current) ||
        ts.isSatisfiesExpression(current) ||
        ts.isParenthesizedExpression(current) ||
        ts.isNonNullExpression(current) ||
        ts.isTypeAssertionExpression(current)
    ) {
        current = current.expression;
    }
    return current;
}

export function findProperty(
    object: ts.ObjectLiteralExpression,
    name: string
): ts.PropertyAssignment | undefined {
    return object.properties.find(
        (property): property is ts.PropertyAssignment =>
            ts.isPropertyAssignment(property) && propertyNameText(property.name) === name
    );
}

/** The initializer of the top-level `const <name>` (optionally typed), without `as`/`satisfies`. */
export function findConstInitializer(
    sourceFile: ts.SourceFile,
    name: string
): ts.Expression | undefined {
    for (const statement of sourceFile.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            if (
                ts.isIdentifier(declaration.name) &&
                declaration.name.text === name &&
                declaration.initializer
            ) {
                return unwrapExpression(declaration.initializer);
            }
        }
    }
    return undefined;
}

/** The object literal assigned to `const <name>`, when it is one. */
export function findConstObjectLiteral(
    sourceFile: ts.SourceFile,
    name: string
): ts.ObjectLiteralExpression | undefined {
    const value = findConstInitializer(sourceFile, name);
    return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** The array literal assigned to `const <name>`, when it is one. */
export function findConstArrayLiteral(
    sourceFile: ts.SourceFile,
    name: string
): ts.ArrayLiteralExpression | undefined {
    const value = findConstInitializer(sourceFile, name);
    return value && ts.isArrayLiteralExpression(value) ? value : undefined;
}

/** Every descendant of `root` (depth first) that satisfies `test`. */
export function findDescendants<T extends ts.Node>(
    root: ts.Node,
    test: (node: ts.Node) => node is T
): T[] {
    const found: T[] = [];
    const visit = (node: ts.Node): void => {
        if (test(node)) found.push(node);
        ts.forEachChild(node, visit);
    };
    ts.forEachChild(root, visit);
    return found;
}

/** Literal values only (strings, numbers, booleans, arrays and objects of them). */
export function literalValue(node: ts.Expression): unknown {
    const expression = unwrapExpression(node);
    const text = stringLiteralValue(expression);
    if (text !== undefined) return text;
    if (ts.isNumericLiteral(expression)) return Number(expression.text);
    if (expression.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (expression.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isArrayLiteralExpression(expression)) {
        return expression.elements.map((element) => literalValue(element));
    }
    if (ts.isObjectLiteralExpression(expression)) {
        const result: Record<string, unknown> = {};
        for (const property of expression.properties) {
            if (ts.isPropertyAssignment(property)) {
                const key = propertyNameText(property.name);
                // defineProperty: a `__proto__` key stays a key instead of setting the prototype.
                if (key !== undefined) {
                    Object.defineProperty(result, key, {
                        value: literalValue(property.initializer),
                        enumerable: true,
                        writable: true,
                        configurable: true
                    });
                }
            }
        }
        return result;
    }
    return undefined;
}

/** The method of a class declaration named `name` (or any of `names`). */
export function classMethod(
    declaration: ts.ClassDeclaration,
    ...names: string[]
): ts.MethodDeclaration | undefined {
    return declaration.members.find(
        (member): member is ts.MethodDeclaration =>
            ts.isMethodDeclaration(member) && names.includes(propertyNameText(member.name) ?? "")
    );
}
