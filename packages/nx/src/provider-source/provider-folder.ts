import * as fs from "fs";
import * as path from "path";
import type * as ts from "typescript";
import { PROVIDER_FILE_PATTERN } from "../model/names";
import { parseTypeScript } from "../utils/ast";
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
import { resolveRegisteredOperations } from "./registrations";
import type { RegisteredOperation } from "./registrations";

const TEST_FILE_PATTERN = /(\.(spec|test)\.ts$)|(^|\/)__tests__\//;

export interface ProviderSourcesContext {
    /** Files parsed elsewhere (the type-check program's), by workspace path: not parsed twice. */
    parsedElsewhere?: (workspacePath: string) => ts.SourceFile | undefined;
    /**
     * The fixture module's path relative to the folder, where the host has the fixture system
     * (as its loader imports it: `fixtures.ts`, `__tests__/fixtures.ts`).
     */
    fixtureModule?: string;
}

/**
 * The files of one provider folder, keyed by their path relative to the folder (posix separators),
 * with parsed ASTs memoised so that each file is parsed at most once per run.
 */
export class ProviderSources {
    private readonly parsed = new Map<string, ts.SourceFile>();
    readonly fixtureModule?: string;
    private readonly parsedElsewhere: ProviderSourcesContext["parsedElsewhere"];

    constructor(
        /** Provider id: the folder's name. */
        readonly id: string,
        /** Workspace-relative folder (posix). */
        readonly dir: string,
        readonly files: ReadonlyMap<string, string>,
        context: ProviderSourcesContext = {}
    ) {
        this.fixtureModule = context.fixtureModule;
        this.parsedElsewhere = context.parsedElsewhere;
    }

    /** Workspace-relative path of a file of this folder. */
    workspacePath(relative: string): string {
        return `${this.dir}/${relative}`;
    }

    has(relative: string): boolean {
        return this.files.has(relative);
    }

    parse(relative: string): ts.SourceFile {
        let sourceFile = this.parsed.get(relative);
        if (!sourceFile) {
            sourceFile =
                this.parsedElsewhere?.(this.workspacePath(relative)) ??
                parseTypeScript(this.files.get(relative) ?? "", relative);
            this.parsed.set(relative, sourceFile);
        }
        return sourceFile;
    }

    /**
     * TypeScript sources, sorted; test files (`*.spec.ts`, `*.test.ts`, `__tests__/`) excluded but
     * the fixture module, which the platform loads wherever it lives.
     */
    typeScriptFiles(): string[] {
        return [...this.files.keys()]
            .filter(
                (file) =>
                    file.endsWith(".ts") &&
                    (file === this.fixtureModule || !TEST_FILE_PATTERN.test(file))
            )
            .sort();
    }

    /** `*Provider.ts` files at the folder's top level. */
    providerFiles(): string[] {
        return this.typeScriptFiles().filter(
            (file) => !file.includes("/") && PROVIDER_FILE_PATTERN.test(file)
        );
    }
}

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
