import * as ts from "typescript";
import { findDescendants, positionOf, stringLiteralValue, unwrapExpression } from "../utils/ast";
import type { SourcePosition } from "../utils/ast";
import { parseHostTypeScript } from "./edit-support";

/**
 * The OAuth service (backend/src/services/oauth/OAuthService.ts) builds the authorization and
 * token URLs from the OAUTH_PROVIDERS entry and fills in `{placeholders}` only where its code says
 * so: `authUrl.replace("{subdomain}", ...)` guarded by `if (provider === "zendesk")`. This reads
 * those substitutions so that a registry URL with a placeholder the service never fills in for
 * that provider can be reported (the user would be sent to a URL with a literal `{host}`).
 */

export type OAuthUrlKind = "authUrl" | "tokenUrl";

/** One `<url>.replace("{placeholder}", value)` of the service. */
export interface PlaceholderSubstitution {
    /** `subdomain` for `"{subdomain}"`. */
    placeholder: string;
    /** The URL it is applied to; undefined when the receiver is not recognisably one of them. */
    url?: OAuthUrlKind;
    /** Providers the guarding comparisons limit it to; undefined when it applies to every one. */
    providers?: string[];
    position: SourcePosition;
}

export interface OAuthServiceModel {
    substitutions: PlaceholderSubstitution[];
}

/** `{name}`, but not `{{name}}` (a header template, not a URL placeholder). */
const PLACEHOLDER = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;

/** The `{placeholders}` written in a URL, in order, without duplicates. */
export function urlPlaceholders(url: string): string[] {
    return [...new Set([...url.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/** `"{x}"` or `/\{x\}/g` as the pattern of a replace call. */
function replacedPlaceholder(pattern: ts.Expression | undefined): string | undefined {
    const text = stringLiteralValue(pattern);
    if (text !== undefined) return /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(text)?.[1];
    if (pattern && ts.isRegularExpressionLiteral(pattern)) {
        return /^\/\\\{([A-Za-z_][A-Za-z0-9_]*)\\\}\/[a-z]*$/.exec(pattern.text)?.[1];
    }
    return undefined;
}

function urlKindOf(receiver: ts.Expression): OAuthUrlKind | undefined {
    const node = unwrapExpression(receiver);
    const name = ts.isIdentifier(node)
        ? node.text
        : ts.isPropertyAccessExpression(node)
          ? node.name.text
          : "";
    if (/^auth(orization|orize)?Url$/i.test(name)) return "authUrl";
    if (/^tokenUrl$/i.test(name)) return "tokenUrl";
    return undefined;
}

/** Provider names a condition compares with: `provider === "zendesk"`, `config.name === "x"`. */
function comparedProviderNames(condition: ts.Expression): string[] {
    const names: string[] = [];
    const visit = (node: ts.Node): void => {
        if (
            ts.isBinaryExpression(node) &&
            (node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
                node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken)
        ) {
            for (const [value, other] of [
                [node.right, node.left],
                [node.left, node.right]
            ]) {
                const literal = stringLiteralValue(unwrapExpression(value));
                if (literal !== undefined && /provider|name/i.test(other.getText())) {
                    names.push(literal);
                }
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(condition);
    return names;
}

/** `case "a": case "b":` labels leading to a clause (it and the empty clauses before it). */
function caseLabels(clause: ts.CaseClause): string[] {
    const clauses = clause.parent.clauses;
    const labels: string[] = [];
    for (let index = clauses.indexOf(clause); index >= 0; index--) {
        const current = clauses[index];
        if (index !== clauses.indexOf(clause) && current.statements.length > 0) break;
        const label = ts.isCaseClause(current) ? stringLiteralValue(current.expression) : undefined;
        if (label !== undefined) labels.push(label);
    }
    return labels;
}

/**
 * The providers a node only runs for, from the `if`/`case`/`?:` guards around it that compare a
 * provider name with literals; undefined when no such guard surrounds it.
 */
function guardedProviders(node: ts.Node): string[] | undefined {
    let providers: string[] | undefined;
    const restrict = (names: string[]) => {
        if (names.length === 0) return;
        providers = providers ? providers.filter((name) => names.includes(name)) : names;
    };
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (ts.isIfStatement(parent) && parent.thenStatement === child) {
            restrict(comparedProviderNames(parent.expression));
        } else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) {
            restrict(comparedProviderNames(parent.condition));
        } else if (ts.isCaseClause(parent) && child !== parent.expression) {
            const switched = parent.parent.parent.expression.getText();
            if (/provider|name/i.test(switched)) restrict(caseLabels(parent));
        }
    }
    return providers;
}

/** Reads every placeholder substitution the OAuth service makes, with the providers it makes it for. */
export function parseOAuthServiceFile(source: string, fileName: string): OAuthServiceModel {
    const sourceFile = parseHostTypeScript(source, fileName);
    const substitutions: PlaceholderSubstitution[] = [];
    for (const call of findDescendants(sourceFile, ts.isCallExpression)) {
        if (
            !ts.isPropertyAccessExpression(call.expression) ||
            !["replace", "replaceAll"].includes(call.expression.name.text)
        ) {
            continue;
        }
        const placeholder = replacedPlaceholder(call.arguments[0]);
        if (placeholder === undefined) continue;
        substitutions.push({
            placeholder,
            url: urlKindOf(call.expression.expression),
            providers: guardedProviders(call),
            position: positionOf(call, sourceFile)
        });
    }
    return { substitutions };
}

/** Whether the service fills in `{placeholder}` of the given URL for the provider. */
export function substitutesPlaceholder(
    service: OAuthServiceModel,
    providerId: string,
    url: OAuthUrlKind,
    placeholder: string
): boolean {
    return service.substitutions.some(
        (substitution) =>
            substitution.placeholder === placeholder &&
            (substitution.url === undefined || substitution.url === url) &&
            (substitution.providers === undefined || substitution.providers.includes(providerId))
    );
}

/** The `{placeholders}` of a provider's OAuth URL that the service leaves in place. */
export function unsubstitutedPlaceholders(
    service: OAuthServiceModel,
    providerId: string,
    url: OAuthUrlKind,
    value: string
): string[] {
    return urlPlaceholders(value).filter(
        (placeholder) => !substitutesPlaceholder(service, providerId, url, placeholder)
    );
}
