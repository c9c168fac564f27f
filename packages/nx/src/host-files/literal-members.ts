import * as ts from "typescript";
import {
    findConstInitializer,
    findProperty,
    positionOf,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import { FileProblemError } from "../utils/errors";

/**
 * The members of a host file's object and array literals as they are at run time, whatever way
 * they are written: quoted keys (`"google-sheets": {...}`), computed keys naming a literal or a
 * top-level const (`[ZETA_KEY]: {...}`), shorthands (`zetaPay,`), values that name a top-level
 * const (`zeta: zetaProvider`) and spreads of top-level consts (`...LEGACY_PROVIDERS`). A member the
 * file alone cannot tell (`[makeKey()]`, `...imported`) is refused with its place: an edit that
 * cannot see every key could add a duplicate, or shadow an entry it did not see.
 */

export interface ObjectMember {
    /** The key the member has at run time. */
    key: string;
    /** The member as written in this object; for a member of a spread, the spread. */
    node: ts.ObjectLiteralElementLike;
    /** The value, through a top-level const it names; undefined for methods and accessors. */
    value?: ts.Expression;
    /** True for a member that comes from a spread: an insertion must not be anchored at it. */
    spread: boolean;
}

export interface ArrayMember {
    /** The element's value, through a top-level const it names. */
    value: ts.Expression;
    /** The element as written in this array; for an element of a spread, the spread. */
    node: ts.Expression;
    spread: boolean;
}

interface Context {
    /** What a refusal names: `OAUTH_PROVIDERS`, `callbackPaths`, ... */
    what: string;
    /** Consts already being expanded, against `const A = { ...B }; const B = { ...A }`. */
    expanding: Set<string>;
}

/** An expression with `as`/`satisfies`/parentheses removed and top-level const names followed. */
function resolveValue(expression: ts.Expression, seen = new Set<string>()): ts.Expression {
    const value = unwrapExpression(expression);
    if (!ts.isIdentifier(value) || seen.has(value.text)) return value;
    const initializer = findConstInitializer(value.getSourceFile(), value.text);
    return initializer ? resolveValue(initializer, seen.add(value.text)) : value;
}

/** The run-time key of a computed name, when the file alone tells it. */
function computedKey(expression: ts.Expression): string | undefined {
    const value = resolveValue(expression);
    const text = stringLiteralValue(value);
    if (text !== undefined) return text;
    if (ts.isNumericLiteral(value)) return String(Number(value.text));
    if (ts.isPropertyAccessExpression(value)) {
        // `KEYS.ZETA` where `const KEYS = { ZETA: "zeta-pay" }`.
        const object = resolveValue(value.expression);
        if (ts.isObjectLiteralExpression(object)) {
            const property = findProperty(object, value.name.text);
            return property ? computedKey(property.initializer) : undefined;
        }
    }
    return undefined;
}

function memberKey(name: ts.PropertyName): string | undefined {
    if (ts.isComputedPropertyName(name)) return computedKey(name.expression);
    if (ts.isNumericLiteral(name)) return String(Number(name.text));
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) {
        return name.text;
    }
    return undefined;
}

function unreadable(context: Context, node: ts.Node, problem: string): FileProblemError {
    const text = node.getText();
    const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
    return new FileProblemError(
        node.getSourceFile().fileName,
        `${context.what} has a member whose ${problem} cannot be read from the file alone (\`${shown}\`); write it as a literal, or as a top-level const in this file`,
        positionOf(node)
    );
}

/** `OAUTH_PROVIDERS` for `const OAUTH_PROVIDERS = {...}`, `oauth` for `oauth: {...}`. */
function literalName(literal: ts.Expression): string {
    let node: ts.Node = literal;
    while (
        ts.isAsExpression(node.parent) ||
        ts.isSatisfiesExpression(node.parent) ||
        ts.isParenthesizedExpression(node.parent)
    ) {
        node = node.parent;
    }
    const parent = node.parent;
    if (
        (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
        !ts.isComputedPropertyName(parent.name)
    ) {
        return parent.name.getText();
    }
    return "the literal";
}

/**
 * The members a spread (`...SOURCE`) contributes: SOURCE, through top-level consts, must be a
 * literal of the kind `test` accepts; refused when the file cannot tell (or SOURCE spreads itself).
 */
function expandSpread<T extends ts.Expression, M>(
    spread: ts.Expression,
    node: ts.Node,
    context: Context,
    test: (value: ts.Expression) => value is T,
    collect: (source: T) => M[]
): M[] {
    const name = spread.getText();
    const source = resolveValue(spread);
    if (!test(source) || context.expanding.has(name)) {
        throw unreadable(context, node, "content (a spread)");
    }
    context.expanding.add(name);
    try {
        return collect(source);
    } finally {
        context.expanding.delete(name);
    }
}

function collectObject(
    object: ts.ObjectLiteralExpression,
    context: Context,
    spreadNode?: ts.ObjectLiteralElementLike
): ObjectMember[] {
    const members: ObjectMember[] = [];
    for (const property of object.properties) {
        const node = spreadNode ?? property;
        const spread = spreadNode !== undefined;
        if (ts.isSpreadAssignment(property)) {
            members.push(
                ...expandSpread(
                    property.expression,
                    node,
                    context,
                    ts.isObjectLiteralExpression,
                    (source) => collectObject(source, context, node)
                )
            );
            continue;
        }
        if (ts.isShorthandPropertyAssignment(property)) {
            members.push({
                key: property.name.text,
                node,
                value: resolveValue(property.name),
                spread
            });
            continue;
        }
        const key = memberKey(property.name);
        if (key === undefined) throw unreadable(context, property.name, "key");
        members.push({
            key,
            node,
            value: ts.isPropertyAssignment(property)
                ? resolveValue(property.initializer)
                : undefined,
            spread
        });
    }
    return members;
}

/** The run-time members of an object literal, spreads expanded; refuses what cannot be read. */
export function objectMembers(object: ts.ObjectLiteralExpression): ObjectMember[] {
    return collectObject(object, { what: literalName(object), expanding: new Set() });
}

function collectArray(
    array: ts.ArrayLiteralExpression,
    context: Context,
    spreadNode?: ts.Expression
): ArrayMember[] {
    const members: ArrayMember[] = [];
    for (const element of array.elements) {
        const node = spreadNode ?? element;
        if (ts.isSpreadElement(element)) {
            members.push(
                ...expandSpread(
                    element.expression,
                    node,
                    context,
                    ts.isArrayLiteralExpression,
                    (source) => collectArray(source, context, node)
                )
            );
            continue;
        }
        members.push({ value: resolveValue(element), node, spread: spreadNode !== undefined });
    }
    return members;
}

/** The run-time elements of an array literal, spreads expanded; refuses what cannot be read. */
export function arrayMembers(array: ts.ArrayLiteralExpression): ArrayMember[] {
    return collectArray(array, { what: literalName(array), expanding: new Set() });
}
