/** Options of the provider-operation generator, as Nx passes them (see schema.json). */
export interface ProviderOperationGeneratorSchema {
    provider: string;
    operationId?: string;
    method?: string;
    path?: string;
    actionType?: "read" | "write";
    description?: string;
    name?: string;
    category?: string;
    group?: string;
    spec?: string;
    openapi?: string;
    /** Lists may arrive as one comma-separated string when the generator is called from code. */
    /** OpenAPI tags (`--tags` on the command line too). */
    openapiTags?: string[] | string;
    openapiOperations?: string[] | string;
    /** Write the operations as a spec (`operations:` list) to this file and add nothing. */
    writeSpec?: string;
    /** With --writeSpec: replace an existing file that is not a spec --writeSpec wrote. */
    force?: boolean;
    /** Format the new files in a dry run too. */
    formatDryRun?: boolean;
}
