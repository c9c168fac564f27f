/** OpenAPI import: a document's selected operations as a provider spec (docs/openapi.md). */
export { apiDocumentFrom, type ApiDocument, type ApiOperation } from "./api-document";
export { loadOpenApiDocument } from "./load";
export {
    mapOperations,
    operationsFromOpenApi,
    type OperationInput,
    type OperationsMapping,
    type OperationsOptions
} from "./operations";
export { specFromOpenApi, type OpenApiImport, type OpenApiImportOptions } from "./provider-spec";
export {
    MAX_UNSELECTED_OPERATIONS,
    selectOperations,
    tagCounts,
    type OperationSelection
} from "./selection";
