import type * as ts from "typescript";

export type TypeScript = typeof ts;

/** The host workspace's `typescript` (what its own `tsc` uses), else the plugin's. */
export function loadTypeScript(workspaceRoot: string): TypeScript {
    try {
        return require(require.resolve("typescript", { paths: [workspaceRoot] })) as TypeScript;
    } catch {
        return require("typescript") as TypeScript;
    }
}

/** TypeScript's "no inputs were found in config file": a tsconfig read without its `include` walk. */
export const NO_INPUTS = 18003;

/**
 * A host for parsing the tsconfig that does not expand its `include` globs: which files a full
 * build checks does not matter to a program rooted at provider files (the walk of backend/src
 * costs ~0.2 s on FlowMaestro). The resulting "no inputs" error (NO_INPUTS) is ignored.
 */
export function configParseHost(typescript: TypeScript): ts.ParseConfigHost {
    return {
        useCaseSensitiveFileNames: typescript.sys.useCaseSensitiveFileNames,
        fileExists: typescript.sys.fileExists,
        readFile: typescript.sys.readFile,
        readDirectory: () => []
    };
}
