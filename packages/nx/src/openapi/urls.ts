import { urlProblem } from "../model/provider-spec";

/**
 * The https form of a document's http URL (the spec accepts https only, http for localhost), with
 * a warning; other URLs unchanged.
 */
export function httpsUrl(url: string, what: string, warnings: string[]): string {
    if (!/^http:\/\//i.test(url) || !urlProblem(url)) return url;
    const upgraded = `https://${url.slice("http://".length)}`;
    warnings.push(
        `${what}: the document's URL ${url} is http; the spec needs https, so it is ${upgraded}`
    );
    return upgraded;
}
