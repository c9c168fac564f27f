// Run with the host's tsx from its backend folder: prints { <provider>: { <operationId>: [input
// keys] | null } } for every provider the host registers, read from the loaded providers' own zod
// schemas (never from contracts, JSON schemas or the plugin), for count.js.
import * as path from "path";

interface ZodLike {
    shape?: Record<string, unknown> | (() => Record<string, unknown>);
    _def?: { schema?: ZodLike; innerType?: ZodLike; options?: ZodLike[] };
}

/** The keys an object schema accepts, through effects, optionals and unions; null when unknown. */
function inputKeys(schema: ZodLike | undefined, depth = 0): string[] | null {
    if (!schema || depth > 10) return null;
    const shape = typeof schema.shape === "function" ? schema.shape() : schema.shape;
    if (shape) return Object.keys(shape);
    const def = schema._def ?? {};
    if (def.options) {
        const branches = def.options.map((option) => inputKeys(option, depth + 1));
        return branches.some((keys) => keys === null)
            ? null
            : [...new Set(branches.flat() as string[])];
    }
    return inputKeys(def.schema ?? def.innerType, depth + 1);
}

async function main(): Promise<void> {
    const { providerRegistry } = await import(path.resolve("src/integrations/registry"));
    const registry = (
        providerRegistry as { registry: Map<string, { name: string; loader(): Promise<unknown> }> }
    ).registry;
    const operations: Record<string, Record<string, string[] | null>> = {};
    for (const entry of registry.values()) {
        const provider = (await entry.loader()) as {
            getOperations(): { id: string; inputSchema: ZodLike }[];
        };
        operations[entry.name] = Object.fromEntries(
            provider
                .getOperations()
                .map((operation) => [operation.id, inputKeys(operation.inputSchema)])
        );
    }
    process.stdout.write(`\n@@operations ${JSON.stringify(operations)}\n`);
}

main().then(
    () => process.exit(0),
    (error) => {
        console.error(error);
        process.exit(1);
    }
);
