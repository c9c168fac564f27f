import { readOperationFile } from "./operations";
import type { OperationDefinitionFacts, OperationsFacts } from "./operations";
import type { DeclarationRef, ModuleGraph } from "./modules";
import type { OperationRegistration, ProviderClassFacts } from "./provider-class";
import type { ProviderSources } from "./provider-sources";

/** A `this.registerOperation(x)` call and the definition it registers. */
export interface RegisteredOperation extends OperationRegistration {
    /** The definition, found by following the provider file's imports and re-exports. */
    definition?: OperationDefinitionFacts;
    /** Its id, when the definition was found and its id is a literal. */
    id?: string;
}

/** The declaration a registration's expression names, through the provider file's imports. */
function declarationOf(
    registration: OperationRegistration,
    providerFile: string,
    graph: ModuleGraph
): DeclarationRef | undefined {
    if (registration.member === undefined) {
        return graph.resolveLocal(providerFile, registration.local);
    }
    const binding = graph.importsOf(providerFile).get(registration.local);
    const module =
        binding?.kind === "namespace"
            ? graph.resolveModule(providerFile, binding.specifier)
            : undefined;
    return module ? graph.resolveExport(module, registration.member) : undefined;
}

/**
 * Resolves each registration to its definition: through imports, namespace imports
 * (`WorkItems.listWorkItemsOperation`) and re-exports; by variable name when the chain leaves the
 * folder. Definitions outside operations/ (e.g. in the provider file) are read on demand.
 */
export function resolveRegisteredOperations(
    sources: ProviderSources,
    graph: ModuleGraph,
    providerFile: string | undefined,
    providerClass: ProviderClassFacts | undefined,
    operations: OperationsFacts
): RegisteredOperation[] {
    if (!providerFile || !providerClass) return [];
    const byFile = new Map(operations.files.map((file) => [file.file, file.definitions]));
    const definitionsIn = (file: string) => {
        let definitions = byFile.get(file);
        if (!definitions) {
            definitions = readOperationFile(sources, graph, file).definitions;
            byFile.set(file, definitions);
        }
        return definitions;
    };
    const byName = new Map<string, OperationDefinitionFacts[]>();
    for (const definitions of byFile.values()) {
        for (const definition of definitions) {
            byName.set(definition.variable, [
                ...(byName.get(definition.variable) ?? []),
                definition
            ]);
        }
    }
    return providerClass.registrations.map((registration) => {
        const declaration = declarationOf(registration, providerFile, graph);
        const named = byName.get(registration.member ?? registration.local) ?? [];
        const definition = declaration
            ? definitionsIn(declaration.file).find(
                  (candidate) => candidate.variable === declaration.name
              )
            : named.length === 1
              ? named[0]
              : undefined;
        return { ...registration, definition, id: definition?.id };
    });
}
