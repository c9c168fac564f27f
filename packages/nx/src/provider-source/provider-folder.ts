import * as fs from "fs";
import * as path from "path";
import { analyzeClient } from "./client";
import type { ClientFacts } from "./client";
import { learnConventions } from "./conventions";
import type { ProviderConventions } from "./conventions";
import { analyzeMcp } from "./mcp";
import type { McpFacts } from "./mcp";
import { ModuleGraph } from "./modules";
import { analyzeOperations } from "./operations";
import type { OperationsFacts } from "./operations";
import { providerClassFacts } from "./provider-class";
import type { ProviderClassFacts } from "./provider-class";
import { ProviderSources } from "./provider-sources";
import type { ProviderSourcesContext } from "./provider-sources";
import { resolveRegisteredOperations } from "./registrations";
import type { RegisteredOperation } from "./registrations";

/** Everything the rules (and generators adding to a provider) need about a provider folder. */
export interface ProviderFolderFacts {
    sources: ProviderSources;
    /** Relative path of the provider class file (the first when there are several). */
    providerFile?: string;
    providerClass?: ProviderClassFacts;
    /** Imports and re-exports of the folder's modules. */
    readonly modules: ModuleGraph;
    readonly operations: OperationsFacts;
    /** The provider's `registerOperation` calls, each resolved to its definition. */
    readonly registered: RegisteredOperation[];
    readonly mcp: McpFacts;
    readonly client: ClientFacts;
    /** How this provider is written (id naming, definition form, schemas, dispatch, MCP style). */
    readonly conventions: ProviderConventions;
}

/**
 * Reads the provider class eagerly and everything else on first use, so that callers that only
 * need the class (the cache hasher) do not parse the whole folder. Each file is parsed once.
 */
export function analyzeProviderFolder(sources: ProviderSources): ProviderFolderFacts {
    const providerFile = sources.providerFiles()[0];
    const providerClass = providerFile
        ? providerClassFacts(sources.parse(providerFile), providerFile)
        : undefined;
    const modules = new ModuleGraph(sources);
    let operations: OperationsFacts | undefined;
    let registered: RegisteredOperation[] | undefined;
    let mcp: McpFacts | undefined;
    let client: ClientFacts | undefined;
    let conventions: ProviderConventions | undefined;
    return {
        sources,
        providerFile,
        providerClass,
        modules,
        get operations() {
            return (operations ??= analyzeOperations(sources, modules));
        },
        get registered() {
            return (registered ??= resolveRegisteredOperations(
                sources,
                modules,
                providerFile,
                providerClass,
                this.operations
            ));
        },
        get mcp() {
            return (mcp ??= analyzeMcp(sources, providerFile));
        },
        get client() {
            return (client ??= analyzeClient(sources, modules));
        },
        get conventions() {
            return (conventions ??= learnConventions(
                this.operations,
                providerClass,
                this.mcp,
                this.client
            ));
        }
    };
}

function walk(root: string, relative: string, files: Map<string, string>): void {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (entry.name !== "node_modules" && !entry.name.startsWith("."))
                walk(root, child, files);
        } else if (entry.isFile()) {
            files.set(child, fs.readFileSync(path.join(root, child), "utf8"));
        }
    }
}

/** Reads every file of a provider folder from disk. `dir` is workspace-relative. */
export function readProviderSources(
    workspaceRoot: string,
    dir: string,
    context: ProviderSourcesContext = {}
): ProviderSources {
    const files = new Map<string, string>();
    walk(path.join(workspaceRoot, dir), "", files);
    return new ProviderSources(path.posix.basename(dir), dir, files, context);
}
