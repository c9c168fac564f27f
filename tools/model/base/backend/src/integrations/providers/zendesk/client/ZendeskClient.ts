import { BaseAPIClient } from "../../../core/BaseAPIClient";

export interface ZendeskClientConfig {
    subdomain: string;
    accessToken: string;
    connectionId?: string;
}

/** Calls go to the account's own host, `<subdomain>.zendesk.com`. */
export class ZendeskClient extends BaseAPIClient {
    private subdomain: string;

    constructor(config: ZendeskClientConfig) {
        super({ baseURL: `https://${config.subdomain}.zendesk.com/api/v2`, timeout: 20000 });
        this.subdomain = config.subdomain;
        this.client.addRequestInterceptor((request) => ({
            ...request,
            headers: { ...request.headers, Authorization: `Bearer ${config.accessToken}` }
        }));
    }

    getSubdomain(): string {
        return this.subdomain;
    }
}
