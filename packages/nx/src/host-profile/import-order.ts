import { builtinModules } from "module";
import { bracedList } from "../codegen/layout";

/**
 * The host's `import/order` settings (eslint-plugin-import), read from its ESLint config, and the
 * ordering they demand — so generated imports pass the host's lint as written. The comparison
 * below is the plugin's own (2.x): ranks by group, then path segment by segment, case-insensitive
 * when configured.
 */

type ImportGroup =
    | "builtin"
    | "external"
    | "internal"
    | "parent"
    | "sibling"
    | "index"
    | "object"
    | "type"
    | "unknown";

export interface ImportOrderStyle {
    /** Groups in rank order; names in one inner array share a rank. */
    groups: ImportGroup[][];
    pathGroups: Array<{ pattern: string; group: ImportGroup }>;
    pathGroupsExcludedImportTypes: ImportGroup[];
    alphabetize?: { order: "asc" | "desc"; caseInsensitive: boolean };
    /** Where the settings came from, for `--verbose`. */
    source: string;
}

/** FlowMaestro's own settings (root .eslintrc.json of both real layouts): the default. */
export const FLOWMAESTRO_IMPORT_ORDER: ImportOrderStyle = {
    groups: [
        ["builtin"],
        ["external"],
        ["internal"],
        ["parent"],
        ["sibling"],
        ["index"],
        ["object"],
        ["type"]
    ],
    pathGroups: [{ pattern: "@flowmaestro/**", group: "internal" }],
    pathGroupsExcludedImportTypes: ["builtin"],
    alphabetize: { order: "asc", caseInsensitive: true },
    source: "built-in default (FlowMaestro's import/order settings)"
};

const DEFAULT_PLUGIN_GROUPS: ImportGroup[][] = [
    ["builtin"],
    ["external"],
    ["parent"],
    ["sibling"],
    ["index"]
];

function asList<T>(value: T | T[]): T[] {
    return Array.isArray(value) ? value : [value];
}

/**
 * Reads the `import/order` options from an ESLint config object (the parsed `.eslintrc.json`).
 * Returns undefined when the config does not set the rule, so callers can fall back.
 */
export function importOrderFromEslintConfig(
    config: unknown,
    source: string
): ImportOrderStyle | undefined {
    const rules = (config as { rules?: Record<string, unknown> } | undefined)?.rules;
    const setting = rules?.["import/order"];
    if (setting === undefined) return undefined;
    const [level, options = {}] = asList(setting) as [unknown, Record<string, unknown>?];
    if (level === "off" || level === 0) return undefined;
    const alphabetize = options.alphabetize as
        | { order?: string; caseInsensitive?: boolean }
        | undefined;
    return {
        groups: options.groups
            ? (options.groups as Array<ImportGroup | ImportGroup[]>).map(asList)
            : DEFAULT_PLUGIN_GROUPS,
        pathGroups: (
            (options.pathGroups as Array<{ pattern: string; group: ImportGroup }>) ?? []
        ).map(({ pattern, group }) => ({ pattern, group })),
        pathGroupsExcludedImportTypes: (options.pathGroupsExcludedImportTypes as ImportGroup[]) ?? [
            "builtin",
            "external",
            "object"
        ],
        alphabetize:
            alphabetize?.order === "asc" || alphabetize?.order === "desc"
                ? {
                      order: alphabetize.order,
                      caseInsensitive: alphabetize.caseInsensitive ?? false
                  }
                : undefined,
        source
    };
}

function globToRegExp(pattern: string): RegExp {
    const body = pattern
        .split("**")
        .map((part) =>
            part
                .split("*")
                .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
                .join("[^/]*")
        )
        .join(".*");
    return new RegExp(`^${body}$`);
}

const BUILTINS = new Set(builtinModules);

function baseGroup(specifier: string): ImportGroup {
    if (specifier.startsWith("node:") || BUILTINS.has(specifier.split("/")[0])) return "builtin";
    if (/^\.\/?$|^\.\/index(\.[jt]s)?$/.test(specifier)) return "index";
    if (specifier === ".." || specifier.startsWith("../")) return "parent";
    if (specifier.startsWith("./")) return "sibling";
    if (specifier.startsWith("/")) return "unknown";
    return "external";
}

/** One import a template wants to write. */
export interface ImportSpec {
    from: string;
    named?: string[];
    defaultName?: string;
    typeOnly?: boolean;
}

function groupOf(spec: ImportSpec, style: ImportOrderStyle): ImportGroup {
    const group = baseGroup(spec.from);
    if (spec.typeOnly && style.groups.some((names) => names.includes("type"))) return "type";
    if (!style.pathGroupsExcludedImportTypes.includes(group)) {
        const pathGroup = style.pathGroups.find(({ pattern }) =>
            globToRegExp(pattern).test(spec.from)
        );
        if (pathGroup) return pathGroup.group;
    }
    return group;
}

function rankOf(group: ImportGroup, style: ImportOrderStyle): number {
    const rank = style.groups.findIndex((names) => names.includes(group));
    // Groups the config omits share the rank after the last listed one, as in the plugin.
    return rank === -1 ? style.groups.length : rank;
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** eslint-plugin-import's alphabetical comparison: by path segment, skipping leading `.`/`..`. */
function comparePaths(a: string, b: string): number {
    if (!a.includes("/") && !b.includes("/")) return compareText(a, b);
    const left = a.split("/");
    const right = b.split("/");
    const relative = (segment: string) => segment === "." || segment === "..";
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
        if (index === 0 && relative(left[0]) && relative(right[0])) {
            if (left[0] !== right[0]) break;
            continue;
        }
        const result = compareText(left[index], right[index]);
        if (result !== 0) return result;
    }
    return left.length === right.length ? 0 : left.length < right.length ? -1 : 1;
}

/** The imports in the order the host's `import/order` rule accepts. */
export function orderImports(imports: ImportSpec[], style: ImportOrderStyle): ImportSpec[] {
    const alphabetize = style.alphabetize;
    const key = (spec: ImportSpec) =>
        alphabetize?.caseInsensitive ? spec.from.toLowerCase() : spec.from;
    return imports
        .map((spec, order) => ({ spec, order, rank: rankOf(groupOf(spec, style), style) }))
        .sort((a, b) => {
            if (a.rank !== b.rank) return a.rank - b.rank;
            if (alphabetize) {
                const result = comparePaths(key(a.spec), key(b.spec));
                if (result !== 0) return alphabetize.order === "asc" ? result : -result;
            }
            return a.order - b.order;
        })
        .map(({ spec }) => spec);
}

function importLine(spec: ImportSpec): string {
    const head = spec.typeOnly ? "import type " : "import ";
    const from = ` from ${JSON.stringify(spec.from)};`;
    const named = spec.named ?? [];
    if (spec.defaultName && named.length === 0) return `${head}${spec.defaultName}${from}`;
    const prefix = spec.defaultName ? `${head}${spec.defaultName}, ` : head;
    return bracedList(prefix, named, from);
}

/** The import statements, ordered and laid out as the host's Prettier prints them. */
export function renderImports(imports: ImportSpec[], style: ImportOrderStyle): string {
    return orderImports(
        imports.filter((spec) => spec.defaultName || (spec.named ?? []).length > 0),
        style
    )
        .map(importLine)
        .join("\n");
}
