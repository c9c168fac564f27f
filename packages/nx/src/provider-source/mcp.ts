import * as ts from "typescript";
import {
    classMethod,
    endPositionOf,
    findDescendants,
    positionOf,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import type { SourcePosition } from "../utils/ast";
import { findProviderClass } from "./provider-class";
import type { Located } from "./provider-class";
import type { ProviderSources } from "./provider-sources";

export const MCP_DIR = "mcp";

/**
 * Where a provider lists its MCP tools: an adapter class in `mcp/`, `getMCPTools()` in the provider
 * class, an explicit empty list (`return [];`: the provider offers no MCP tools on purpose), or no
 * listing at all.
 */
export type McpListing = "adapter" | "inline" | "opt-out" | "none";

/** How a tool call reaches its operation. */
export type McpDispatch =
    /** `switch` with a case per operation (tool name or operation id). */
    | { kind: "switch"; cases: Located<string>[]; newCasePosition: SourcePosition }
    /** Forwards to the provider's `executeOperation`, which dispatches every registered operation. */
    | { kind: "execute-operation" }
    /** Any other lookup (a map of executors, `this.operations.get(...)`). */
    | { kind: "other" }
    /** Never reaches an operation: it ends in a `throw` and returns nothing (not implemented). */
    | { kind: "throws"; position: SourcePosition }
    /** No tool executor method. */
    | { kind: "none" };

/** How a provider exposes its operations as MCP tools. */
export interface McpFacts {
    listing: McpListing;
    /** Provider-relative file of the method that lists the tools. */
    file?: string;
    position?: SourcePosition;
    /** The adapter's class name, with `listing: "adapter"`. */
    adapterClass?: string;
    /** The listing maps over the registered operations (`this.operations`), so every one is a tool. */
    listsRegisteredOperations: boolean;
    /** Tool names written as `${"<prefix>"}${op.id}${"<suffix>"}`. */
    toolNameTemplate?: Located<{ prefix: string; suffix: string }>;
    /** Tool names written as string literals (`name: "acme_sendMessage"`). */
    explicitToolNames: Located<string>[];
    dispatch: McpDispatch;
    /** Provider-relative file of the method that runs tool calls (the adapter's or the provider's). */
    dispatchFile?: string;
    /** `toolName.replace("<prefix>", "")` (or `/^<prefix>/`) in the dispatch method. */
    dispatchStripPrefix?: Located<string>;
}

type MethodLike = ts.MethodDeclaration;

function readListing(method: MethodLike, sourceFile: ts.SourceFile) {
    const body = method.body ?? method;
    const listsRegisteredOperations = findDescendants(body, ts.isIdentifier).some(
        (identifier) => identifier.text === "operations" || identifier.text === "getOperations"
    );
    let toolNameTemplate: McpFacts["toolNameTemplate"];
    for (const template of findDescendants(body, ts.isTemplateExpression)) {
        const [span, ...rest] = template.templateSpans;
        if (rest.length === 0 && /(^|\.)id$/.test(span.expression.getText(sourceFile))) {
            toolNameTemplate = {
                value: { prefix: template.head.text, suffix: span.literal.text },
                position: positionOf(template, sourceFile)
            };
            break;
        }
    }
    const explicitToolNames: Located<string>[] = [];
    for (const property of findDescendants(body, ts.isPropertyAssignment)) {
        const value = stringLiteralValue(property.initializer);
        if (propertyNameText(property.name) === "name" && value !== undefined) {
            explicitToolNames.push({
                value,
                position: positionOf(property.initializer, sourceFile)
            });
        }
    }
    return { listsRegisteredOperations, toolNameTemplate, explicitToolNames };
}

/** `"acme_"` or `/^acme_/` as the first argument of `.replace(..., "")`. */
function strippedPrefix(node: ts.Expression | undefined): string | undefined {
    const text = stringLiteralValue(node);
    if (text !== undefined) return text;
    if (node && ts.isRegularExpressionLiteral(node)) {
        return /^\/\^?([A-Za-z0-9_-]+)\/$/.exec(node.text)?.[1];
    }
    return undefined;
}

function readDispatch(
    method: MethodLike | undefined,
    sourceFile: ts.SourceFile
): Pick<McpFacts, "dispatch" | "dispatchStripPrefix"> {
    if (!method?.body) return { dispatch: { kind: "none" } };
    const calls = findDescendants(method.body, ts.isCallExpression);
    const replace = calls.find(
        (call) =>
            ts.isPropertyAccessExpression(call.expression) &&
            call.expression.name.text === "replace" &&
            strippedPrefix(call.arguments[0]) !== undefined &&
            stringLiteralValue(call.arguments[1]) === ""
    );
    const dispatchStripPrefix = replace && {
        value: strippedPrefix(replace.arguments[0])!,
        position: positionOf(replace.arguments[0], sourceFile)
    };
    const switches = findDescendants(method.body, ts.isSwitchStatement);
    if (switches.length > 0) {
        const cases = switches.flatMap((statement) =>
            statement.caseBlock.clauses.flatMap((clause) => {
                if (!ts.isCaseClause(clause)) return [];
                const value = stringLiteralValue(clause.expression);
                return value === undefined
                    ? []
                    : [{ value, position: positionOf(clause.expression, sourceFile) }];
            })
        );
        const last = switches[switches.length - 1].caseBlock;
        const defaultClause = last.clauses.find(ts.isDefaultClause);
        const newCasePosition = defaultClause
            ? positionOf(defaultClause, sourceFile)
            : endPositionOf(last, sourceFile);
        return { dispatch: { kind: "switch", cases, newCasePosition }, dispatchStripPrefix };
    }
    const forwards = calls.some(
        (call) =>
            ts.isPropertyAccessExpression(call.expression) &&
            call.expression.name.text === "executeOperation"
    );
    if (forwards) return { dispatch: { kind: "execute-operation" }, dispatchStripPrefix };
    const last = method.body.statements[method.body.statements.length - 1];
    const returnsValue = findDescendants(method.body, ts.isReturnStatement).some(
        (statement) => statement.expression !== undefined
    );
    if (last && ts.isThrowStatement(last) && !returnsValue) {
        return {
            dispatch: { kind: "throws", position: positionOf(last, sourceFile) },
            dispatchStripPrefix
        };
    }
    return { dispatch: { kind: "other" }, dispatchStripPrefix };
}

/** Every `return` of the method returns an empty array literal: no tools, on purpose. */
function returnsEmptyList(method: MethodLike): boolean {
    if (!method.body) return false;
    const returns = findDescendants(method.body, ts.isReturnStatement);
    return (
        returns.length > 0 &&
        returns.every((statement) => {
            const value = statement.expression && unwrapExpression(statement.expression);
            return !!value && ts.isArrayLiteralExpression(value) && value.elements.length === 0;
        })
    );
}

/** A method and the file it is in. */
interface MethodIn {
    file: string;
    sourceFile: ts.SourceFile;
    method: MethodLike;
    className?: string;
}

/** `this.mcpAdapter.getTools()`: the method hands the work to another object's method. */
function delegates(method: MethodLike, names: string[]): boolean {
    return findDescendants(method.body ?? method, ts.isCallExpression).some(
        (call) =>
            ts.isPropertyAccessExpression(call.expression) &&
            call.expression.expression.kind !== ts.SyntaxKind.ThisKeyword &&
            names.includes(call.expression.name.text)
    );
}

/** The adapter class in mcp/ (one with a tool listing method) and its methods. */
function adapterMethods(sources: ProviderSources) {
    for (const file of sources.typeScriptFiles()) {
        if (!file.startsWith(`${MCP_DIR}/`)) continue;
        const sourceFile = sources.parse(file);
        for (const declaration of sourceFile.statements.filter(ts.isClassDeclaration)) {
            const at = (method: MethodLike | undefined): MethodIn | undefined =>
                method && { file, sourceFile, method, className: declaration.name?.text };
            const listing = at(classMethod(declaration, ...LISTING_METHODS));
            if (listing) {
                return { listing, dispatch: at(classMethod(declaration, ...DISPATCH_METHODS)) };
            }
        }
    }
    return undefined;
}

const LISTING_METHODS = ["getTools", "getMCPTools"];
const DISPATCH_METHODS = ["executeTool", "executeMCPTool"];

function facts(listing: McpListing, list: MethodIn, dispatch: MethodIn | undefined): McpFacts {
    return {
        listing,
        file: list.file,
        position: positionOf(list.method.name, list.sourceFile),
        adapterClass: listing === "adapter" ? list.className : undefined,
        ...readListing(list.method, list.sourceFile),
        dispatchFile: dispatch?.file,
        ...(dispatch
            ? readDispatch(dispatch.method, dispatch.sourceFile)
            : { dispatch: { kind: "none" as const } })
    };
}

/**
 * Finds where the provider lists its MCP tools and how it runs them, starting from its
 * `getMCPTools()` and `executeMCPTool()`: an explicit empty list (opt-out), calls into an adapter
 * class in `mcp/` (the seed layout), or tools built inline in the provider class (a real
 * variant). An adapter the provider does not call is neither.
 */
export function analyzeMcp(sources: ProviderSources, providerFile: string | undefined): McpFacts {
    const sourceFile = providerFile ? sources.parse(providerFile) : undefined;
    const declaration = sourceFile && findProviderClass(sourceFile);
    const at = (names: string[]): MethodIn | undefined => {
        const method = declaration && classMethod(declaration, ...names);
        return method && providerFile && sourceFile
            ? { file: providerFile, sourceFile, method }
            : undefined;
    };
    const listing = at(["getMCPTools"]);
    const dispatch = at(["executeMCPTool"]);
    const adapter = adapterMethods(sources);
    if (!listing) {
        return adapter
            ? facts("adapter", adapter.listing, adapter.dispatch)
            : {
                  listing: "none",
                  listsRegisteredOperations: false,
                  explicitToolNames: [],
                  dispatch: { kind: "none" }
              };
    }
    const dispatchIn =
        adapter && dispatch && delegates(dispatch.method, DISPATCH_METHODS)
            ? adapter.dispatch
            : dispatch;
    if (returnsEmptyList(listing.method)) return facts("opt-out", listing, dispatchIn);
    if (adapter && delegates(listing.method, LISTING_METHODS)) {
        return facts(
            returnsEmptyList(adapter.listing.method) ? "opt-out" : "adapter",
            adapter.listing,
            dispatchIn
        );
    }
    return facts("inline", listing, dispatchIn);
}
