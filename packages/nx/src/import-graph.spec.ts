import * as path from "path";
import * as ts from "typescript";

/**
 * The plugin's module structure, read with the TypeScript compiler API: which of its modules
 * import which (static, type-only, re-exports, `require` and `import()` alike, resolved as tsc
 * resolves them). Two rules (issue 22): no import cycle, and no generator reaching into another
 * generator's folder (shared pieces live in their own modules).
 */

const PACKAGE_ROOT = path.resolve(__dirname, "..");

/** Module (src-relative, posix) to the modules of src it imports, sorted. */
type ImportGraph = Map<string, string[]>;

/** The files a tsconfig of the package compiles, with its options. */
function project(tsconfig: string): ts.ParsedCommandLine {
    const parsed = ts.getParsedCommandLineOfConfigFile(
        path.join(PACKAGE_ROOT, tsconfig),
        undefined,
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
    );
    if (!parsed) throw new Error(`cannot read ${tsconfig}`);
    return parsed;
}

function sourceKey(file: string): string {
    return path.relative(__dirname, file).split(path.sep).join("/");
}

/** The modules of src that the text of `file` imports, sorted. */
function importsOf(
    file: string,
    text: string,
    options: ts.CompilerOptions,
    cache?: ts.ModuleResolutionCache
): string[] {
    const targets = new Set<string>();
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
        const resolved = ts.resolveModuleName(fileName, file, options, ts.sys, cache).resolvedModule
            ?.resolvedFileName;
        if (resolved && !resolved.includes("/node_modules/")) {
            const key = sourceKey(resolved);
            if (!key.startsWith("..")) targets.add(key);
        }
    }
    return [...targets].sort();
}

function importGraph({ fileNames, options }: ts.ParsedCommandLine): ImportGraph {
    const cache = ts.createModuleResolutionCache(PACKAGE_ROOT, (name) => name, options);
    return new Map(
        fileNames.map((file) => [
            sourceKey(file),
            importsOf(file, ts.sys.readFile(file) ?? "", options, cache)
        ])
    );
}

/**
 * One cycle per strongly connected component of the graph that has one (Tarjan), each written
 * `a -> b -> ... -> a`, the shortest way back to the component's first module, followed by the
 * component's other modules (every module that some cycle passes through).
 */
function findCycles(graph: ImportGraph): string[] {
    const index = new Map<string, number>();
    const lowLink = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const components: string[][] = [];
    const visit = (module: string) => {
        index.set(module, index.size);
        lowLink.set(module, index.get(module)!);
        stack.push(module);
        onStack.add(module);
        for (const target of graph.get(module) ?? []) {
            if (!index.has(target)) {
                visit(target);
                lowLink.set(module, Math.min(lowLink.get(module)!, lowLink.get(target)!));
            } else if (onStack.has(target)) {
                lowLink.set(module, Math.min(lowLink.get(module)!, index.get(target)!));
            }
        }
        if (lowLink.get(module) === index.get(module)) {
            const component: string[] = [];
            let member: string;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== module);
            if (component.length > 1 || graph.get(module)?.includes(module)) {
                components.push(component.sort());
            }
        }
    };
    for (const module of [...graph.keys()].sort()) if (!index.has(module)) visit(module);
    return components.map((component) => {
        const cycle = shortestCycle(graph, component);
        const others = component.filter((module) => !cycle.includes(module));
        const text = cycle.join(" -> ");
        return others.length > 0 ? `${text} (tangled with ${others.join(", ")})` : text;
    });
}

function shortestCycle(graph: ImportGraph, component: string[]): string[] {
    const members = new Set(component);
    const start = component[0];
    // Breadth first from the start: the first way back to it is a shortest one.
    const cameFrom = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0 && !cameFrom.has(start)) {
        const module = queue.shift()!;
        for (const target of graph.get(module) ?? []) {
            if (members.has(target) && !cameFrom.has(target)) {
                cameFrom.set(target, module);
                queue.push(target);
            }
        }
    }
    const modules = [start];
    for (let module = cameFrom.get(start)!; module !== start; module = cameFrom.get(module)!) {
        modules.unshift(module);
    }
    return [start, ...modules];
}

/** `generators/<name>/` of a module, or undefined outside a generator's folder. */
function generatorFolder(module: string): string | undefined {
    return /^generators\/([^/]+)\//.exec(module)?.[1];
}

function importsBetweenGenerators(graph: ImportGraph): string[] {
    return [...graph].flatMap(([module, targets]) => {
        const from = generatorFolder(module);
        if (from === undefined) return [];
        return targets
            .filter((target) => ![undefined, from].includes(generatorFolder(target)))
            .map((target) => `${module} -> ${target}`);
    });
}

describe("the plugin's import graph", () => {
    // Every module, specs and test fixtures included (a fixture can close a cycle as well).
    const everything = importGraph(project("tsconfig.spec.json"));
    // What the package ships: a spec may set a provider up with another generator.
    const shipped = importGraph(project("tsconfig.lib.json"));

    it("counts every kind of import of a module of src, and nothing else", () => {
        const text = [
            'import { a } from "./utils/ast";',
            'import type { B } from "./config/plugin-options";',
            'export * from "./model/names";',
            'const c = require("./host-files/host-text");',
            'const d = () => import("./codegen/literals");',
            'type E = import("./utils/errors").FileProblemError;',
            'import * as path from "path";',
            'import * as ts from "typescript";',
            'import { f } from "./no/such/module";'
        ].join("\n");
        const { options } = project("tsconfig.spec.json");
        expect(importsOf(path.join(__dirname, "probe.ts"), text, options)).toEqual([
            "codegen/literals.ts",
            "config/plugin-options.ts",
            "host-files/host-text.ts",
            "model/names.ts",
            "utils/ast.ts",
            "utils/errors.ts"
        ]);
    });

    it("is read from every module of src, and the shipped part from the package's build", () => {
        expect(everything.size).toBeGreaterThan(200);
        expect(everything.get("executors/verify-provider/executor.ts")).toContain(
            "executors/verify-provider/verify.ts"
        );
        expect(everything.has("executors/verify-provider/verify.spec.ts")).toBe(true);
        expect(shipped.has("executors/verify-provider/verify.spec.ts")).toBe(false);
    });

    it("finds each knot of cycles once, as its shortest way round and its other modules", () => {
        const graph: ImportGraph = new Map([
            ["a.ts", ["b.ts"]],
            ["b.ts", ["c.ts", "d.ts", "f.ts"]],
            ["c.ts", ["a.ts"]],
            ["d.ts", ["d.ts"]],
            ["e.ts", ["a.ts"]],
            ["f.ts", ["g.ts"]],
            ["g.ts", ["a.ts"]]
        ]);
        expect(findCycles(graph)).toEqual([
            "d.ts -> d.ts",
            "a.ts -> b.ts -> c.ts -> a.ts (tangled with f.ts, g.ts)"
        ]);
    });

    it("has no import cycle", () => {
        expect(findCycles(everything)).toEqual([]);
    });

    it("has no import from one generator's folder into another's", () => {
        expect(importsBetweenGenerators(shipped)).toEqual([]);
    });
});
