import type { Rule } from "../rule";
import { authMethod } from "./auth-method";
import { clientExists } from "./client-exists";
import { extendsBaseProvider } from "./extends-base-provider";
import { fixtureLoaderEntry } from "./fixture-loader-entry";
import { fixturesCoverOperations } from "./fixtures-cover-operations";
import { mcpReachable } from "./mcp-reachable";
import { mcpToolNames } from "./mcp-tool-names";
import { nameMatchesFolder } from "./name-matches-folder";
import { oauthCallbackPath } from "./oauth-callback-path";
import { oauthConfig } from "./oauth-config";
import { oauthCredentialsMap } from "./oauth-credentials-map";
import { oauthRegistryEntry } from "./oauth-registry-entry";
import { oauthUrlPlaceholders } from "./oauth-url-placeholders";
import { operationExports } from "./operation-exports";
import { operationIdMatchesFile } from "./operation-id-matches-file";
import { operationsIndex } from "./operations-index";
import { operationsReachable } from "./operations-reachable";
import { pulumiSecrets } from "./pulumi-secrets";
import { registryEntry } from "./registry-entry";
import { sharedProviderEntry } from "./shared-provider-entry";
import { singleProviderFile } from "./single-provider-file";
import { switchCases } from "./switch-cases";
import { uniqueOperationIds } from "./unique-operation-ids";

/** Rules that read only the provider's own files. */
export const SOURCE_RULES: readonly Rule[] = [
    singleProviderFile,
    extendsBaseProvider,
    nameMatchesFolder,
    authMethod,
    clientExists,
    operationsIndex,
    operationExports,
    operationsReachable,
    uniqueOperationIds,
    operationIdMatchesFile,
    switchCases,
    mcpReachable,
    mcpToolNames,
    fixturesCoverOperations
];

/** Rules that read the provider's slices of the cross-cutting files (ids fixed by the public contract, docs/rules.md, plus the OAuth service's placeholders). */
export const REGISTRATION_RULES: readonly Rule[] = [
    registryEntry,
    oauthRegistryEntry,
    oauthConfig,
    oauthCallbackPath,
    oauthCredentialsMap,
    oauthUrlPlaceholders,
    sharedProviderEntry,
    pulumiSecrets,
    fixtureLoaderEntry
];

export const ALL_RULES: readonly Rule[] = [...SOURCE_RULES, ...REGISTRATION_RULES];
