import * as ts from "typescript";
import type { RegistrationModel } from "../model/registration";
import {
    findDescendants,
    positionOf,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression,
    type SourcePosition
} from "../utils/ast";
import { FlowmaestroError } from "../utils/errors";
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
import type { Addition, HostFileEdit, HostFilePlanContext } from "./edit-support";
import type { RegistryEntryFacts, RegistryFileModel } from "./types";

/** registry.ts: `const xEntry: ProviderRegistryEntry = {...}` + `providerRegistry.register(xEntry)`. */

const ENTRY_TYPE = "ProviderRegistryEntry";
const REGISTRY = "providerRegistry";

interface RegistryEntryNode extends RegistryEntryFacts {
    statement: ts.VariableStatement;
    object: ts.ObjectLiteralExpression;
}

/** `providerRegistry.register(<variable>);` as a top-level statement. */
interface RegisterCall {
    variable: string;
    statement: ts.ExpressionStatement;
}

/** registry.ts read for planning: its syntax tree and the nodes edits are placed by. */
export interface RegistrySource {
    sourceFile: ts.SourceFile;
    entries: RegistryEntryNode[];
    /** Register calls whose variable is declared nowhere in the file. */
    undeclared: Array<RegisterCall & { position: SourcePosition }>;
    /** Every name declared at the top level (imports, variables, functions, classes). */
    topLevelNames: Map<string, ts.Node>;
    /** `export { providerRegistry };` — new entries go before it and its comment. */
    exportStatement?: ts.ExportDeclaration;
}

function hasEntryType(declaration: ts.VariableDeclaration): boolean {
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

function hasProperty(object: ts.ObjectLiteralExpression, name: string): boolean {
    return object.properties.some(
        (property) => property.name !== undefined && propertyNameText(property.name) === name
    );
}

function loaderImport(object: ts.ObjectLiteralExpression): string | undefined {
    const call = findDescendants(object, ts.isCallExpression).find(
        (node) => node.expression.kind === ts.SyntaxKind.ImportKeyword
    );
    return call ? stringLiteralValue(call.arguments[0]) : undefined;
}

function isRegisterCall(node: ts.Node): node is ts.CallExpression {
    return (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === REGISTRY &&
        node.expression.name.text === "register"
    );
}

/**
 * Every `providerRegistry.register(...)` call in the file. Each must be a top-level statement
 * passing one entry variable: a call inside a block or passing anything else registers something
 * the file does not tell, so an edit could add a second entry for it.
 */
function registerCalls(sourceFile: ts.SourceFile, fileName: string): RegisterCall[] {
    return findDescendants(sourceFile, isRegisterCall).map((call) => {
        const statement = call.parent;
        const [argument] = call.arguments;
        if (
            !ts.isExpressionStatement(statement) ||
            statement.parent !== sourceFile ||
            call.arguments.length !== 1 ||
            !ts.isIdentifier(argument)
        ) {
            throw unexpectedShape(
                fileName,
                `every ${REGISTRY}.register(...) must be a top-level statement passing an entry variable (\`${REGISTRY}.register(xEntry);\`), so that what it registers can be read`,
                call
            );
        }
        return { variable: argument.text, statement };
    });
}

function topLevelNames(sourceFile: ts.SourceFile): Map<string, ts.Node> {
    const names = new Map<string, ts.Node>();
    for (const statement of sourceFile.statements) {
        if (ts.isImportDeclaration(statement)) {
            const clause = statement.importClause;
            if (clause?.name) names.set(clause.name.text, statement);
            const bindings = clause?.namedBindings;
            if (bindings && ts.isNamespaceImport(bindings))
                names.set(bindings.name.text, statement);
            if (bindings && ts.isNamedImports(bindings)) {
                bindings.elements.forEach((element) => names.set(element.name.text, statement));
            }
        } else if (ts.isVariableStatement(statement)) {
            for (const declaration of statement.declarationList.declarations) {
                if (ts.isIdentifier(declaration.name)) names.set(declaration.name.text, statement);
            }
        } else if (
            (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
            statement.name
        ) {
            names.set(statement.name.text, statement);
        }
    }
    return names;
}

export function readRegistryFile(source: string, fileName: string): RegistrySource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const names = topLevelNames(sourceFile);
    if (!names.has(REGISTRY)) {
        throw unexpectedShape(
            fileName,
            `expected the provider registry file: an import of ${REGISTRY} and \`const xEntry: ${ENTRY_TYPE} = {...}\` entries`
        );
    }
    const calls = registerCalls(sourceFile, fileName);
    const registeredVariables = new Set(calls.map((call) => call.variable));
    const entries: RegistryEntryNode[] = [];
    for (const statement of sourceFile.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
            const variable = declaration.name.text;
            const object = unwrapExpression(declaration.initializer);
            const registered = registeredVariables.has(variable);
            // An entry: typed as one, shaped as one (name + loader), or registered as one.
            const isEntry =
                ts.isObjectLiteralExpression(object) &&
                (hasEntryType(declaration) ||
                    registered ||
                    (hasProperty(object, "name") && hasProperty(object, "loader")));
            if (!isEntry) continue;
            const own = calls.filter((call) => call.variable === variable);
            const early = own.find((call) => call.statement.end <= statement.getStart());
            entries.push({
                variable,
                name: stringProperty(object, "name") ?? "",
                displayName: stringProperty(object, "displayName"),
                authMethod: stringProperty(object, "authMethod"),
                category: stringProperty(object, "category"),
                loaderImport: loaderImport(object),
                registered: own.some((call) => call.statement.pos >= statement.end),
                registeredBeforeDeclaration: early && positionOf(early.statement, sourceFile),
                position: positionOf(statement, sourceFile),
                statement,
                object
            });
        }
    }
    const undeclared = calls
        .filter((call) => !names.has(call.variable))
        .map((call) => ({ ...call, position: positionOf(call.statement, sourceFile) }));
    for (const call of calls) {
        const declaration = names.get(call.variable);
        if (declaration && !entries.some((entry) => entry.variable === call.variable)) {
            throw unexpectedShape(
                fileName,
                `${REGISTRY}.register(${call.variable}) registers ${call.variable}, which is declared here but not as an entry object literal (\`const ${call.variable}: ${ENTRY_TYPE} = { name: ..., ... }\`), so the provider it registers cannot be read`,
                declaration
            );
        }
    }
    const exportStatement = sourceFile.statements.find(
        (statement): statement is ts.ExportDeclaration =>
            ts.isExportDeclaration(statement) &&
            statement.exportClause !== undefined &&
            ts.isNamedExports(statement.exportClause) &&
            statement.exportClause.elements.some((element) => element.name.text === REGISTRY)
    );
    return { sourceFile, entries, undeclared, topLevelNames: names, exportStatement };
}

/** Where new entries go: the line of `export { providerRegistry }` or its comment, if any. */
function newEntryOffset(source: string, registry: RegistrySource): number | undefined {
    const anchor = registry.exportStatement;
    if (!anchor) return undefined;
    const comments = ts.getLeadingCommentRanges(source, anchor.getFullStart()) ?? [];
    return lineStartOf(source, comments.length > 0 ? comments[0].pos : anchor.getStart());
}

export function registryFileModel(registry: RegistrySource): RegistryFileModel {
    const source = registry.sourceFile.text;
    const offset = newEntryOffset(source, registry) ?? source.length;
    const { line, character } = registry.sourceFile.getLineAndCharacterOfPosition(offset);
    return {
        entries: registry.entries.map(
            ({ statement: _statement, object: _object, ...facts }) => facts
        ),
        undeclaredRegistrations: registry.undeclared.map(({ variable, position }) => ({
            variable,
            position
        })),
        newEntryPosition: { line: line + 1, column: character + 1 }
    };
}

export function parseRegistryFile(source: string, fileName: string): RegistryFileModel {
    return registryFileModel(readRegistryFile(source, fileName));
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

export interface RegistryEditContext extends HostFilePlanContext<RegistrySource> {
    /** Module path from registry.ts to the providers folder. */
    providersImport?: string;
}

function registryAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    providersImport: string,
    read: typeof readRegistryFile
): Addition[] {
    const registry = read(source, fileName);
    const variable = `${registration.camel}Entry`;
    const [existing, ...duplicates] = registry.entries.filter(
        (entry) => entry.name === registration.id
    );
    if (duplicates.length > 0) {
        throw conflict(
            fileName,
            duplicates[0],
            `provider "${registration.id}" has ${duplicates.length + 1} registry entries (${[existing, ...duplicates].map((entry) => `${entry.variable} at line ${entry.position.line}`).join(", ")}); register() overwrites silently, so keep one`
        );
    }
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
        if (existing.registeredBeforeDeclaration) {
            throw conflict(
                fileName,
                existing,
                `${REGISTRY}.register(${existing.variable}) at line ${existing.registeredBeforeDeclaration.line} runs before \`const ${existing.variable}\` is declared (a ReferenceError when the module loads); move the call after the declaration`
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
    const taken = registry.topLevelNames.get(variable);
    if (taken) {
        throw new FlowmaestroError(
            `${fileName}:${positionOf(taken).line}: the entry variable ${variable} for "${registration.id}" is already declared for something else; rename that declaration. Nothing was written.`
        );
    }
    // A register call left behind without its declaration (`const` is not hoisted): the entry
    // goes right before it, and that call registers it.
    const leftover = registry.undeclared.find((call) => call.variable === variable);
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
    writer.line(2, `return new ${registration.providerClass}();`).line(1, "}").line(0, "};");
    if (leftover) {
        return [
            {
                what: `registry entry ${variable} (before its ${REGISTRY}.register call at line ${leftover.position.line}, which has no declaration)`,
                index: leftover.statement.getStart(),
                text: `${writer.toString()}\n\n`
            }
        ];
    }
    const text = writer.line(0, "").line(0, `${REGISTRY}.register(${variable});`).toString();
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
                context.providersImport ?? "./providers",
                context.read ?? readRegistryFile
            ),
        verifyTypeScript(fileName)
    );
}

export const editRegistryFile = textEdit(planRegistryFile);
