import * as path from "path";
import * as ts from "typescript";
import { stringLiteralValue } from "../utils/ast";
import type { ProviderSources } from "./provider-sources";

/** Resolves a relative module specifier to a provider-relative `.ts` file, as TypeScript would. */
export function resolveProviderModule(
    sources: ProviderSources,
    fromFile: string,
    specifier: string
): string | undefined {
    if (!specifier.startsWith(".")) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
    if (base.startsWith("..")) return undefined;
    const stripped = base.replace(/\.js$/, "");
    return [`${stripped}.ts`, `${stripped}/index.ts`, stripped].find(
        (candidate) => candidate.endsWith(".ts") && sources.has(candidate)
    );
}

/** Module specifiers a file imports or re-exports from. */
export function moduleSpecifiers(sourceFile: ts.SourceFile): string[] {
    const specifiers: string[] = [];
    for (const statement of sourceFile.statements) {
        if (
            (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
            statement.moduleSpecifier
        ) {
            const specifier = stringLiteralValue(statement.moduleSpecifier);
            if (specifier) specifiers.push(specifier);
        }
    }
    return specifiers;
}

export function hasExportModifier(node: ts.Node): boolean {
    return (
        ts.canHaveModifiers(node) &&
        (ts.getModifiers(node) ?? []).some(
            (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword
        )
    );
}

/** A top-level declaration: `name` declared in provider-relative `file`. */
export interface DeclarationRef {
    file: string;
    name: string;
}

/** What a local name of a file is bound to by its imports. */
export type ImportBinding =
    | { kind: "named"; specifier: string; imported: string; typeOnly: boolean }
    | { kind: "namespace"; specifier: string; typeOnly: boolean }
    | { kind: "default"; specifier: string; typeOnly: boolean };

/** Local name -> import binding, for every import of the file. */
export function importBindings(sourceFile: ts.SourceFile): Map<string, ImportBinding> {
    const bindings = new Map<string, ImportBinding>();
    for (const statement of sourceFile.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
        const specifier = stringLiteralValue(statement.moduleSpecifier);
        if (!specifier) continue;
        const clause = statement.importClause;
        const typeOnly = clause.isTypeOnly;
        if (clause.name) {
            bindings.set(clause.name.text, { kind: "default", specifier, typeOnly });
        }
        const named = clause.namedBindings;
        if (named && ts.isNamespaceImport(named)) {
            bindings.set(named.name.text, { kind: "namespace", specifier, typeOnly });
        } else if (named) {
            for (const element of named.elements) {
                bindings.set(element.name.text, {
                    kind: "named",
                    specifier,
                    imported: (element.propertyName ?? element.name).text,
                    typeOnly: typeOnly || element.isTypeOnly
                });
            }
        }
    }
    return bindings;
}

/** Names a file declares at top level (variables, functions, classes). */
function declaredNames(sourceFile: ts.SourceFile): Set<string> {
    const names = new Set<string>();
    for (const statement of sourceFile.statements) {
        if (ts.isVariableStatement(statement)) {
            for (const declaration of statement.declarationList.declarations) {
                if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
            }
        } else if (
            (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
            statement.name
        ) {
            names.add(statement.name.text);
        }
    }
    return names;
}

/**
 * Follows a provider's own modules to the declaration behind a name: local declarations,
 * `export { a as b }`, `export { a } from`, `export * from` and imports that are re-exported.
 * Tables are built once per file.
 */
export class ModuleGraph {
    private readonly declared = new Map<string, Set<string>>();
    private readonly imports = new Map<string, Map<string, ImportBinding>>();

    constructor(private readonly sources: ProviderSources) {}

    importsOf(file: string): Map<string, ImportBinding> {
        let bindings = this.imports.get(file);
        if (!bindings) {
            bindings = importBindings(this.sources.parse(file));
            this.imports.set(file, bindings);
        }
        return bindings;
    }

    private declaredIn(file: string): Set<string> {
        let names = this.declared.get(file);
        if (!names) {
            names = declaredNames(this.sources.parse(file));
            this.declared.set(file, names);
        }
        return names;
    }

    /** The declaration a local name of `file` refers to (itself, or through its imports). */
    resolveLocal(file: string, name: string, seen = new Set<string>()): DeclarationRef | undefined {
        if (this.declaredIn(file).has(name)) return { file, name };
        const binding = this.importsOf(file).get(name);
        if (binding?.kind !== "named") return undefined;
        const target = resolveProviderModule(this.sources, file, binding.specifier);
        return target ? this.resolveExport(target, binding.imported, seen) : undefined;
    }

    /** The declaration that module `file` exports as `name`. */
    resolveExport(
        file: string,
        name: string,
        seen = new Set<string>()
    ): DeclarationRef | undefined {
        const key = `${file}#${name}`;
        if (seen.has(key) || !this.sources.has(file)) return undefined;
        seen.add(key);
        const sourceFile = this.sources.parse(file);
        const starTargets: string[] = [];
        for (const statement of sourceFile.statements) {
            if (ts.isExportDeclaration(statement)) {
                const specifier = statement.moduleSpecifier
                    ? stringLiteralValue(statement.moduleSpecifier)
                    : undefined;
                const target =
                    specifier !== undefined
                        ? resolveProviderModule(this.sources, file, specifier)
                        : undefined;
                const clause = statement.exportClause;
                if (!clause) {
                    if (target) starTargets.push(target);
                    continue;
                }
                if (!ts.isNamedExports(clause)) continue;
                const element = clause.elements.find((candidate) => candidate.name.text === name);
                if (!element) continue;
                const original = (element.propertyName ?? element.name).text;
                if (specifier === undefined) return this.resolveLocal(file, original, seen);
                return target ? this.resolveExport(target, original, seen) : undefined;
            }
            if (hasExportModifier(statement) && this.declaredIn(file).has(name)) {
                const declares =
                    (ts.isVariableStatement(statement) &&
                        statement.declarationList.declarations.some(
                            (declaration) =>
                                ts.isIdentifier(declaration.name) && declaration.name.text === name
                        )) ||
                    ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
                        statement.name?.text === name);
                if (declares) return { file, name };
            }
        }
        for (const target of starTargets) {
            const found = this.resolveExport(target, name, seen);
            if (found) return found;
        }
        return undefined;
    }

    /** Provider-relative module a specifier of `file` names (undefined outside the folder). */
    resolveModule(file: string, specifier: string): string | undefined {
        return resolveProviderModule(this.sources, file, specifier);
    }
}
