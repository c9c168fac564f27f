import * as fs from "fs";
import * as path from "path";
import type { Rule } from "../executors/verify-provider/rule";
import { ALL_RULES } from "../executors/verify-provider/rules";
import { RUNTIME_RULES } from "../executors/test-provider/rules";
import type { GeneratorJsonSchema } from "./console-form";

/**
 * The parts of docs/ that are generated from the code: each generator's and executor's options
 * table (from its schema.json) and the rules tables (from the rule modules). A page holds each
 * block between `<!-- generated:<name> -->` and `<!-- /generated:<name> -->`; `npm run docs`
 * rewrites them, and docs-pages.spec.ts fails while a page is out of date.
 */

export const REPO_ROOT = path.resolve(__dirname, "../../../..");
const PLUGIN_ROOT = path.join(REPO_ROOT, "packages/nx");

export interface GeneratedBlock {
    /** Repository-relative page. */
    page: string;
    name: string;
    render(): string;
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
    return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

function code(value: unknown): string {
    return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

type Property = GeneratorJsonSchema["properties"][string];

function optionName(name: string, property: Property): string {
    const notes: string[] = [];
    if (property.$default?.$source === "argv") notes.push("positional");
    for (const alias of property.aliases ?? []) notes.push(`alias \`--${alias}\``);
    return `\`--${name}\`${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

function optionType(property: Property): string {
    const choices = property.enum ?? property.items?.enum;
    if (choices) return choices.map(code).join(" | ");
    if (property.type === "array") return `list of ${property.items?.type ?? "values"}`;
    return [property.type ?? "any"].flat().join(" or ");
}

/** The options table of a generator's or executor's schema.json, in the schema's order. */
export function optionsTable(schema: GeneratorJsonSchema): string {
    const required = new Set(schema.required ?? []);
    const rows = Object.entries(schema.properties ?? {}).map(([name, property]) =>
        [
            optionName(name, property) + (required.has(name) ? " **required**" : ""),
            cell(optionType(property)),
            property.default === undefined ? "" : code(property.default),
            cell(property.description ?? "")
        ].join(" | ")
    );
    if (rows.length === 0) return "This one takes no options.";
    return ["| option | type | default | description |", "| --- | --- | --- | --- |"]
        .concat(rows.map((row) => `| ${row} |`))
        .join("\n");
}

/** A rules table: id, default severity, description, as the rule module states them. */
export function rulesTable(rules: readonly Rule<never>[], extraRows: string[] = []): string {
    return ["| rule | severity | checks |", "| --- | --- | --- |"]
        .concat(
            rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.description)} |`)
        )
        .concat(extraRows)
        .join("\n");
}

/** The type check is not a rule module: verify-provider reports tsc's diagnostics under this id. */
const TYPECHECK_ROW =
    "| `typecheck` | error | TypeScript diagnostics in the provider's files, with the host's TypeScript and backend tsconfig, from a program rooted at the provider's files only (a batch: one program for all) |";

function readSchema(relative: string): GeneratorJsonSchema {
    return JSON.parse(fs.readFileSync(path.join(PLUGIN_ROOT, relative), "utf8"));
}

/** Every generator and executor the plugin declares, with its page and schema. */
export function pluginEntries(): Array<{
    kind: "generator" | "executor";
    name: string;
    page: string;
    schema: string;
}> {
    const entries: Array<{
        kind: "generator" | "executor";
        name: string;
        page: string;
        schema: string;
    }> = [];
    for (const kind of ["generator", "executor"] as const) {
        const declared = JSON.parse(
            fs.readFileSync(path.join(PLUGIN_ROOT, `${kind}s.json`), "utf8")
        )[`${kind}s`] as Record<string, { schema: string }>;
        for (const [name, { schema }] of Object.entries(declared)) {
            entries.push({
                kind,
                name,
                page: `docs/${kind}s/${name}.md`,
                // schema.json is declared in dist/ and copied there from src/ by the build.
                schema: schema.replace(/^\.\/dist\//, "src/")
            });
        }
    }
    return entries;
}

export function generatedBlocks(): GeneratedBlock[] {
    return [
        ...pluginEntries().map(({ page, schema }) => ({
            page,
            name: "options",
            render: () => optionsTable(readSchema(schema))
        })),
        {
            page: "docs/rules.md",
            name: "verify-provider-rules",
            render: () => rulesTable(ALL_RULES as readonly Rule<never>[], [TYPECHECK_ROW])
        },
        {
            page: "docs/rules.md",
            name: "test-provider-rules",
            render: () => rulesTable(RUNTIME_RULES as readonly Rule<never>[])
        }
    ];
}

function markers(name: string): [string, string] {
    return [`<!-- generated:${name} -->`, `<!-- /generated:${name} -->`];
}

/** The text between a block's markers on its page, or undefined when the page lacks them. */
export function blockOnPage(text: string, name: string): string | undefined {
    const [begin, end] = markers(name);
    const start = text.indexOf(begin);
    const stop = text.indexOf(end, start);
    if (start < 0 || stop < 0) return undefined;
    return text.slice(start + begin.length, stop).trim();
}

/** Rewrites every generated block in place; returns the pages it changed. */
export function updateGeneratedBlocks(): string[] {
    const changed = new Set<string>();
    for (const block of generatedBlocks()) {
        const file = path.join(REPO_ROOT, block.page);
        const text = fs.readFileSync(file, "utf8");
        const [begin, end] = markers(block.name);
        const start = text.indexOf(begin);
        const stop = text.indexOf(end, start);
        if (start < 0 || stop < 0)
            throw new Error(`${block.page} has no ${begin} ... ${end} block`);
        const updated = `${text.slice(0, start + begin.length)}\n${block.render()}\n${text.slice(stop)}`;
        if (updated !== text) {
            fs.writeFileSync(file, updated);
            changed.add(block.page);
        }
    }
    return [...changed];
}
