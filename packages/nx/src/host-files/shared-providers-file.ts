import * as ts from "typescript";
import { hostCategoryNames, sectionMatchesDisplayName } from "../model/categories";
import type { CategoryNames } from "../model/categories";
import { tsPropertyKey } from "../codegen/literals";
import type { RegistrationModel } from "../model/registration";
import {
    endPositionOf,
    findConstArrayLiteral,
    findConstInitializer,
    findConstObjectLiteral,
    findProperty,
    literalValue,
    positionOf,
    stringLiteralValue
} from "../utils/ast";
import { FlowmaestroError } from "../utils/errors";
import {
    BlockWriter,
    commentText,
    editHostFile,
    hostString,
    insertIntoList,
    lineStartOf,
    mapEntries,
    memberIndentation,
    parseHostTypeScript,
    unexpectedShape,
    verifyTypeScript,
    textEdit
} from "./edit-support";
import type { Addition, HostFileEdit, HostFilePlanContext } from "./edit-support";
import { arrayMembers } from "./literal-members";
import type { MapEntryFacts, SharedProviderFacts, SharedProvidersFileModel } from "./types";

/** shared/src/providers.ts: `PROVIDER_LOGO_DOMAINS` and the sectioned `ALL_PROVIDERS` array. */

const LOGO_MAP = "PROVIDER_LOGO_DOMAINS";
const PROVIDERS_ARRAY = "ALL_PROVIDERS";

interface ProviderElement extends SharedProviderFacts {
    /** The element as written in ALL_PROVIDERS (for one that comes from a spread: the spread). */
    node: ts.Expression;
    /** Whether a section comment sits right before this element. */
    startsSection: boolean;
    /** From a spread of another array: counted, but not a place to insert near. */
    spread: boolean;
}

/** providers.ts read for planning: the logo map, ALL_PROVIDERS and its elements. */
export interface SharedProvidersSource {
    logoMap?: ts.ObjectLiteralExpression;
    logoDomains: MapEntryFacts[];
    array: ts.ArrayLiteralExpression;
    providers: ProviderElement[];
}

/** `// Customer Support` before an element starts a section; banner rules (`// ====`) do not. */
function sectionComment(source: string, element: ts.Node): string | undefined {
    let title: string | undefined;
    for (const range of ts.getLeadingCommentRanges(source, element.getFullStart()) ?? []) {
        if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
        const text = source.slice(range.pos + 2, range.end).trim();
        if (text && !/^[=\-*#\s]+$/.test(text)) title = text;
    }
    return title;
}

export function readSharedProvidersFile(source: string, fileName: string): SharedProvidersSource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const array = findConstArrayLiteral(sourceFile, PROVIDERS_ARRAY);
    if (!array) {
        throw unexpectedShape(
            fileName,
            `expected \`export const ${PROVIDERS_ARRAY}: Provider[] = [ ... ]\` (an array literal)`,
            findConstInitializer(sourceFile, PROVIDERS_ARRAY)
        );
    }
    const logoMap = findConstObjectLiteral(sourceFile, LOGO_MAP);
    const logoDomains = logoMap
        ? mapEntries(logoMap, sourceFile).map(({ node: _node, spread: _spread, ...entry }) => entry)
        : [];
    const providers: ProviderElement[] = [];
    let section: string | undefined;
    for (const member of arrayMembers(array)) {
        const ownSection = member.spread ? undefined : sectionComment(source, member.node);
        section = ownSection ?? section;
        const node = member.value;
        if (!ts.isObjectLiteralExpression(node)) {
            throw unexpectedShape(
                fileName,
                `every ${PROVIDERS_ARRAY} element must be an object literal (or a const naming one), so that its provider can be read`,
                member.node
            );
        }
        const text = (name: string) => stringLiteralValue(findProperty(node, name)?.initializer);
        const methods = findProperty(node, "methods");
        const methodValues = methods ? literalValue(methods.initializer) : undefined;
        const comingSoon = findProperty(node, "comingSoon");
        providers.push({
            provider: text("provider") ?? "",
            displayName: text("displayName"),
            description: text("description"),
            category: text("category"),
            methods: Array.isArray(methodValues)
                ? methodValues.filter((value): value is string => typeof value === "string")
                : [],
            comingSoon: comingSoon?.initializer.kind === ts.SyntaxKind.TrueKeyword,
            section,
            position: positionOf(node, sourceFile),
            endPosition: endPositionOf(node, sourceFile),
            node: member.node,
            startsSection: ownSection !== undefined,
            spread: member.spread
        });
    }
    return { logoMap, logoDomains, array, providers };
}

export function sharedProvidersFileModel(shared: SharedProvidersSource): SharedProvidersFileModel {
    return {
        logoDomains: shared.logoDomains,
        providers: shared.providers.map(
            ({ node: _node, startsSection: _startsSection, spread: _spread, ...facts }) => facts
        ),
        arrayEnd: endPositionOf(shared.array)
    };
}

export function parseSharedProvidersFile(
    source: string,
    fileName: string
): SharedProvidersFileModel {
    return sharedProvidersFileModel(readSharedProvidersFile(source, fileName));
}

function writeProviderElement(
    writer: BlockWriter,
    registration: RegistrationModel,
    categoryName: string
): void {
    const domain = registration.logoDomain ?? `${registration.id}.com`;
    const preAuthFields = registration.preAuthFields;
    writer
        .line(0, "{")
        .property(1, "provider", hostString(registration.id), ",")
        .property(1, "displayName", hostString(registration.displayName), ",")
        .property(1, "description", hostString(registration.description), ",")
        .callProperty(1, "logoUrl", "getBrandLogo", hostString(domain), ",")
        .property(1, "category", hostString(categoryName), ",")
        .stringArray(1, "methods", [registration.authMethod], preAuthFields.length > 0 ? "," : "");
    if (preAuthFields.length > 0) {
        writer.line(1, "oauthSettings: [");
        preAuthFields.forEach((field, index) => {
            const properties: Array<[string, string]> = [["name", hostString(field.name)]];
            properties.push(["label", hostString(field.label)]);
            if (field.placeholder !== undefined)
                properties.push(["placeholder", hostString(field.placeholder)]);
            if (field.helpText !== undefined)
                properties.push(["helpText", hostString(field.helpText)]);
            properties.push(["required", String(field.required)], ["type", hostString(field.type)]);
            if (field.pattern !== undefined)
                properties.push(["pattern", hostString(field.pattern)]);
            if (field.patternError !== undefined) {
                properties.push(["patternError", hostString(field.patternError)]);
            }
            writer.line(2, "{");
            properties.forEach(([key, value], position) =>
                writer.property(3, key, value, position < properties.length - 1 ? "," : "")
            );
            writer.line(2, index < preAuthFields.length - 1 ? "}," : "}");
        });
        writer.line(1, "]");
    }
    writer.line(0, "}");
}

/** Where the element goes: after the last live element of its category, or in a new section. */
function elementAddition(
    source: string,
    shared: SharedProvidersSource,
    registration: RegistrationModel,
    display: string
): Addition {
    const what = `${PROVIDERS_ARRAY} element "${registration.id}"`;
    // Elements written in this array; those from a spread live elsewhere.
    const elements = shared.providers.filter((element) => !element.spread);
    const live = elements.filter((element) => !element.comingSoon);
    const inSection = live.filter(
        (element) => element.section && sectionMatchesDisplayName(element.section, display)
    );
    const sameCategory = live.filter((element) => element.category === display);
    const anchor = (inSection.length > 0 ? inSection : sameCategory).pop();
    const { indent, unit } = memberIndentation(source, shared.array);
    const element = new BlockWriter(indent, unit);
    if (anchor) {
        writeProviderElement(element, registration, display);
        return insertIntoList(source, shared.array, what, element.toString(), {
            after: anchor.node
        });
    }
    element.line(0, `// ${commentText(display)}`);
    writeProviderElement(element, registration, display);
    // The coming-soon tail: the new section goes before its first section comment
    // (`// Coming Soon`), or before the tail itself when no tail element starts a section.
    let tailStart = elements.length;
    while (tailStart > 0 && elements[tailStart - 1].comingSoon) tailStart--;
    const tail = elements.slice(tailStart);
    const before = tail.find((candidate) => candidate.startsSection) ?? tail[0];
    const previous = before
        ? elements[elements.indexOf(before) - 1]
        : elements[elements.length - 1];
    if (previous || !before) {
        return insertIntoList(source, shared.array, what, element.toString(), {
            after: previous?.node,
            blankLineBefore: true
        });
    }
    const comments = ts.getLeadingCommentRanges(source, before.node.getFullStart()) ?? [];
    const start = lineStartOf(source, comments[0]?.pos ?? before.node.getStart());
    return { what, index: start, text: `${element},\n\n` };
}

function sharedProvidersAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    categoryNames: CategoryNames,
    read: typeof readSharedProvidersFile
): Addition[] {
    const shared = read(source, fileName);
    const additions: Addition[] = [];
    if (
        registration.logoDomain &&
        !shared.logoDomains.some((entry) => entry.key === registration.id)
    ) {
        if (!shared.logoMap) {
            throw unexpectedShape(
                fileName,
                `expected \`export const ${LOGO_MAP}: Record<string, string> = { ... }\``
            );
        }
        const { indent, unit } = memberIndentation(source, shared.logoMap);
        const text = new BlockWriter(indent, unit)
            .property(0, tsPropertyKey(registration.id), hostString(registration.logoDomain), "")
            .toString();
        additions.push(
            insertIntoList(source, shared.logoMap, `${LOGO_MAP} entry "${registration.id}"`, text)
        );
    }
    const existing = shared.providers.find((element) => element.provider === registration.id);
    if (!existing) {
        additions.push(
            elementAddition(
                source,
                shared,
                registration,
                categoryNames.displayName(registration.category)
            )
        );
    } else if (
        (existing.displayName !== undefined && existing.displayName !== registration.displayName) ||
        !existing.methods.includes(registration.authMethod)
    ) {
        throw new FlowmaestroError(
            `${fileName}:${existing.position.line}: ${PROVIDERS_ARRAY} already has "${registration.id}" as ${JSON.stringify(existing.displayName)} with methods [${existing.methods.join(", ")}], but the provider is ${JSON.stringify(registration.displayName)} using ${registration.authMethod}. Fix one of them; nothing was written.`
        );
    }
    return additions;
}

export interface SharedProvidersEditContext extends HostFilePlanContext<SharedProvidersSource> {
    /** The host's category names (learned from its registry and this file); default: the table. */
    categoryNames?: CategoryNames;
}

/**
 * Adds the provider's logo domain (when known) and its ALL_PROVIDERS element when missing, under
 * the category name the host uses.
 */
export function planSharedProvidersFile(
    source: string,
    registration: RegistrationModel,
    context: SharedProvidersEditContext = {}
): HostFileEdit {
    const fileName = context.fileName ?? "providers.ts";
    const categoryNames = context.categoryNames ?? hostCategoryNames(undefined, undefined);
    return editHostFile(
        source,
        fileName,
        (lfSource) =>
            sharedProvidersAdditions(
                lfSource,
                registration,
                fileName,
                categoryNames,
                context.read ?? readSharedProvidersFile
            ),
        verifyTypeScript(fileName)
    );
}

export const editSharedProvidersFile = textEdit(planSharedProvidersFile);
