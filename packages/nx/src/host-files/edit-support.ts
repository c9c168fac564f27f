import * as ts from "typescript";
import { parseTypeScript, positionOf, stringLiteralValue, syntaxErrors } from "../utils/ast";
import { PRINT_WIDTH } from "../codegen/layout";
import { objectMembers } from "./literal-members";
import { tsString } from "../codegen/literals";

export { commentText } from "../codegen/literals";
import { FileProblemError } from "../utils/errors";
import type { FilePosition } from "../utils/errors";
import type { MapEntryFacts } from "./types";
import type { RegistrationModel } from "../model/registration";

/**
 * What the five host-file modules share: refusing files that are not safe to edit, keeping CRLF
 * endings, inserting text at offsets, and emitting literals and layout the way the host's Prettier
 * (4-space indent, double quotes, printWidth 100, no trailing commas) would.
 */

const DEFAULT_INDENT_UNIT = "    ";

/** One text insertion, described for logs and `--check` output. */
export interface Addition {
    /** "registry entry acmeChatEntry" */
    what: string;
    /** Offset in the (LF-normalised) source. */
    index: number;
    /** Text to insert, with LF line breaks. */
    text: string;
    /** How many characters from `index` the text replaces (a statement rewritten); none by default. */
    replaces?: number;
}

const CONFLICT_MARKER = /^(?:<{7}|>{7}|\|{7})(?:[ \t].*)?$|^={7}$/m;

/** 1-based line and column of an offset. */
export function positionAt(source: string, index: number): FilePosition {
    const lines = source.slice(0, index).split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Refuses files with unresolved merge conflicts: any edit would land in an undefined version. */
export function refuseConflictMarkers(source: string, fileName: string): void {
    const lfSource = source.replace(/\r\n/g, "\n");
    const match = CONFLICT_MARKER.exec(lfSource);
    if (match) {
        throw new FileProblemError(
            fileName,
            `unresolved merge-conflict marker "${match[0].slice(0, 7)}"; resolve the conflict first`,
            positionAt(lfSource, match.index)
        );
    }
}

/**
 * Runs `edit` on the file with LF endings and restores CRLF afterwards, so offsets and line logic
 * never see `\r`. A file mixing both endings cannot be restored byte for byte and is refused.
 */
export function editWithLineEndings(
    source: string,
    fileName: string,
    edit: (lfSource: string) => string
): string {
    refuseConflictMarkers(source, fileName);
    const crlf = source.split("\r\n").length - 1;
    if (crlf === 0) return edit(source);
    const lf = source.split("\n").length - 1;
    if (crlf !== lf) {
        const bareLf = /(?<!\r)\n/.exec(source)!.index;
        throw new FileProblemError(
            fileName,
            `mixes CRLF and LF line endings (${crlf} CRLF, ${lf - crlf} LF, the first LF-only line ends here); normalise them first`,
            positionAt(source, bareLf)
        );
    }
    const edited = edit(source.replace(/\r\n/g, "\n"));
    return edited === source.replace(/\r\n/g, "\n") ? source : edited.replace(/\n/g, "\r\n");
}

/**
 * Applies insertions (offsets into `source`); insertions at the same offset keep their order. An
 * insertion that replaces text must not overlap another.
 */
export function applyAdditions(source: string, additions: readonly Addition[]): string {
    const sorted = additions
        .map((addition, order) => ({ addition, order }))
        .sort((a, b) => a.addition.index - b.addition.index || a.order - b.order);
    let result = "";
    let cursor = 0;
    for (const { addition } of sorted) {
        if (addition.index < cursor) {
            throw new Error(`Internal error: overlapping edits (${addition.what}).`);
        }
        result += source.slice(cursor, addition.index) + addition.text;
        cursor = addition.index + (addition.replaces ?? 0);
    }
    return result + source.slice(cursor);
}

/** Parses a host TypeScript file, refusing merge conflicts and syntax errors. */
export function parseHostTypeScript(source: string, fileName: string): ts.SourceFile {
    refuseConflictMarkers(source, fileName);
    const sourceFile = parseTypeScript(source, fileName);
    const [first] = syntaxErrors(sourceFile);
    if (first) {
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
        throw new FileProblemError(
            fileName,
            `not valid TypeScript (${ts.flattenDiagnosticMessageText(first.messageText, " ")}); fix the file first`,
            { line: line + 1, column: character + 1 }
        );
    }
    return sourceFile;
}

/**
 * The error for a host file that lacks the structure an edit needs: at `node` when something is
 * there but not in the expected form, for the whole file when it is missing.
 */
export function unexpectedShape(
    fileName: string,
    expected: string,
    at?: ts.Node | FilePosition
): FileProblemError {
    return new FileProblemError(
        fileName,
        `not in the expected shape: ${expected}`,
        at === undefined || "line" in at ? at : positionOf(at)
    );
}

export function lineStartOf(source: string, index: number): number {
    return source.lastIndexOf("\n", index - 1) + 1;
}

export function lineIndentAt(source: string, index: number): string {
    const start = lineStartOf(source, index);
    return /^[ \t]*/.exec(source.slice(start))![0];
}

/**
 * A string literal as the host's Prettier prints it: double quotes, unless the text has more double
 * than single quotes (then single quotes, which need fewer escapes). Escaping comes from tsString.
 */
export function hostString(value: string): string {
    const literal = tsString(value);
    const doubles = value.split('"').length - 1;
    const singles = value.split("'").length - 1;
    if (doubles <= singles) return literal;
    const body = literal
        .slice(1, -1)
        .replace(/\\(.)|'/g, (match, escaped: string | undefined) =>
            escaped === '"' ? '"' : escaped !== undefined ? match : "\\'"
        );
    return `'${body}'`;
}

/** Prettier never breaks after the colon of a key narrower than tabWidth + 3 (`name`, `label`). */
const SHORT_KEY_WIDTH = 7;

/**
 * Writes a block of code line by line at absolute indentation, breaking the few constructs that can
 * grow past the print width exactly where Prettier breaks them.
 */
export class BlockWriter {
    private readonly lines: string[] = [];

    constructor(
        private readonly indent: string,
        readonly unit: string
    ) {}

    private pad(depth: number): string {
        return this.indent + this.unit.repeat(depth);
    }

    line(depth: number, text: string): this {
        this.lines.push(text === "" ? "" : this.pad(depth) + text);
        return this;
    }

    /** A property whose value is a string literal or a member chain (`key: value` + suffix). */
    property(depth: number, key: string, value: string, suffix: string): this {
        const flat = `${key}: ${value}${suffix}`;
        if (this.fits(depth, flat) || key.length < SHORT_KEY_WIDTH) return this.line(depth, flat);
        return this.line(depth, `${key}:`).line(depth + 1, value + suffix);
    }

    /** `key: callee("argument")` + suffix; a long argument goes on its own line. */
    callProperty(
        depth: number,
        key: string,
        callee: string,
        argument: string,
        suffix: string
    ): this {
        const flat = `${key}: ${callee}(${argument})${suffix}`;
        if (this.fits(depth, flat)) return this.line(depth, flat);
        return this.line(depth, `${key}: ${callee}(`)
            .line(depth + 1, argument)
            .line(depth, `)${suffix}`);
    }

    /** `key: ["a", "b"]` + suffix, one element per line when it does not fit. */
    stringArray(depth: number, key: string, values: readonly string[], suffix: string): this {
        const flat = `${key}: [${values.map(hostString).join(", ")}]${suffix}`;
        if (values.length === 0 || this.fits(depth, flat)) return this.line(depth, flat);
        this.line(depth, `${key}: [`);
        values.forEach((value, index) =>
            this.line(depth + 1, hostString(value) + (index < values.length - 1 ? "," : ""))
        );
        return this.line(depth, `]${suffix}`);
    }

    fits(depth: number, text: string): boolean {
        return this.pad(depth).length + text.length <= PRINT_WIDTH;
    }

    toString(): string {
        return this.lines.join("\n");
    }
}

type ListLiteral = ts.ObjectLiteralExpression | ts.ArrayLiteralExpression;

function membersOf(list: ListLiteral): ts.NodeArray<ts.Node> {
    return ts.isObjectLiteralExpression(list) ? list.properties : list.elements;
}

/** Indentation of a list's members and one indentation step, read from the file itself. */
export function memberIndentation(
    source: string,
    list: ListLiteral
): { indent: string; unit: string } {
    const listIndent = lineIndentAt(source, list.getStart());
    const members = membersOf(list);
    const last = members[members.length - 1];
    if (last) {
        const indent = lineIndentAt(source, last.getStart());
        if (indent.length > listIndent.length && indent.startsWith(listIndent)) {
            return { indent, unit: indent.slice(listIndent.length) };
        }
    }
    return { indent: listIndent + DEFAULT_INDENT_UNIT, unit: DEFAULT_INDENT_UNIT };
}

/** The comma right after `node` (skipping comments), if there is one. */
function commaAfter(source: string, node: ts.Node): number | undefined {
    const scanner = ts.createScanner(
        ts.ScriptTarget.Latest,
        true,
        ts.LanguageVariant.Standard,
        source
    );
    scanner.resetTokenState(node.end);
    return scanner.scan() === ts.SyntaxKind.CommaToken ? scanner.getTokenEnd() : undefined;
}

/**
 * Inserts a rendered member (already indented) into a list after `after` (default: its last
 * member), adding the comma the previous member needs and keeping a trailing comma if it had one.
 */
export function insertIntoList(
    source: string,
    list: ListLiteral,
    what: string,
    item: string,
    options: { after?: ts.Node; blankLineBefore?: boolean } = {}
): Addition {
    const members = membersOf(list);
    const after = options.after ?? members[members.length - 1];
    const gap = options.blankLineBefore ? "\n\n" : "\n";
    if (!after) {
        const open = list.getStart() + 1;
        const inside = source.slice(open, list.getEnd() - 1);
        const closingOnOwnLine = inside.includes("\n");
        const closeIndent = lineIndentAt(source, list.getStart());
        return {
            what,
            index: open,
            text: `\n${item}${closingOnOwnLine ? "" : `\n${closeIndent}`}`
        };
    }
    const comma = commaAfter(source, after);
    return comma === undefined
        ? { what, index: after.getEnd(), text: `,${gap}${item}` }
        : { what, index: comma, text: `${gap}${item},` };
}

/** A `{ key: value }` property of an object literal whose value is an object literal. */
export function objectProperty(
    object: ts.ObjectLiteralExpression,
    name: string
): ts.ObjectLiteralExpression | undefined {
    for (const property of object.properties) {
        if (
            ts.isPropertyAssignment(property) &&
            (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
            property.name.text === name &&
            ts.isObjectLiteralExpression(property.initializer)
        ) {
            return property.initializer;
        }
    }
    return undefined;
}

/** An edited host file and what was added to it (empty when everything was present). */
export interface HostFileEdit {
    text: string;
    added: string[];
}

/**
 * What every host file's plan takes besides the file and the provider. `read` reads the (LF) text
 * the plan edits into its module's form: a run's session passes its own, which remembers each text
 * it has read; alone, a plan reads with its module's read.
 */
export interface HostFilePlanContext<Read> {
    fileName?: string;
    read?: (lfSource: string, fileName: string) => Read;
}

/** The pure `(source, registration) => source` form of a host file's plan function. */
export function textEdit<Context>(
    plan: (source: string, registration: RegistrationModel, context?: Context) => HostFileEdit
): (source: string, registration: RegistrationModel, context?: Context) => string {
    return (source, registration, context) => plan(source, registration, context).text;
}

/**
 * The frame every host-file edit runs in: refuse unsafe files, plan insertions on LF text, apply
 * them, check the result with `verify`, and restore the file's line endings.
 */
export function editHostFile(
    source: string,
    fileName: string,
    plan: (lfSource: string) => Addition[],
    verify: (edited: string) => void
): HostFileEdit {
    let added: string[] = [];
    const text = editWithLineEndings(source, fileName, (lfSource) => {
        const additions = plan(lfSource);
        added = additions.map((addition) => addition.what);
        if (additions.length === 0) return lfSource;
        const edited = applyAdditions(lfSource, additions);
        verify(edited);
        return edited;
    });
    return { text, added };
}

/** `verify` for TypeScript host files. */
export function verifyTypeScript(fileName: string): (edited: string) => void {
    return (edited) => {
        if (syntaxErrors(parseTypeScript(edited, fileName)).length > 0) {
            throw new Error(
                `Internal error: the edit of ${fileName} would not parse; nothing was written.`
            );
        }
    };
}

export type MapEntryNode = MapEntryFacts & {
    node: ts.ObjectLiteralElementLike;
    /** From a spread: not a place to insert after. */
    spread: boolean;
};

/**
 * The `key: "value"` entries of a map-like object literal (`callbackPaths`, logo domains), with
 * quoted, computed and spread keys read as they are at run time (see literal-members).
 */
export function mapEntries(
    object: ts.ObjectLiteralExpression,
    sourceFile: ts.SourceFile
): MapEntryNode[] {
    return objectMembers(object).map((member) => ({
        key: member.key,
        value: member.value && stringLiteralValue(member.value),
        position: positionOf(member.node, sourceFile),
        node: member.node,
        spread: member.spread
    }));
}
