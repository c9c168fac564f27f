import {
    MAX_PROVIDER_ID_LENGTH,
    providerIdProblems,
    urlProblem,
    type ProviderSpecInput
} from "../model/provider-spec";
import { FlowmaestroError } from "../utils/errors";
import type { ApiDocument, ApiOperation, ApiServer } from "./api-document";
import { authFromDocument } from "./auth";
import { mapOperations } from "./operations";
import { shortText } from "./schema";
import { httpsUrl } from "./urls";
import { selectOperations, type OperationSelection } from "./selection";

export interface OpenApiImportOptions {
    selection: OperationSelection;
    /** The provider id when the flags or the spec file give it; otherwise derived from the title. */
    providerId?: string;
    /** `--baseUrl`: the document's servers are then not needed. */
    baseUrl?: string;
    /** The document's path, for messages. */
    source: string;
}

export interface OpenApiImport {
    /** A spec input (no defaults applied) that `parseProviderSpec` accepts. */
    spec: ProviderSpecInput;
    /** Remarks for review; each names where it applies (`auth`, `base URL`, an operation and field). */
    warnings: string[];
}

/** Words of an API title that name no brand: `Slack Web API` -> `slack`. */
const GENERIC_TITLE_WORDS =
    /^(api|apis|rest|restful|openapi|swagger|spec|specification|web|http|json|service|services|the|for|and|of|v?\d+(\.\d+)*)$/i;

function titleWords(title: string): string[] {
    return title.split(/[^A-Za-z0-9.]+/).filter((word) => word && !/^\.+$/.test(word));
}

/** The brand part of a title: generic trailing words (`REST API`, `v3`) dropped. */
export function displayNameFrom(title: string): string {
    const words = title.trim().split(/\s+/);
    const generic = (word: string) => {
        const letters = word.replace(/[^A-Za-z0-9.]/g, "");
        return letters === "" || GENERIC_TITLE_WORDS.test(letters);
    };
    while (words.length > 1 && generic(words[words.length - 1])) words.pop();
    return words.join(" ");
}

/** `GitHub v3 REST API` -> `github`, `Box Platform API` -> `box-platform`; undefined when nothing usable is left. */
export function providerIdFrom(title: string | undefined): string | undefined {
    if (!title) return undefined;
    const words = titleWords(title)
        .filter((word) => !GENERIC_TITLE_WORDS.test(word))
        .map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ""))
        .filter(Boolean);
    let id = "";
    for (const word of words) {
        const next = id ? `${id}-${word}` : word;
        if (next.length > MAX_PROVIDER_ID_LENGTH) break;
        id = next;
    }
    return providerIdProblems(id).length === 0 ? id : undefined;
}

function substituteVariables(server: ApiServer, warnings: string[]): string | { missing: string } {
    let missing: string | undefined;
    const url = server.url.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
        const variable = server.variables[name];
        const value = variable?.default ?? variable?.enum?.[0];
        if (value === undefined) {
            missing ??= name;
            return placeholder;
        }
        const before = server.url.slice(0, server.url.indexOf(placeholder));
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(before) && !value.startsWith("/")) {
            warnings.push(
                `base URL: the server's host depends on {${name}}; it is its default ${JSON.stringify(value)} — if each account has its own, the client must build the URL`
            );
        } else if ((variable?.enum?.length ?? 0) > 1) {
            warnings.push(
                `base URL: server variable {${name}} may be ${variable!.enum!.join(", ")}; it is its default ${JSON.stringify(value)}`
            );
        }
        return value;
    });
    return missing ? { missing } : url;
}

/**
 * The base URL from the document's first server (Swagger 2.0: schemes, host and basePath), with
 * server variables at their defaults. A relative URL cannot be called, so it is refused with a
 * request for --baseUrl.
 */
function baseUrlFrom(
    api: ApiDocument,
    operations: ApiOperation[],
    source: string,
    warnings: string[]
): string {
    const servers =
        api.servers.length > 0
            ? api.servers
            : (operations.find((operation) => operation.servers.length > 0)?.servers ?? []);
    const ask = (problem: string) =>
        new FlowmaestroError(
            `${source}: ${problem}; pass --baseUrl https://... (nothing was written).`
        );
    if (servers.length === 0) throw ask("the document declares no server URL");
    const resolved = substituteVariables(servers[0], warnings);
    if (typeof resolved !== "string") {
        throw ask(
            `its server URL ${servers[0].url} has the variable {${resolved.missing}} without a default`
        );
    }
    let url = resolved;
    if (url.startsWith("//")) {
        url = `https:${url}`;
        warnings.push(`base URL: the server URL ${resolved} has no scheme; it is ${url}`);
    } else if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        throw ask(`its server URL ${JSON.stringify(resolved)} is relative`);
    }
    url = httpsUrl(url, "base URL", warnings);
    const elsewhere = operations.filter(
        (operation) => operation.servers.length > 0 && operation.servers[0].url !== servers[0].url
    );
    if (elsewhere.length > 0) {
        warnings.push(
            `base URL: ${elsewhere.length} selected operation(s) declare their own server (first: ${elsewhere[0].servers[0].url}); the client calls ${url} for all`
        );
    }
    return url;
}

/**
 * The §4 provider spec for the selected operations of a document. Fields the document does not
 * determine (category, rate limit, webhooks) are left to their defaults, the spec file and flags.
 */
export function specFromOpenApi(api: ApiDocument, options: OpenApiImportOptions): OpenApiImport {
    const warnings: string[] = [];
    const selected = selectOperations(api, options.selection, options.source);
    const providerId = options.providerId ?? providerIdFrom(api.title);
    if (!providerId) {
        throw new FlowmaestroError(
            `Cannot derive a provider id from the title of ${options.source} (${JSON.stringify(api.title ?? "")}); pass it as the first argument; nothing was written.`
        );
    }
    const baseUrl = options.baseUrl ?? baseUrlFrom(api, selected, options.source, warnings);
    const auth = authFromDocument(api, selected, baseUrl);
    const operations = mapOperations(api, selected, { providerId });
    if (operations.operations.length === 0) {
        throw FlowmaestroError.fromProblems(
            `None of the ${selected.length} selected operation(s) of ${options.source} can be imported; nothing was written:`,
            operations.warnings.filter((warning) => warning.includes("not imported:"))
        );
    }

    const spec: ProviderSpecInput = { id: providerId } as ProviderSpecInput;
    if (api.title) spec.displayName = displayNameFrom(api.title);
    const description = shortText(api.description, 200);
    if (description) spec.description = description;
    if (api.docsUrl && !urlProblem(api.docsUrl)) spec.docsUrl = api.docsUrl;
    spec.baseUrl = baseUrl;
    spec.auth = auth.auth;
    spec.operations = operations.operations;
    return { spec, warnings: [...warnings, ...auth.warnings, ...operations.warnings] };
}
