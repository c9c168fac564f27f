import * as ts from "typescript";
import {
    findConstInitializer,
    positionOf,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression,
    type SourcePosition
} from "../utils/ast";

/** A named value in a workflow definition, where it is written. */
export interface Located {
    name: string;
    at: SourcePosition;
}

/** An integration node of a workflow definition: which operation of which provider it calls. */
export interface WorkflowReference {
    provider: Located;
    operation: Located;
    /** The parameter keys it passes; values are not looked at (`{{...}}` is as good as a literal). */
    parameters: Located[];
}

/**
 * Keys of an integration node's data that are not operation parameters: what the runtime's
 * `IntegrationNodeConfig` and the canvas store beside them, and the label every node has. The
 * seeding script writes parameters flat among these, the canvas writes them under `parameters`;
 * both are read.
 */
export const NODE_KEYS: ReadonlySet<string> = new Set([
    "label",
    "provider",
    "operation",
    "connectionId",
    "parameters",
    "outputVariable",
    "nodeId"
]);

/** A property of an object literal, with spreads of `const` object literals followed. */
interface Member {
    name: string;
    nameNode: ts.Node;
    value: ts.Expression | undefined;
}

function membersOf(
    object: ts.ObjectLiteralExpression,
    sourceFile: ts.SourceFile,
    seen = new Set<ts.Node>()
): Member[] {
    if (seen.has(object)) return [];
    seen.add(object);
    const members: Member[] = [];
    for (const property of object.properties) {
        if (ts.isSpreadAssignment(property)) {
            const spread = resolveConst(property.expression, sourceFile);
            if (spread && ts.isObjectLiteralExpression(spread)) {
                members.push(...membersOf(spread, sourceFile, seen));
            }
            continue;
        }
        const name = propertyNameText(property.name as ts.PropertyName | undefined);
        if (name === undefined || !property.name) continue;
        const value = ts.isPropertyAssignment(property)
            ? property.initializer
            : ts.isShorthandPropertyAssignment(property)
              ? property.name
              : undefined;
        // A later property overrides an earlier one of the same name, as in JavaScript.
        const earlier = members.findIndex((member) => member.name === name);
        if (earlier >= 0) members.splice(earlier, 1);
        members.push({ name, nameNode: property.name, value });
    }
    return members;
}

/** The expression itself, or the initializer of the top-level `const` an identifier names. */
function resolveConst(expression: ts.Expression, sourceFile: ts.SourceFile): ts.Expression {
    const unwrapped = unwrapExpression(expression);
    if (!ts.isIdentifier(unwrapped)) return unwrapped;
    return findConstInitializer(sourceFile, unwrapped.text) ?? unwrapped;
}

/** A string value and where it is written (the literal, or the identifier naming a `const`). */
function stringMember(member: Member | undefined, sourceFile: ts.SourceFile): Located | undefined {
    if (!member?.value) return undefined;
    const name = stringLiteralValue(resolveConst(member.value, sourceFile));
    return name === undefined ? undefined : { name, at: positionOf(member.value, sourceFile) };
}

function referenceOf(
    object: ts.ObjectLiteralExpression,
    sourceFile: ts.SourceFile
): WorkflowReference | undefined {
    const members = membersOf(object, sourceFile);
    const member = (name: string) => members.find((candidate) => candidate.name === name);
    const provider = stringMember(member("provider"), sourceFile);
    const operation = stringMember(member("operation"), sourceFile);
    // A provider or operation chosen at run time (a variable, a call) cannot be checked here.
    if (!provider || !operation) return undefined;
    const located = (entry: Member): Located => ({
        name: entry.name,
        at: positionOf(entry.nameNode, sourceFile)
    });
    const parameters = members.filter((entry) => !NODE_KEYS.has(entry.name)).map(located);
    const nested = member("parameters")?.value;
    const nestedObject = nested && resolveConst(nested, sourceFile);
    if (nestedObject && ts.isObjectLiteralExpression(nestedObject)) {
        parameters.push(...membersOf(nestedObject, sourceFile).map(located));
    }
    return { provider, operation, parameters };
}

function scriptKindOf(file: string): ts.ScriptKind {
    if (file.endsWith(".tsx")) return ts.ScriptKind.TSX;
    if (/\.[cm]?jsx?$/.test(file)) return ts.ScriptKind.JSX;
    return ts.ScriptKind.TS;
}

/**
 * The integration nodes of the workflow definitions in one file: every object literal with
 * `provider` and `operation` keys whose values are known strings, in TypeScript/JavaScript (the
 * seeding scripts) or JSON (exported templates). Parsed, not run.
 */
export function findWorkflowReferences(text: string, file: string): WorkflowReference[] {
    const sourceFile = file.endsWith(".json")
        ? ts.parseJsonText(file, text)
        : ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindOf(file));
    const references: WorkflowReference[] = [];
    const visit = (node: ts.Node): void => {
        if (ts.isObjectLiteralExpression(node)) {
            // A node that only spreads a base naming both keys is checked once, at the base.
            const names = node.properties.map((property) =>
                propertyNameText(property.name as ts.PropertyName | undefined)
            );
            if (names.includes("provider") || names.includes("operation")) {
                const reference = referenceOf(node, sourceFile);
                if (reference) references.push(reference);
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return references;
}
