import type * as ts from "typescript";
import { PROVIDER_FILE_PATTERN } from "../model/names";
import { parseTypeScript } from "../utils/ast";

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
