import { randomBytes } from "crypto";
import { getOAuthProvider, OAuthProvider } from "./OAuthProviderRegistry";
import { generatePKCEPair } from "./utils/pkce";

/**
 * OAuth state token data
 */
interface StateTokenData {
    userId: string;
    workspaceId: string;
    provider: string;
    expiresAt: number;
    codeVerifier?: string; // PKCE code verifier
    subdomain?: string; // For providers like Zendesk that require per-connection subdomain
}

/**
 * OAuth token data from provider
 */
interface OAuthToken {
    access_token: string;
    refresh_token?: string;
    token_type?: string;
    expires_in?: number;
    scope?: string;
}

/**
 * Generic OAuth 2.0 Service (authorization URL and token exchange; the host's service also
 * refreshes and revokes tokens)
 */
export class OAuthService {
    private stateStore = new Map<string, StateTokenData>();

    /**
     * Generate authorization URL for user to visit
     *
     * @param options - Optional parameters (e.g., subdomain for Zendesk)
     */
    generateAuthUrl(
        provider: string,
        userId: string,
        workspaceId: string,
        options?: { subdomain?: string }
    ): string {
        const config = getOAuthProvider(provider);

        // Handle providers that require subdomain/shop (like Zendesk, Shopify)
        let authUrl = config.authUrl;
        if (provider === "zendesk") {
            if (!options?.subdomain) {
                throw new Error("Zendesk requires a subdomain to initiate OAuth flow");
            }
            authUrl = authUrl.replace("{subdomain}", options.subdomain);
        } else if (provider === "shopify") {
            if (!options?.subdomain) {
                throw new Error("Shopify requires a shop name to initiate OAuth flow");
            }
            // Shopify uses {shop} placeholder - store shop name in subdomain field
            authUrl = authUrl.replace("{shop}", options.subdomain);
        }

        let codeVerifier: string | undefined;
        let codeChallenge: string | undefined;
        if (config.pkceEnabled) {
            ({ codeVerifier, codeChallenge } = generatePKCEPair());
        }

        const state = randomBytes(32).toString("hex");
        this.stateStore.set(state, {
            userId,
            workspaceId,
            provider,
            expiresAt: Date.now() + 10 * 60 * 1000,
            codeVerifier,
            subdomain: options?.subdomain
        });

        const params = new URLSearchParams({
            client_id: config.clientId,
            redirect_uri: config.redirectUri,
            response_type: "code",
            state,
            ...config.authParams
        });
        if (codeChallenge) {
            params.set("code_challenge", codeChallenge);
            params.set("code_challenge_method", "S256");
        }
        if (config.scopes.length > 0) {
            params.set("scope", config.scopes.join(" "));
        }

        return `${authUrl}?${params.toString()}`;
    }

    /**
     * Exchanges an authorization code for tokens. The provider comes from the state token, since a
     * shared callback (/oauth/google/callback) serves every provider of its family.
     */
    async exchangeCodeForToken(
        _provider: string,
        code: string,
        state: string
    ): Promise<{ userId: string; workspaceId: string; provider: string; tokens: OAuthToken }> {
        const stateData = this.stateStore.get(state);
        this.stateStore.delete(state);
        if (!stateData || stateData.expiresAt < Date.now()) {
            throw new Error("Invalid or expired state token");
        }
        const tokens = await this.performTokenExchange(
            getOAuthProvider(stateData.provider),
            code,
            stateData.codeVerifier,
            stateData.subdomain
        );
        const { userId, workspaceId, provider } = stateData;
        return { userId, workspaceId, provider, tokens };
    }

    /**
     * Perform token exchange (handles provider-specific quirks)
     */
    private async performTokenExchange(
        config: OAuthProvider,
        code: string,
        codeVerifier?: string,
        subdomain?: string
    ): Promise<OAuthToken> {
        const params: Record<string, string> = {
            client_id: config.clientId,
            code,
            redirect_uri: config.redirectUri,
            grant_type: "authorization_code",
            ...(config.tokenParams || {})
        };
        const headers: Record<string, string> = {
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/json"
        };

        if (codeVerifier) {
            params.code_verifier = codeVerifier;
        } else {
            params.client_secret = config.clientSecret;
        }
        if (config.tokenAuthMethod === "basic" || config.pkceEnabled) {
            const credentials = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString(
                "base64"
            );
            headers["Authorization"] = `Basic ${credentials}`;
            delete params.client_id;
            delete params.client_secret;
        }

        // Handle providers with dynamic subdomain/shop (like Zendesk, Shopify)
        let tokenUrl = config.tokenUrl;
        if (config.name === "zendesk" && subdomain) {
            tokenUrl = tokenUrl.replace("{subdomain}", subdomain);
        } else if (config.name === "shopify" && subdomain) {
            tokenUrl = tokenUrl.replace("{shop}", subdomain);
        }

        const response = await fetch(tokenUrl, {
            method: "POST",
            headers,
            body: new URLSearchParams(params).toString()
        });

        if (!response.ok) {
            const errorData = (await response.json().catch(() => ({}))) as {
                error_description?: string;
                error?: string;
            };
            throw new Error(errorData.error_description || errorData.error || response.statusText);
        }

        return (await response.json()) as OAuthToken;
    }
}
