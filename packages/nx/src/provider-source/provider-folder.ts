import * as fs from "fs";
import * as path from "path";
import type * as ts from "typescript";
import { PROVIDER_FILE_PATTERN } from "../model/names";
import { parseTypeScript } from "../utils/ast";
import { analyzeMcp } from "./mcp";
import { analyzeOperations } from "./operations";
import { providerClassFacts } from "./provider-class";
import type { McpFacts } from "./mcp";
import type { OperationsFacts } from "./operations";
import type { ProviderClassFacts } from "./provider-class";

const TEST_FILE_PATTERN = /(\.(spec|test)\.ts$)|(^|\/)__tests__\//;

/**
 * The files of one provider folder, keyed by their path relative to the folder (posix separators),
 * with parsed ASTs memoised so that each file is parsed at most once per run.
 */
export class ProviderSources {
    private readonly parsed = new Map<string, ts.SourceFile>();

    constructor(
        /** Provider id: the folder's name. */
        readonly id: string,
        /** Workspace-relative folder (posix). */
        readonly dir: string,
        readonly files: ReadonlyMap<string, string>,
        /** Files parsed elsewhere (the type-check program's), by workspace path: not parsed twice. */
        private readonly parsedElsewhere?: (workspacePath: string) => ts.SourceFile | undefined
    ) {}

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

    /** TypeScript sources, sorted; test files (`*.spec.ts`, `*.test.ts`, `__tests__/`) excluded. */
    typeScriptFiles(): string[] {
        return [...this.files.keys()]
            .filter((file) => file.endsWith(".ts") && !TEST_FILE_PATTERN.test(file))
            .sort();
    }

    /** `*Provider.ts` files at the folder's top level. */
    providerFiles(): string[] {
        return this.typeScriptFiles().filter(
            (file) => !file.includes("/") && PROVIDER_FILE_PATTERN.test(file)
        );
    }
}

/** Everything the structure and operations rules need about a provider folder. */
export interface ProviderFolderFacts {
    sources: ProviderSources;
    /** Relative path of the provider class file (the first when there are several). */
    providerFile?: string;
    providerClass?: ProviderClassFacts;
    readonly operations: OperationsFacts;
    readonly mcp: McpFacts;
}

/**
 * Reads the provider class eagerly and the operations and MCP analyses on first use, so that
 * callers that only need the class (the cache hasher) do not parse the whole folder.
 */
export function analyzeProviderFolder(sources: ProviderSources): ProviderFolderFacts {
    const providerFile = sources.providerFiles()[0];
    const providerClass = providerFile
        ? providerClassFacts(sources.parse(providerFile), providerFile)
        : undefined;
    let operations: OperationsFacts | undefined;
    let mcp: McpFacts | undefined;
    return {
        sources,
        providerFile,
        providerClass,
        get operations() {
            return (operations ??= analyzeOperations(sources));
        },
        get mcp() {
            return (mcp ??= analyzeMcp(sources, providerFile));
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
    parsedElsewhere?: (workspacePath: string) => ts.SourceFile | undefined
): ProviderSources {
    const files = new Map<string, string>();
    walk(path.join(workspaceRoot, dir), "", files);
    return new ProviderSources(path.posix.basename(dir), dir, files, parsedElsewhere);
}
