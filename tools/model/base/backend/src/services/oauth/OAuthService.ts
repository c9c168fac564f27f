import { randomBytes } from "crypto";
import { getOAuthProvider, OAuthProvider } from "./OAuthProviderRegistry";
import { generatePKCEPair } from "./utils/pkce";

interface StateTokenData {
    userId: string;
    workspaceId: string;
    provider: string;
    expiresAt: number;
    codeVerifier?: string;
    /** Zendesk's subdomain, or Shopify's shop name. */
    subdomain?: string;
}

interface OAuthToken {
    access_token: string;
    refresh_token?: string;
    token_type?: string;
    expires_in?: number;
    scope?: string;
}

const STATE_LIFETIME_MS = 600_000;

/**
 * Which URL placeholder each per-tenant provider fills with the connection's subdomain. Written
 * as explicit comparisons because the plugin reads the substitutions and their guards.
 */
function fillTenant(url: string, provider: string, subdomain: string): string {
    if (provider === "zendesk") return url.replace("{subdomain}", subdomain);
    if (provider === "shopify") return url.replace("{shop}", subdomain);
    return url;
}

/** Authorization URLs and the code-for-token exchange (refresh and revocation are not modelled). */
export class OAuthService {
    private stateStore = new Map<string, StateTokenData>();

    generateAuthUrl(
        provider: string,
        userId: string,
        workspaceId: string,
        options?: { subdomain?: string }
    ): string {
        const entry = getOAuthProvider(provider);
        const tenant = options?.subdomain;
        if ((provider === "zendesk" || provider === "shopify") && !tenant) {
            throw new Error(`${provider} needs the account's subdomain before authorizing`);
        }
        const pkce = entry.pkceEnabled ? generatePKCEPair() : undefined;
        const state = randomBytes(24).toString("base64url");
        this.stateStore.set(state, {
            userId,
            workspaceId,
            provider,
            expiresAt: Date.now() + STATE_LIFETIME_MS,
            codeVerifier: pkce?.codeVerifier,
            subdomain: tenant
        });
        const query = new URLSearchParams({ response_type: "code", state, ...entry.authParams });
        query.set("client_id", entry.clientId);
        query.set("redirect_uri", entry.redirectUri);
        if (entry.scopes.length) query.set("scope", entry.scopes.join(" "));
        if (pkce) {
            query.set("code_challenge", pkce.codeChallenge);
            query.set("code_challenge_method", "S256");
        }
        return `${fillTenant(entry.authUrl, provider, tenant ?? "")}?${query}`;
    }

    /** The state names the provider: one family callback serves all of its members. */
    async exchangeCodeForToken(
        _provider: string,
        code: string,
        state: string
    ): Promise<{ userId: string; workspaceId: string; provider: string; tokens: OAuthToken }> {
        const pending = this.stateStore.get(state);
        this.stateStore.delete(state);
        if (pending === undefined || Date.now() > pending.expiresAt) {
            throw new Error("unknown or expired OAuth state");
        }
        const config = getOAuthProvider(pending.provider);
        const tokens = await this.performTokenExchange(
            config,
            code,
            pending.codeVerifier,
            pending.subdomain
        );
        return {
            userId: pending.userId,
            workspaceId: pending.workspaceId,
            provider: pending.provider,
            tokens
        };
    }

    /** Form-encoded grant; client credentials go in a Basic header for PKCE and `basic` providers. */
    private async performTokenExchange(
        config: OAuthProvider,
        code: string,
        codeVerifier?: string,
        subdomain?: string
    ): Promise<OAuthToken> {
        const basicAuth = config.tokenAuthMethod === "basic" || config.pkceEnabled === true;
        const form = new URLSearchParams({ grant_type: "authorization_code", code });
        form.set("redirect_uri", config.redirectUri);
        Object.entries(config.tokenParams ?? {}).forEach(([name, value]) => form.set(name, value));
        if (codeVerifier) form.set("code_verifier", codeVerifier);
        if (!basicAuth) {
            form.set("client_id", config.clientId);
            if (!codeVerifier) form.set("client_secret", config.clientSecret);
        }
        const headers: Record<string, string> = {
            Accept: "application/json",
            "Content-Type": "application/x-www-form-urlencoded"
        };
        if (basicAuth) {
            const pair = `${config.clientId}:${config.clientSecret}`;
            headers.Authorization = `Basic ${Buffer.from(pair).toString("base64")}`;
        }
        const tokenUrl = config.tokenUrl;
        const answer = await fetch(fillTenant(tokenUrl, config.name, subdomain ?? ""), {
            method: "POST",
            headers,
            body: form.toString()
        });
        const body = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
        if (!answer.ok) {
            throw new Error(String(body.error_description ?? body.error ?? answer.statusText));
        }
        return body as unknown as OAuthToken;
    }
}
