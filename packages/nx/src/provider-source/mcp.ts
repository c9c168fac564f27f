import * as ts from "typescript";
import { findDescendants, positionOf, propertyNameText, stringLiteralValue } from "../utils/ast";
import type { SourcePosition } from "../utils/ast";
import { findProviderClass } from "./provider-class";
import type { Located } from "./provider-class";
import type { ProviderSources } from "./provider-folder";

export const MCP_DIR = "mcp";

/** How a provider exposes its operations as MCP tools. */
export interface McpFacts {
    /** An adapter class in `mcp/`, tools built inline in the provider's `getMCPTools()`, or neither. */
    source: "adapter" | "inline" | "none";
    /** Provider-relative file of the method that lists the tools. */
    file?: string;
    position?: SourcePosition;
    /** The listing maps over the registered operations (`this.operations`), so every one is a tool. */
    listsRegisteredOperations: boolean;
    /**
     * The listing is `return [];`: the provider exposes no MCP tools on purpose (FlowMaestro's
     * database providers do this).
     */
    listsNoTools: boolean;
    /** Tool names written as `${"<prefix>"}${op.id}${"<suffix>"}`. */
    toolNameTemplate?: Located<{ prefix: string; suffix: string }>;
    /** Tool names written as string literals (`name: "acme_sendMessage"`). */
    explicitToolNames: Located<string>[];
    /** `case` labels of the switch that dispatches tool calls; undefined when dispatch is generic. */
    dispatchCases?: Located<string>[];
    /** `toolName.replace("<prefix>", "")` in the dispatch method: the prefix it expects. */
    dispatchStripPrefix?: Located<string>;
}

type MethodLike = ts.MethodDeclaration;

function findMethod(declaration: ts.ClassDeclaration, names: string[]): MethodLike | undefined {
    return declaration.members.find(
        (member): member is ts.MethodDeclaration =>
            ts.isMethodDeclaration(member) && names.includes(propertyNameText(member.name) ?? "")
    );
}

/** `getMCPTools() { return []; }`, comments aside. */
function returnsEmptyList(method: MethodLike): boolean {
    const statements = method.body?.statements ?? [];
    if (statements.length !== 1 || !ts.isReturnStatement(statements[0])) return false;
    const returned = statements[0].expression;
    return !!returned && ts.isArrayLiteralExpression(returned) && returned.elements.length === 0;
}

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
    return {
        listsRegisteredOperations,
        listsNoTools: returnsEmptyList(method),
        toolNameTemplate,
        explicitToolNames
    };
}

function readDispatch(method: MethodLike | undefined, sourceFile: ts.SourceFile) {
    if (!method?.body) return {};
    const switches = findDescendants(method.body, ts.isSwitchStatement);
    const dispatchCases =
        switches.length === 0
            ? undefined
            : switches.flatMap((statement) =>
                  statement.caseBlock.clauses.flatMap((clause) => {
                      if (!ts.isCaseClause(clause)) return [];
                      const value = stringLiteralValue(clause.expression);
                      return value === undefined
                          ? []
                          : [{ value, position: positionOf(clause.expression, sourceFile) }];
                  })
              );
    const replace = findDescendants(method.body, ts.isCallExpression).find(
        (call) =>
            ts.isPropertyAccessExpression(call.expression) &&
            call.expression.name.text === "replace" &&
            stringLiteralValue(call.arguments[0]) !== undefined &&
            stringLiteralValue(call.arguments[1]) === ""
    );
    const dispatchStripPrefix = replace && {
        value: stringLiteralValue(replace.arguments[0])!,
        position: positionOf(replace.arguments[0], sourceFile)
    };
    return { dispatchCases, dispatchStripPrefix };
}

function facts(
    source: McpFacts["source"],
    file: string,
    sourceFile: ts.SourceFile,
    listing: MethodLike,
    dispatch: MethodLike | undefined
): McpFacts {
    return {
        source,
        file,
        position: positionOf(listing.name, sourceFile),
        ...readListing(listing, sourceFile),
        ...readDispatch(dispatch, sourceFile)
    };
}

/**
 * Finds where the provider lists its MCP tools: an adapter class in `mcp/` with `getTools()` (the
 * seed layout), or `getMCPTools()` building them inline in the provider class (a real variant).
 */
export function analyzeMcp(sources: ProviderSources, providerFile: string | undefined): McpFacts {
    for (const file of sources.typeScriptFiles()) {
        if (!file.startsWith(`${MCP_DIR}/`)) continue;
        const sourceFile = sources.parse(file);
        for (const declaration of sourceFile.statements.filter(ts.isClassDeclaration)) {
            const listing = findMethod(declaration, ["getTools", "getMCPTools"]);
            if (listing) {
                const dispatch = findMethod(declaration, ["executeTool", "executeMCPTool"]);
                return facts("adapter", file, sourceFile, listing, dispatch);
            }
        }
    }
    if (providerFile) {
        const sourceFile = sources.parse(providerFile);
        const declaration = findProviderClass(sourceFile);
        const listing = declaration && findMethod(declaration, ["getMCPTools"]);
        if (declaration && listing) {
            const dispatch = findMethod(declaration, ["executeMCPTool"]);
            return facts("inline", providerFile, sourceFile, listing, dispatch);
        }
    }
    return {
        source: "none",
        listsRegisteredOperations: false,
        listsNoTools: false,
        explicitToolNames: []
    };
}
