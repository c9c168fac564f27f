import { logger, type Tree } from "@nx/devkit";
import { providerDir } from "../config/plugin-options";
import { hostCategoryNames, isKnownCategory } from "../model/categories";
import { PROVIDER_FILE_PATTERN, providerNames, titleCase } from "../model/names";
import { oauthAppFor } from "../model/provider-model";
import type { OAuthAuthSpec, ProviderSpec } from "../model/provider-spec";
import type { RegistrationModel } from "../model/registration";
import { readProviderClass, type ProviderClassFacts } from "../provider-source/provider-class";
import { FlowmaestroError } from "../utils/errors";
import type { HostSession } from "./host-session";

/** What a registration is read with besides the provider's own files; the spec and flags win. */
export interface RegistrationInput {
    id: string;
    spec?: ProviderSpec;
    oauthKey?: string;
    category?: string;
    description?: string;
    logoDomain?: string;
}

/** The provider's class file: the single `*Provider.ts` at the top of its folder. */
function readProviderFolder(tree: Tree, dir: string, id: string): ProviderClassFacts {
    if (!tree.exists(dir) || tree.isFile(dir)) {
        throw new FlowmaestroError(
            `No provider folder ${dir} for "${id}". Create the provider first (nx g @flowmaestro/nx:integration-provider ${id}) or check the id and the providersDir plugin option; nothing was written.`
        );
    }
    const files = tree
        .children(dir)
        .filter((file) => PROVIDER_FILE_PATTERN.test(file) && tree.isFile(`${dir}/${file}`));
    if (files.length !== 1) {
        throw new FlowmaestroError(
            `${dir} must contain exactly one *Provider.ts file (found ${files.length === 0 ? "none" : files.join(", ")}); nothing was written.`
        );
    }
    const file = `${dir}/${files[0]}`;
    const facts = readProviderClass(tree.read(file, "utf-8") ?? "", file);
    if (!facts.className) {
        throw new FlowmaestroError(`${file} declares no provider class; nothing was written.`);
    }
    if (facts.name && facts.name.value !== id) {
        throw new FlowmaestroError(
            `${file}:${facts.name.position.line}: the class says name = ${JSON.stringify(facts.name.value)}, but its folder is "${id}"; nothing was written.`
        );
    }
    return facts;
}

/** What the host files already say about the provider (used for facts its own files lack). */
function existingFacts(session: HostSession, id: string) {
    const registry = session.model("registry");
    const shared = session.model("sharedProviders");
    const element = shared?.providers.find((provider) => provider.provider === id);
    return {
        category:
            registry?.entries.find((entry) => entry.name === id)?.category ??
            (element?.category
                ? hostCategoryNames(registry, shared).categoryOf(element.category)
                : undefined),
        description: element?.description,
        logoDomain: shared?.logoDomains.find((entry) => entry.key === id)?.value
    };
}

/**
 * The registration, from the provider's own files (class, display name, auth method, OAuth URLs,
 * scopes, config key) merged with the spec and flags, which win for category, description, logo
 * domain, pre-auth fields, user-info URL, auth params and PKCE.
 */
export function readRegistration(
    session: HostSession,
    options: RegistrationInput,
    { quiet = false }: { quiet?: boolean } = {}
): RegistrationModel {
    const warn = (message: string) => quiet || logger.warn(message);
    const { id, spec } = options;
    const facts = readProviderFolder(session.tree, providerDir(session.options, id), id);
    const names = providerNames(id);
    const displayName = facts.displayName?.value ?? spec?.displayName ?? titleCase(id);
    const authMethod = facts.authMethod?.value ?? spec?.auth.type ?? facts.authConfig?.kind;
    if (authMethod !== "oauth2" && authMethod !== "api_key") {
        throw new FlowmaestroError(
            `${facts.fileName}: cannot tell the auth method (expected authMethod = "oauth2" or "api_key"); nothing was written.`
        );
    }
    const existing = existingFacts(session, id);
    let category = options.category ?? spec?.category ?? existing.category;
    if (!category) {
        category = "productivity";
        warn(`No category for "${id}" (pass --category); using productivity.`);
    } else if (!isKnownCategory(category) && !session.categoryNames().isLearned(category)) {
        warn(
            `Category "${category}" is neither one the workspace's providers use nor one of the known categories; it is used as given.`
        );
    }
    const registration: RegistrationModel = {
        id,
        displayName,
        providerClass: facts.className!.value,
        camel: names.camel,
        authMethod,
        category,
        description:
            options.description ??
            spec?.description ??
            existing.description ??
            `${displayName} integration`,
        logoDomain: options.logoDomain ?? spec?.logoDomain ?? existing.logoDomain,
        preAuthFields: spec?.auth.type === "oauth2" ? spec.auth.preAuthFields : []
    };
    if (authMethod === "oauth2") {
        const fromClass = facts.authConfig?.kind === "oauth2" ? facts.authConfig : undefined;
        const fromSpec: OAuthAuthSpec | undefined =
            spec?.auth.type === "oauth2" ? spec.auth : undefined;
        const authUrl = fromClass?.authUrl ?? fromSpec?.authUrl;
        const tokenUrl = fromClass?.tokenUrl ?? fromSpec?.tokenUrl;
        if (!authUrl || !tokenUrl) {
            throw new FlowmaestroError(
                `${facts.fileName}: getAuthConfig() does not give literal authUrl and tokenUrl; pass --spec with auth.authUrl and auth.tokenUrl. Nothing was written.`
            );
        }
        const classKey = fromClass?.configKey !== names.camel ? fromClass?.configKey : undefined;
        registration.oauth = {
            authUrl,
            tokenUrl,
            scopes: fromClass?.scopes ?? fromSpec?.scopes ?? [],
            authParams: fromSpec?.authParams ?? fromClass?.authParams,
            userInfoUrl: fromSpec?.userInfoUrl,
            refreshable: fromClass?.refreshable ?? fromSpec?.refreshable ?? true,
            pkce: fromSpec?.pkce ?? fromClass?.pkceEnabled ?? false,
            app: oauthAppFor(id, displayName, options.oauthKey ?? fromSpec?.oauthKey ?? classKey)
        };
    }
    return registration;
}
