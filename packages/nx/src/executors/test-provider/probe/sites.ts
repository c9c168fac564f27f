/** Host names as code and data write them: `api.hubspot.com`, `.zendesk.com` after `${subdomain}`. */
const HOST_NAME = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}\b/gi;

/**
 * The domain a host belongs to (`api.hubspot.com` → `hubspot.com`, `x.co.uk` → `x.co.uk`): the
 * part a provider's API keeps while its subdomains vary by region, account or service.
 */
export function siteOf(host: string): string {
    const labels = host.toLowerCase().split(".");
    const [second, top] = labels.slice(-2);
    const countryLevel = labels.length > 2 && second.length <= 3 && top.length === 2;
    return labels.slice(countryLevel ? -3 : -2).join(".");
}

/** The domains of every host name written in `text`. */
export function sitesIn(text: string): string[] {
    return [...text.matchAll(HOST_NAME)].map(([host]) => siteOf(host));
}
