import type { OAuthApp, ProviderModel } from "./provider-model";
import type { PreAuthFieldSpec } from "./provider-spec";

/**
 * What `register-provider` needs to know about a provider. Built from a ProviderModel (when the
 * generator or a spec supplies one) or read back from the provider's own files.
 */
export interface RegistrationModel {
    id: string;
    displayName: string;
    /** `XProvider`: the class the registry's lazy loader imports. */
    providerClass: string;
    /** Entry variable prefix in registry.ts: `<camel>Entry`. */
    camel: string;
    authMethod: "oauth2" | "api_key";
    /** snake_case category id. */
    category: string;
    description: string;
    logoDomain?: string;
    preAuthFields: PreAuthFieldSpec[];
    oauth?: {
        authUrl: string;
        tokenUrl: string;
        scopes: string[];
        authParams?: Record<string, string>;
        userInfoUrl?: string;
        refreshable: boolean;
        pkce: boolean;
        app: OAuthApp;
    };
}

export function registrationFromModel(model: ProviderModel): RegistrationModel {
    const auth = model.auth;
    return {
        id: model.id,
        displayName: model.displayName,
        providerClass: model.names.providerClass,
        camel: model.names.camel,
        authMethod: model.authMethod,
        category: model.category,
        description: model.description,
        logoDomain: model.logoDomain,
        preAuthFields: model.preAuthFields,
        oauth:
            auth.type === "oauth2" && model.oauthApp
                ? {
                      authUrl: auth.authUrl,
                      tokenUrl: auth.tokenUrl,
                      scopes: auth.scopes,
                      authParams: auth.authParams,
                      userInfoUrl: auth.userInfoUrl,
                      refreshable: auth.refreshable,
                      pkce: auth.pkce,
                      app: model.oauthApp
                  }
                : undefined
    };
}
