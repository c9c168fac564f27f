import { builtinModules } from "module";
import * as ts from "typescript";
import { findDescendants, positionOf } from "../utils/ast";
import type { SourcePosition } from "../utils/ast";
import type { ModuleGraph } from "./modules";
import type { ProviderSources } from "./provider-sources";

export const CLIENT_DIR = "client";

/** A client class in `client/` and what it builds on. */
export interface ClientClassFacts {
    name: string;
    file: string;
    position: SourcePosition;
    /** The class it extends, as written (`BaseAPIClient`, `GoogleBaseClient`). */
    extendsName?: string;
    /** Where that base comes from (`../../../core/BaseAPIClient`, `../../../core/google`). */
    extendsModule?: string;
}

/**
 * How the provider reaches its service: a client class in `client/`, a client class from outside
 * the folder (another provider's, or a platform base client in core/), a database or SDK driver
 * package, `fetch` called from its own files, or none of these that the reader can see.
 */
export type Transport = "client" | "shared-client" | "driver" | "fetch" | "none";

export interface ClientFacts {
    /** Read on first use (the transport alone does not need client/ parsed). */
    readonly classes: ClientClassFacts[];
    transport: Transport;
    /** Packages imported as values outside `client/` (`pg`, `mongodb`), other than zod. */
    drivers: string[];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** Packages every provider imports for schemas, not for talking to a service. */
const SCHEMA_PACKAGES = new Set(["zod"]);

function isPackageSpecifier(specifier: string): boolean {
    return !specifier.startsWith(".") && !specifier.startsWith("/");
}

/** `pg` from `pg/lib/x`, `@scope/name` from `@scope/name/sub`. */
function packageName(specifier: string): string {
    const parts = specifier.split("/");
    return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Packages a file imports for their values (not `import type`). */
function valueImportedPackages(sourceFile: ts.SourceFile, graph: ModuleGraph, file: string) {
    return [...graph.importsOf(file).values()]
        .filter((binding) => !binding.typeOnly && isPackageSpecifier(binding.specifier))
        .map((binding) => packageName(binding.specifier))
        .filter((name) => !NODE_BUILTINS.has(name) && !SCHEMA_PACKAGES.has(name))
        .concat(
            // `import "pkg"` for side effects, and `import x = require("pkg")`, count too.
            sourceFile.statements.flatMap((statement) =>
                ts.isImportDeclaration(statement) &&
                !statement.importClause &&
                ts.isStringLiteral(statement.moduleSpecifier) &&
                isPackageSpecifier(statement.moduleSpecifier.text)
                    ? [packageName(statement.moduleSpecifier.text)]
                    : []
            )
        );
}

/** Imports a `*Client` class (as a value) from a module outside the provider folder. */
function importsOutsideClient(graph: ModuleGraph, file: string): boolean {
    return [...graph.importsOf(file).entries()].some(
        ([local, binding]) =>
            !binding.typeOnly &&
            binding.specifier.startsWith(".") &&
            graph.resolveModule(file, binding.specifier) === undefined &&
            /Client$/.test(binding.kind === "named" ? binding.imported : local)
    );
}

function callsFetch(sourceFile: ts.SourceFile): boolean {
    return findDescendants(sourceFile, ts.isCallExpression).some(
        (call) => ts.isIdentifier(call.expression) && call.expression.text === "fetch"
    );
}

function clientClasses(sources: ProviderSources, graph: ModuleGraph, file: string) {
    const sourceFile = sources.parse(file);
    return sourceFile.statements.filter(ts.isClassDeclaration).flatMap((declaration) => {
        if (!declaration.name || !/Client$/.test(declaration.name.text)) return [];
        const base = declaration.heritageClauses?.find(
            (clause) => clause.token === ts.SyntaxKind.ExtendsKeyword
        )?.types[0]?.expression;
        const extendsName = base?.getText(sourceFile);
        const binding = extendsName ? graph.importsOf(file).get(extendsName) : undefined;
        return [
            {
                name: declaration.name.text,
                file,
                position: positionOf(declaration.name, sourceFile),
                extendsName,
                extendsModule: binding?.specifier
            }
        ];
    });
}

/** The provider's client classes and, without one, how it talks to its service instead. */
export function analyzeClient(sources: ProviderSources, graph: ModuleGraph): ClientFacts {
    const files = sources.typeScriptFiles().filter((file) => !file.endsWith(".d.ts"));
    const clientFiles = files.filter((file) => file.startsWith(`${CLIENT_DIR}/`));
    if (clientFiles.length > 0) {
        let classes: ClientClassFacts[] | undefined;
        return {
            get classes() {
                return (classes ??= clientFiles.flatMap((file) =>
                    clientClasses(sources, graph, file)
                ));
            },
            transport: "client",
            drivers: []
        };
    }
    const classes: ClientClassFacts[] = [];
    // Without client/, look at what the provider's own code (not its test data) uses.
    const code = files.filter((file) => file !== sources.fixtureModule);
    const drivers = [
        ...new Set(code.flatMap((file) => valueImportedPackages(sources.parse(file), graph, file)))
    ].sort();
    if (drivers.length > 0) return { classes, transport: "driver", drivers };
    if (code.some((file) => importsOutsideClient(graph, file))) {
        return { classes, transport: "shared-client", drivers };
    }
    const fetches = code.some((file) => callsFetch(sources.parse(file)));
    return { classes, transport: fetches ? "fetch" : "none", drivers };
}
