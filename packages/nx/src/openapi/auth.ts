import type { ProviderSpecInput } from "../model/provider-spec";
import { HEADER_NAME_PATTERN, QUERY_PARAM_PATTERN } from "../model/provider-spec";
import type { ApiDocument, ApiOperation, OAuthFlow, SecurityScheme } from "./api-document";
import { httpsUrl } from "./urls";

type AuthInput = ProviderSpecInput["auth"];

export interface AuthMapping {
    auth: AuthInput;
    warnings: string[];
}

/**
 * A scheme the spec can express, best first: OAuth authorization code, an API key header, a bearer
 * token, an API key in the query (it ends up in logs), basic credentials.
 */
interface Candidate {
    name: string;
    rank: number;
    kind: string;
    auth: (scopes: string[]) => AuthInput;
}

function oauthCandidate(
    name: string,
    flow: OAuthFlow | undefined,
    baseUrl: string | undefined
): Candidate | undefined {
    if (!flow?.authorizationUrl || !flow.tokenUrl) return undefined;
    const absolute = (url: string) => {
        try {
            return new URL(url, baseUrl).href;
        } catch {
            return url;
        }
    };
    return {
        name,
        rank: 0,
        kind: "OAuth2 authorization code",
        auth: (scopes) => ({
            type: "oauth2",
            authUrl: absolute(flow.authorizationUrl!),
            tokenUrl: absolute(flow.tokenUrl!),
            scopes
        })
    };
}

function candidateFor(
    name: string,
    scheme: SecurityScheme,
    baseUrl: string | undefined
): Candidate | undefined {
    switch (scheme.type) {
        case "oauth2":
            return oauthCandidate(name, scheme.flows.authorizationCode, baseUrl);
        case "apiKey":
            if (scheme.in === "header" && HEADER_NAME_PATTERN.test(scheme.name)) {
                return {
                    name,
                    rank: 1,
                    kind: `API key in the ${scheme.name} header`,
                    auth: () => ({
                        type: "api_key",
                        headerName: scheme.name,
                        headerTemplate: "{{api_key}}"
                    })
                };
            }
            if (scheme.in === "query" && QUERY_PARAM_PATTERN.test(scheme.name)) {
                return {
                    name,
                    rank: 3,
                    kind: `API key in the ${scheme.name} query parameter`,
                    auth: () => ({ type: "api_key", in: "query", queryParam: scheme.name })
                };
            }
            return undefined;
        case "http":
            if (scheme.scheme === "bearer") {
                return {
                    name,
                    rank: 2,
                    kind: "HTTP bearer token",
                    auth: () => ({
                        type: "api_key",
                        headerName: "Authorization",
                        headerTemplate: "Bearer {{api_key}}"
                    })
                };
            }
            if (scheme.scheme === "basic") {
                return {
                    name,
                    rank: 4,
                    kind: "HTTP basic",
                    auth: () => ({
                        type: "api_key",
                        headerName: "Authorization",
                        headerTemplate: "Basic {{api_key}}"
                    })
                };
            }
            return undefined;
        default:
            return undefined;
    }
}

function describeScheme(scheme: SecurityScheme): string {
    switch (scheme.type) {
        case "apiKey":
            return `API key in ${scheme.in} ${scheme.name}`;
        case "http":
            return `HTTP ${scheme.scheme}`;
        case "oauth2": {
            const flows = Object.entries(scheme.flows)
                .filter(([, flow]) => flow)
                .map(([flow]) => flow);
            return `OAuth2 ${flows.join("/") || "without flows"}`;
        }
        default:
            return scheme.type;
    }
}

/** Scheme names the selected operations require, in order of first use; undefined when none says. */
function requiredSchemes(operations: ApiOperation[]): string[] | undefined {
    const requirements = operations.flatMap((operation) => operation.security ?? []);
    if (operations.every((operation) => operation.security === undefined)) return undefined;
    return [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))];
}

/** The scopes the selected operations ask of a scheme, in order of first use. */
function scopesFor(scheme: string, operations: ApiOperation[]): string[] {
    return [
        ...new Set(
            operations.flatMap((operation) =>
                (operation.security ?? []).flatMap((requirement) => requirement[scheme] ?? [])
            )
        )
    ];
}

/**
 * The spec's auth from the schemes the selected operations use (all declared schemes when the
 * document does not say): OAuth2 authorization code first, then an API key header, a bearer
 * token, an API key in the query, basic credentials. The warnings say which scheme was chosen among several, and
 * what the spec cannot carry.
 */
export function authFromDocument(
    api: ApiDocument,
    operations: ApiOperation[],
    baseUrl: string | undefined
): AuthMapping {
    const warnings: string[] = [];
    const required = requiredSchemes(operations);
    const names = (required ?? Object.keys(api.securitySchemes)).filter((name) => {
        if (api.securitySchemes[name]) return true;
        warnings.push(
            `auth: the operations require security scheme ${name}, which the document does not declare`
        );
        return false;
    });
    const candidates = names
        .map((name) => candidateFor(name, api.securitySchemes[name], baseUrl))
        .filter((candidate): candidate is Candidate => candidate !== undefined)
        .sort((a, b) => a.rank - b.rank);
    const unusable = names.filter(
        (name) => !candidates.some((candidate) => candidate.name === name)
    );
    for (const name of unusable) {
        warnings.push(
            `auth: security scheme ${name} (${describeScheme(api.securitySchemes[name])}) cannot be expressed in the spec (it takes an OAuth2 authorization code flow, an API key in a header or the query, a bearer token or basic credentials)`
        );
    }

    const chosen = candidates[0];
    if (!chosen) {
        warnings.push(
            `auth: ${
                names.length > 0
                    ? "no security scheme of the selected operations can be expressed"
                    : required
                      ? "the document says the selected operations need no authentication"
                      : "the document declares no security scheme"
            }; the spec uses an API key in the Authorization header (Bearer) — set --authType and its flags if the API wants something else`
        );
        return { auth: { type: "api_key" }, warnings };
    }
    if (candidates.length > 1) {
        warnings.push(
            `auth: chose ${chosen.name} (${chosen.kind}) over ${candidates
                .slice(1)
                .map((candidate) => `${candidate.name} (${candidate.kind})`)
                .join(", ")}`
        );
    }
    const scheme = api.securitySchemes[chosen.name];
    const partners = new Set(
        operations.flatMap((operation) =>
            (operation.security ?? [])
                .filter((requirement) => chosen.name in requirement)
                .flatMap((requirement) =>
                    Object.keys(requirement).filter((name) => name !== chosen.name)
                )
                // Two OAuth2 schemes in one requirement are one token's flows, not two credentials.
                .filter(
                    (name) =>
                        api.securitySchemes[name]?.type !== "oauth2" || scheme.type !== "oauth2"
                )
        )
    );
    if (partners.size > 0) {
        warnings.push(
            `auth: the document requires ${[...partners].join(", ")} together with ${chosen.name}; the spec carries one credential, so the client must add the other by hand`
        );
    }
    if (
        scheme.type === "apiKey" &&
        scheme.in === "header" &&
        scheme.name.toLowerCase() === "authorization"
    ) {
        warnings.push(
            `auth: ${chosen.name} sends the API key as the whole Authorization header; if the API expects a prefix (Bearer, Token), set --headerTemplate`
        );
    }
    if (scheme.type === "http" && scheme.scheme === "basic") {
        warnings.push(
            `auth: ${chosen.name} is HTTP basic: the connection's API key must be base64 of username:password`
        );
    }
    const scopes = scheme.type === "oauth2" ? scopesFor(chosen.name, operations) : [];
    const auth = chosen.auth(scopes);
    if (auth.type === "oauth2") {
        auth.authUrl = httpsUrl(auth.authUrl, `auth: ${chosen.name} authorizationUrl`, warnings);
        auth.tokenUrl = httpsUrl(auth.tokenUrl, `auth: ${chosen.name} tokenUrl`, warnings);
    }
    if (scheme.type === "oauth2" && scopes.length === 0) {
        const declared = Object.keys(scheme.flows.authorizationCode?.scopes ?? {}).length;
        if (declared > 0) {
            warnings.push(
                `auth: the selected operations name no scopes of ${chosen.name} (its flow declares ${declared}); add the ones you need with --scopes`
            );
        }
    }
    return { auth, warnings };
}
