/**
 * The provider reader: what a provider folder's own source says, read from the AST (no type
 * check), in every form the FlowMaestro monorepo uses. Verification rules and generators that add
 * code to a provider both build on it.
 */
export { analyzeProviderFolder, readProviderSources } from "./provider-folder";
export { ProviderSources } from "./provider-sources";
export type { ProviderFolderFacts } from "./provider-folder";
export { readProviderClass, providerClassFacts } from "./provider-class";
export type {
    DispatchCase,
    ExecutorCall,
    Located,
    OperationDispatch,
    OperationRegistration,
    ProviderClassFacts
} from "./provider-class";
export { OPERATIONS_DIR, OPERATIONS_INDEX, allDefinitions } from "./operations";
export type {
    DefinitionForm,
    OperationDefinitionFacts,
    OperationFileFacts,
    OperationsFacts,
    SchemaLocation
} from "./operations";
export type { RegisteredOperation } from "./registrations";
export { MCP_DIR } from "./mcp";
export type { McpDispatch, McpFacts, McpListing } from "./mcp";
export { CLIENT_DIR } from "./client";
export type { ClientClassFacts, ClientFacts, Transport } from "./client";
export { groupIdPrefix, groupPrefixOf } from "./conventions";
export type { IdConvention, IdNaming, ProviderConventions } from "./conventions";
