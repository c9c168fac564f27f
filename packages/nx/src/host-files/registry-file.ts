import * as ts from "typescript";
import type { RegistrationModel } from "../model/registration";
import { findDescendants, positionOf, propertyNameText, stringLiteralValue } from "../utils/ast";
import { FlowmaestroError } from "../utils/errors";
import { lastReadPerFile } from "../utils/memo";
import {
    BlockWriter,
    commentText,
    editHostFile,
    hostString,
    lineIndentAt,
    lineStartOf,
    parseHostTypeScript,
    unexpectedShape,
    verifyTypeScript,
    textEdit
} from "./edit-support";
import type { Addition, HostFileEdit } from "./edit-support";
import type { RegistryEntryFacts, RegistryFileModel } from "./types";

/** registry.ts: `const xEntry: ProviderRegistryEntry = {...}` + `providerRegistry.register(xEntry)`. */

const ENTRY_TYPE = "ProviderRegistryEntry";
const REGISTRY = "providerRegistry";

interface RegistryEntryNode extends RegistryEntryFacts {
    statement: ts.VariableStatement;
    object: ts.ObjectLiteralExpression;
}

interface RegistrySource {
    sourceFile: ts.SourceFile;
    entries: RegistryEntryNode[];
    /** `export { providerRegistry };` — new entries go before it and its comment. */
    exportStatement?: ts.ExportDeclaration;
}

function isEntryDeclaration(declaration: ts.VariableDeclaration): boolean {
    const type = declaration.type;
    return (
        type !== undefined &&
        ts.isTypeReferenceNode(type) &&
        ts.isIdentifier(type.typeName) &&
        type.typeName.text === ENTRY_TYPE
    );
}

function stringProperty(object: ts.ObjectLiteralExpression, name: string): string | undefined {
    for (const property of object.properties) {
        if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === name) {
            return stringLiteralValue(property.initializer);
        }
    }
    return undefined;
}

function loaderImport(object: ts.ObjectLiteralExpression): string | undefined {
    const call = findDescendants(object, ts.isCallExpression).find(
        (node) => node.expression.kind === ts.SyntaxKind.ImportKeyword
    );
    return call ? stringLiteralValue(call.arguments[0]) : undefined;
}

/** Variables passed to `providerRegistry.register(...)` at top level. */
function registeredVariables(sourceFile: ts.SourceFile): Set<string> {
    const registered = new Set<string>();
    for (const statement of sourceFile.statements) {
        if (!ts.isExpressionStatement(statement)) continue;
        const call = statement.expression;
        if (
            ts.isCallExpression(call) &&
            ts.isPropertyAccessExpression(call.expression) &&
            ts.isIdentifier(call.expression.expression) &&
            call.expression.expression.text === REGISTRY &&
            call.expression.name.text === "register" &&
            call.arguments.length === 1 &&
            ts.isIdentifier(call.arguments[0])
        ) {
            registered.add(call.arguments[0].text);
        }
    }
    return registered;
}

const readRegistry = lastReadPerFile(function readRegistry(
    source: string,
    fileName: string
): RegistrySource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const declaresRegistry = sourceFile.statements.some((statement) => {
        if (ts.isImportDeclaration(statement)) {
            const bindings = statement.importClause?.namedBindings;
            return (
                bindings !== undefined &&
                ts.isNamedImports(bindings) &&
                bindings.elements.some((element) => element.name.text === REGISTRY)
            );
        }
        return (
            ts.isVariableStatement(statement) &&
            statement.declarationList.declarations.some(
                (declaration) =>
                    ts.isIdentifier(declaration.name) && declaration.name.text === REGISTRY
            )
        );
    });
    if (!declaresRegistry) {
        throw unexpectedShape(
            fileName,
            `expected the provider registry file: an import of ${REGISTRY} and \`const xEntry: ${ENTRY_TYPE} = {...}\` entries`
        );
    }
    const registered = registeredVariables(sourceFile);
    const entries: RegistryEntryNode[] = [];
    for (const statement of sourceFile.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            const initializer = declaration.initializer;
            if (
                !isEntryDeclaration(declaration) ||
                !ts.isIdentifier(declaration.name) ||
                !initializer ||
                !ts.isObjectLiteralExpression(initializer)
            ) {
                continue;
            }
            const variable = declaration.name.text;
            entries.push({
                variable,
                name: stringProperty(initializer, "name") ?? "",
                displayName: stringProperty(initializer, "displayName"),
                authMethod: stringProperty(initializer, "authMethod"),
                category: stringProperty(initializer, "category"),
                loaderImport: loaderImport(initializer),
                registered: registered.has(variable),
                position: positionOf(statement, sourceFile),
                statement,
                object: initializer
            });
        }
    }
    const exportStatement = sourceFile.statements.find(
        (statement): statement is ts.ExportDeclaration =>
            ts.isExportDeclaration(statement) &&
            statement.exportClause !== undefined &&
            ts.isNamedExports(statement.exportClause) &&
            statement.exportClause.elements.some((element) => element.name.text === REGISTRY)
    );
    return { sourceFile, entries, exportStatement };
});

/** Where new entries go: the line of `export { providerRegistry }` or its comment, if any. */
function newEntryOffset(source: string, registry: RegistrySource): number | undefined {
    const anchor = registry.exportStatement;
    if (!anchor) return undefined;
    const comments = ts.getLeadingCommentRanges(source, anchor.getFullStart()) ?? [];
    return lineStartOf(source, comments.length > 0 ? comments[0].pos : anchor.getStart());
}

export function parseRegistryFile(source: string, fileName: string): RegistryFileModel {
    const registry = readRegistry(source, fileName);
    const offset = newEntryOffset(source, registry) ?? source.length;
    const { line, character } = registry.sourceFile.getLineAndCharacterOfPosition(offset);
    return {
        entries: registry.entries.map(
            ({ statement: _statement, object: _object, ...facts }) => facts
        ),
        newEntryPosition: { line: line + 1, column: character + 1 }
    };
}

type WrapStyle = "assignment" | "argument";

/**
 * How the file's Prettier wraps a long `await import(...)`: inside `import(` ("argument", Prettier
 * up to 3.6, the real host's) or after `=` ("assignment", later versions). Follow the newest
 * wrapped entry; default to the host's.
 */
function importWrapStyle(registry: RegistrySource): WrapStyle {
    let style: WrapStyle = "argument";
    const { sourceFile } = registry;
    const lineOf = (position: number) => sourceFile.getLineAndCharacterOfPosition(position).line;
    for (const entry of registry.entries) {
        for (const call of findDescendants(entry.object, ts.isCallExpression)) {
            if (call.expression.kind !== ts.SyntaxKind.ImportKeyword || !call.arguments[0])
                continue;
            if (lineOf(call.arguments[0].getStart()) > lineOf(call.getStart())) {
                style = "argument";
            } else if (ts.isAwaitExpression(call.parent)) {
                const declaration = call.parent.parent;
                if (
                    ts.isVariableDeclaration(declaration) &&
                    lineOf(call.parent.getStart()) > lineOf(declaration.getStart())
                ) {
                    style = "assignment";
                }
            }
        }
    }
    return style;
}

/** The loader's `const { X } = await import("...")`, wrapped as the file's Prettier wraps it. */
function writeLoaderImport(
    writer: BlockWriter,
    className: string,
    modulePath: string,
    style: WrapStyle
): void {
    const binding = `const { ${className} } =`;
    const flat = `${binding} await import(${hostString(modulePath)});`;
    if (writer.fits(2, flat)) {
        writer.line(2, flat);
    } else if (style === "assignment") {
        writer.line(2, binding).line(3, `await import(${hostString(modulePath)});`);
    } else {
        writer.line(2, `${binding} await import(`).line(3, hostString(modulePath)).line(2, ");");
    }
}

function entryIndentUnit(source: string, registry: RegistrySource): string {
    const property = registry.entries[registry.entries.length - 1]?.object.properties[0];
    const indent = property ? lineIndentAt(source, property.getStart()) : "";
    return indent || "    ";
}

function conflict(fileName: string, entry: RegistryEntryNode, problem: string): FlowmaestroError {
    return new FlowmaestroError(
        `${fileName}:${entry.position.line}: ${problem}. Fix the registration or the provider by hand; nothing was written.`
    );
}

export interface RegistryEditContext {
    fileName?: string;
    /** Module path from registry.ts to the providers folder. */
    providersImport?: string;
}

function registryAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    providersImport: string
): Addition[] {
    const registry = readRegistry(source, fileName);
    const variable = `${registration.camel}Entry`;
    const existing = registry.entries.find((entry) => entry.name === registration.id);
    if (existing) {
        if (existing.authMethod !== registration.authMethod) {
            throw conflict(
                fileName,
                existing,
                `provider "${registration.id}" is already registered (${existing.variable}) with authMethod "${existing.authMethod}", but the provider uses "${registration.authMethod}"`
            );
        }
        if (
            existing.displayName !== undefined &&
            existing.displayName !== registration.displayName
        ) {
            throw conflict(
                fileName,
                existing,
                `provider "${registration.id}" is already registered (${existing.variable}) with displayName ${JSON.stringify(existing.displayName)}, but the provider says ${JSON.stringify(registration.displayName)}`
            );
        }
        if (existing.registered) return [];
        return [
            {
                what: `${REGISTRY}.register(${existing.variable})`,
                index: existing.statement.getEnd(),
                text: `\n\n${REGISTRY}.register(${existing.variable});`
            }
        ];
    }
    const clash = registry.entries.find((entry) => entry.variable === variable);
    if (clash) {
        throw conflict(
            fileName,
            clash,
            `the entry variable ${variable} for "${registration.id}" is already used by provider "${clash.name}" (ids that differ only in punctuation get the same name)`
        );
    }
    const unit = entryIndentUnit(source, registry);
    const modulePath = `${providersImport}/${registration.id}/${registration.providerClass}`;
    const writer = new BlockWriter("", unit)
        .line(0, `// Register ${commentText(registration.displayName)} provider`)
        .line(0, `const ${variable}: ${ENTRY_TYPE} = {`)
        .property(1, "name", hostString(registration.id), ",")
        .property(1, "displayName", hostString(registration.displayName), ",")
        .property(1, "authMethod", hostString(registration.authMethod), ",")
        .property(1, "category", hostString(registration.category), ",")
        .line(1, "loader: async () => {");
    writeLoaderImport(writer, registration.providerClass, modulePath, importWrapStyle(registry));
    const text = writer
        .line(2, `return new ${registration.providerClass}();`)
        .line(1, "}")
        .line(0, "};")
        .line(0, "")
        .line(0, `${REGISTRY}.register(${variable});`)
        .toString();
    const what = `registry entry ${variable} and ${REGISTRY}.register(${variable})`;
    const index = newEntryOffset(source, registry);
    if (index !== undefined) return [{ what, index, text: `${text}\n\n` }];
    return [
        { what, index: source.length, text: `${source.endsWith("\n") ? "" : "\n"}\n${text}\n` }
    ];
}

/** Adds the provider's entry and register call to registry.ts when missing. */
export function planRegistryFile(
    source: string,
    registration: RegistrationModel,
    context: RegistryEditContext = {}
): HostFileEdit {
    const fileName = context.fileName ?? "registry.ts";
    return editHostFile(
        source,
        fileName,
        (lfSource) =>
            registryAdditions(
                lfSource,
                registration,
                fileName,
                context.providersImport ?? "./providers"
            ),
        verifyTypeScript(fileName)
    );
}

export const editRegistryFile = textEdit(planRegistryFile);
