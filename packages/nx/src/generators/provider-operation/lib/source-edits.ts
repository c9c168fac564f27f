import * as ts from "typescript";
import { PRINT_WIDTH } from "../../../codegen/layout";
import {
    orderImports,
    type ImportOrderStyle,
    type ImportSpec
} from "../../../host-profile/import-order";
import {
    insertIntoList,
    lineIndentAt,
    lineStartOf,
    memberIndentation,
    parseHostTypeScript,
    type Addition
} from "../../../host-files/edit-support";
import { findDescendants, stringLiteralValue } from "../../../utils/ast";
import { FlowmaestroError } from "../../../utils/errors";

/**
 * Insertions into a provider's own files (provider class, operation indexes, MCP adapter, client,
 * fixtures), planned as host-file edits are: each locates its place through the AST of the file's
 * LF text and returns the insertions, written in the file's own indentation, that
 * host-files/edit-support applies (refusing unsafe files, keeping CRLF, checking the result).
 */

const parse = parseHostTypeScript;

/** An insertion of `text` at `index` (replacing `replaces` characters), laid out in the file's indentation. */
function insertion(
    source: string,
    what: string,
    index: number,
    text: string,
    replaces?: number
): Addition {
    return {
        what,
        index,
        text: inFileIndentation(source, text),
        ...(replaces ? { replaces } : {})
    };
}

/** One indentation step of the file (its first indented line), four spaces by default. */
export function indentUnit(source: string): string {
    return /^( +|\t+)\S/m.exec(source)?.[1] ?? "    ";
}

/**
 * Inserted text is laid out in steps of four spaces (after any indentation copied from the file);
 * in a tab-indented file each step becomes a tab, as the host's Prettier (`useTabs`) writes it.
 */
function inFileIndentation(source: string, text: string): string {
    if (!indentUnit(source).startsWith("\t")) return text;
    return text.replace(
        /^(\t*)((?: {4})+)/gm,
        (_line, tabs: string, spaces: string) => tabs + "\t".repeat(spaces.length / 4)
    );
}

/** The indentation depth of a line's leading whitespace, in four-column steps (a tab is one). */
export function indentDepth(indent: string): number {
    return Math.floor(indent.replace(/\t/g, "    ").length / 4);
}

function importsOf(sourceFile: ts.SourceFile): ts.ImportDeclaration[] {
    return sourceFile.statements.filter(ts.isImportDeclaration);
}

function specOf(declaration: ts.ImportDeclaration): ImportSpec {
    return {
        from: stringLiteralValue(declaration.moduleSpecifier) ?? "",
        named: ["x"],
        typeOnly: declaration.importClause?.isTypeOnly ?? false
    };
}

/**
 * Adds names to the file's import from `from` (of the same kind, value or type), or a new import
 * statement where the host's import order puts it.
 */
export function addImport(
    source: string,
    fileName: string,
    spec: { from: string; named: string[]; typeOnly?: boolean },
    style: ImportOrderStyle
): Addition[] {
    const sourceFile = parse(source, fileName);
    const imports = importsOf(sourceFile);
    const existing = imports.find(
        (declaration) =>
            stringLiteralValue(declaration.moduleSpecifier) === spec.from &&
            (declaration.importClause?.isTypeOnly ?? false) === (spec.typeOnly ?? false) &&
            declaration.importClause?.namedBindings !== undefined &&
            ts.isNamedImports(declaration.importClause.namedBindings)
    );
    if (existing) {
        const bindings = existing.importClause!.namedBindings as ts.NamedImports;
        const present = new Set(bindings.elements.map((element) => element.name.text));
        const missing = spec.named.filter((name) => !present.has(name));
        if (missing.length === 0) return [];
        return [addToNamedList(source, existing, bindings, missing)];
    }
    const what = `import of ${spec.named.join(", ")} from "${spec.from}"`;
    const statement = renderImport(spec);
    const specs = imports.map(specOf);
    const ordered = orderImports([...specs, spec], style);
    const following = ordered[ordered.indexOf(spec) + 1];
    const next = following && imports[specs.indexOf(following)];
    if (next) {
        return [
            insertion(
                source,
                what,
                lineStartOf(source, next.getStart(sourceFile)),
                `${statement}\n`
            )
        ];
    }
    const last = imports[imports.length - 1];
    if (last) return [insertion(source, what, last.getEnd(), `\n${statement}`)];
    return [insertion(source, what, 0, `${statement}\n`)];
}

function renderImport(spec: { from: string; named: string[]; typeOnly?: boolean }): string {
    const head = spec.typeOnly ? "import type " : "import ";
    const flat = `${head}{ ${spec.named.join(", ")} } from ${JSON.stringify(spec.from)};`;
    if (flat.length <= PRINT_WIDTH) return flat;
    return `${head}{\n${spec.named.map((name) => `    ${name}`).join(",\n")}\n} from ${JSON.stringify(spec.from)};`;
}

/** Appends names to `{ a, b }`: one per line when the list is written that way, else inline. */
function addToNamedList(
    source: string,
    declaration: ts.ImportDeclaration,
    bindings: ts.NamedImports,
    names: string[]
): Addition {
    const what = `import of ${names.join(", ")}`;
    const last = bindings.elements[bindings.elements.length - 1];
    const multiLine = source.slice(bindings.getStart(), bindings.getEnd()).includes("\n");
    if (multiLine) {
        const indent = lineIndentAt(source, last.getStart());
        return insertion(
            source,
            what,
            last.getEnd(),
            names.map((name) => `,\n${indent}${name}`).join("")
        );
    }
    const start = lineStartOf(source, declaration.getStart());
    const flatLength =
        declaration.getEnd() - start + names.map((name) => `, ${name}`).join("").length;
    if (flatLength <= PRINT_WIDTH) {
        return insertion(source, what, last.getEnd(), names.map((name) => `, ${name}`).join(""));
    }
    // Too long for one line: the statement is rewritten one name per line, as Prettier would.
    const all = [...bindings.elements.map((element) => element.getText()), ...names];
    const head = declaration.importClause!.isTypeOnly ? "import type " : "import ";
    const text = `${head}{\n${all.map((name) => `    ${name}`).join(",\n")}\n} from ${declaration.moduleSpecifier.getText()};`;
    const statementStart = declaration.getStart();
    return insertion(source, what, statementStart, text, declaration.getEnd() - statementStart);
}

/**
 * Adds names to a named re-export `export { a, b } from "<from>"` (or `export type {...}`) of the
 * file; returns the source unchanged when there is no such statement.
 */
export function addToNamedExport(
    source: string,
    fileName: string,
    from: string,
    names: string[],
    typeOnly: boolean
): Addition[] {
    const sourceFile = parse(source, fileName);
    const statement = sourceFile.statements.find(
        (candidate): candidate is ts.ExportDeclaration =>
            ts.isExportDeclaration(candidate) &&
            candidate.isTypeOnly === typeOnly &&
            candidate.moduleSpecifier !== undefined &&
            stringLiteralValue(candidate.moduleSpecifier) === from &&
            candidate.exportClause !== undefined &&
            ts.isNamedExports(candidate.exportClause)
    );
    if (!statement) return [];
    const clause = statement.exportClause as ts.NamedExports;
    const present = new Set(clause.elements.map((element) => element.name.text));
    const missing = names.filter((name) => !present.has(name));
    if (missing.length === 0) return [];
    const last = clause.elements[clause.elements.length - 1];
    const multiLine = source.slice(clause.getStart(), clause.getEnd()).includes("\n");
    const text = multiLine
        ? missing.map((name) => `,\n${lineIndentAt(source, last.getStart())}${name}`).join("")
        : missing.map((name) => `, ${name}`).join("");
    return [insertion(source, `re-export of ${missing.join(", ")}`, last.getEnd(), text)];
}

/** Which of an operation module's names an index re-exports, learned from its named re-exports. */
export interface ExportedKinds {
    values: Array<"definition" | "execute" | "schema">;
    types: Array<"params">;
}

export function exportedKinds(source: string, fileName: string): ExportedKinds | undefined {
    const sourceFile = parse(source, fileName);
    const named = sourceFile.statements.filter(
        (statement): statement is ts.ExportDeclaration =>
            ts.isExportDeclaration(statement) &&
            statement.exportClause !== undefined &&
            ts.isNamedExports(statement.exportClause)
    );
    if (named.length === 0) return undefined;
    const values = new Set<ExportedKinds["values"][number]>();
    const types = new Set<ExportedKinds["types"][number]>();
    for (const statement of named) {
        for (const element of (statement.exportClause as ts.NamedExports).elements) {
            const name = element.name.text;
            if (statement.isTypeOnly) {
                if (/Params$/.test(name)) types.add("params");
            } else if (/Operation$/.test(name)) values.add("definition");
            else if (/^execute[A-Z]/.test(name)) values.add("execute");
            else if (/Schema$/.test(name)) values.add("schema");
        }
    }
    return { values: [...values], types: [...types] };
}

/** A statement inserted on its own line after `after`, in `after`'s indentation. */
export function insertStatementAfter(source: string, after: ts.Node, statement: string): Addition {
    const indent = lineIndentAt(source, after.getStart());
    return insertion(source, statement, after.getEnd(), `\n${indent}${statement}`);
}

/** The `this.<method>(...)` expression statements of a class, in order. */
export function thisCalls(sourceFile: ts.SourceFile, method: string): ts.ExpressionStatement[] {
    return findDescendants(sourceFile, ts.isExpressionStatement).filter((statement) => {
        const call = statement.expression;
        return (
            ts.isCallExpression(call) &&
            ts.isPropertyAccessExpression(call.expression) &&
            call.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
            call.expression.name.text === method
        );
    });
}

/** `this.registerOperation(<expression>);` after the provider's last registration. */
export function addRegistration(source: string, fileName: string, expression: string): Addition[] {
    const sourceFile = parse(source, fileName);
    const last = thisCalls(sourceFile, "registerOperation").pop();
    if (!last) {
        throw new FlowmaestroError(
            `${fileName} registers no operation (no this.registerOperation(...) call) to add one after; nothing was written.`
        );
    }
    return [insertStatementAfter(source, last, `this.registerOperation(${expression});`)];
}

/**
 * A case in the `switch` of class method `method` whose cases call executors: before `default:`,
 * else after the last case. `statement` renders the case's body at the indentation its siblings
 * use.
 */
export function addSwitchCase(
    source: string,
    fileName: string,
    method: string,
    label: string,
    statement: (indent: string) => string
): Addition[] {
    const sourceFile = parse(source, fileName);
    const body = findDescendants(sourceFile, ts.isMethodDeclaration).find(
        (declaration) => declaration.name.getText(sourceFile) === method
    )?.body;
    const sibling = body
        ? findDescendants(body, ts.isCaseClause).find((clause) => clause.statements.length > 0)
        : undefined;
    if (!sibling) {
        throw new FlowmaestroError(
            `${fileName}: ${method}() has no switch case to add one beside; nothing was written.`
        );
    }
    const clauses = (sibling.parent as ts.CaseBlock).clauses;
    const anchor = clauses.find(ts.isDefaultClause) ?? clauses[clauses.length - 1];
    const caseIndent = lineIndentAt(source, anchor.getStart());
    const text = `${caseIndent}case ${JSON.stringify(label)}:\n${statement(lineIndentAt(source, sibling.statements[0].getStart()))}\n`;
    const what = `case ${JSON.stringify(label)} in ${method}()`;
    if (ts.isDefaultClause(anchor)) {
        return [insertion(source, what, lineStartOf(source, anchor.getStart()), text)];
    }
    return [insertion(source, what, anchor.getEnd(), `\n${text.replace(/\n$/, "")}`)];
}

/** An element appended to an array literal, in the array's element indentation. */
export function appendArrayElement(
    source: string,
    fileName: string,
    array: (sourceFile: ts.SourceFile) => ts.ArrayLiteralExpression | undefined,
    element: (indent: string, unit: string) => string,
    what: string
): Addition[] {
    const list = array(parse(source, fileName));
    if (!list) {
        throw new FlowmaestroError(`${fileName}: cannot find ${what}; nothing was written.`);
    }
    const { indent, unit } = memberIndentation(source, list);
    const added = insertIntoList(
        source,
        list,
        `element of ${what}`,
        `${indent}${element(indent, unit)}`
    );
    // The element's text may come from a template written with spaces: laid out as the file is.
    return [insertion(source, added.what, added.index, added.text)];
}

/** A class member inserted before `before` (a member of the class), separated by a blank line. */
export function addClassMemberBefore(
    source: string,
    fileName: string,
    before: (sourceFile: ts.SourceFile) => ts.ClassElement | undefined,
    member: (indent: string, unit: string) => string,
    what: string
): Addition[] {
    const sourceFile = parse(source, fileName);
    const anchor = before(sourceFile);
    if (!anchor)
        throw new FlowmaestroError(`${fileName}: cannot find ${what}; nothing was written.`);
    const comments = ts.getLeadingCommentRanges(source, anchor.getFullStart()) ?? [];
    const start = lineStartOf(source, comments.length > 0 ? comments[0].pos : anchor.getStart());
    const indent = lineIndentAt(source, anchor.getStart());
    return [
        insertion(
            source,
            `member before ${what}`,
            start,
            `${member(indent, indentUnit(source))}\n\n`
        )
    ];
}

/** A statement appended after the file's last export statement (or at its end). */
export function appendExport(source: string, fileName: string, statement: string): Addition[] {
    const sourceFile = parse(source, fileName);
    const exports = sourceFile.statements.filter(ts.isExportDeclaration);
    const last = exports[exports.length - 1];
    if (last) return [insertion(source, statement, last.getEnd(), `\n${statement}`)];
    return [
        insertion(
            source,
            statement,
            source.length,
            `${source.endsWith("\n") || source === "" ? "" : "\n"}${statement}\n`
        )
    ];
}
