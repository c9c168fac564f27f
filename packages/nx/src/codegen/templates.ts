import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { joinPathFragments, type Tree } from "@nx/devkit";
import { FlowmaestroError } from "../utils/errors";

/**
 * The one engine that writes generated code: the built-in EJS templates (`provider/` once per
 * provider, `operation/` once per operation, `fixtures/` where the host has the fixture system,
 * `partials/` inside other templates) with the workspace's `templatesDir` overrides laid over them.
 * Both generators render through it, so a change to generated code is made in one template.
 */
export const BUILT_IN_TEMPLATES_DIR = path.join(
    __dirname,
    "..",
    "generators",
    "integration-provider",
    "files"
);

/** The template of an operation file, and of a new fixture module (both generators render them). */
export const OPERATION_TEMPLATE = "operation/__operationId__.ts.template";
export const FIXTURES_TEMPLATE = "fixtures/fixtures.ts.template";

/** The EJS that @nx/devkit's generateFiles renders with, so templates behave as Nx renders them. */
const ejs = createRequire(require.resolve("@nx/devkit"))("ejs") as {
    render(template: string, data: object, options: { filename: string }): string;
};

function listFiles(dir: string, prefix = ""): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
    });
}

/** Relative paths of the built-in templates, which are also the names a workspace may override. */
export function builtInTemplateNames(): string[] {
    return listFiles(BUILT_IN_TEMPLATES_DIR).sort();
}

function listTreeFiles(tree: Tree, dir: string): string[] {
    return tree.children(dir).flatMap((child) => {
        const full = joinPathFragments(dir, child);
        return tree.isFile(full) ? [full] : listTreeFiles(tree, full);
    });
}

/**
 * The workspace's template overrides (relative name -> template text). Checked before anything
 * is written: a misspelt name would otherwise be ignored without a word.
 */
export function readTemplateOverrides(
    tree: Tree,
    templatesDir: string | undefined
): Map<string, string> {
    const overrides = new Map<string, string>();
    if (!templatesDir) return overrides;
    if (!tree.exists(templatesDir) || tree.isFile(templatesDir)) {
        throw new FlowmaestroError(
            `nx.json: plugin option "templatesDir" points to ${templatesDir}, which is not a folder in the workspace.`
        );
    }
    const known = new Set(builtInTemplateNames());
    for (const file of listTreeFiles(tree, templatesDir)) {
        const name = path.posix.relative(templatesDir, file);
        if (!name.endsWith(".template")) continue;
        if (!known.has(name)) {
            throw FlowmaestroError.fromProblems(
                `${file} does not override any built-in template of integration-provider. Overridable templates (relative to ${templatesDir}):`,
                [...known]
            );
        }
        overrides.set(name, tree.read(file, "utf-8") ?? "");
    }
    return overrides;
}

/** The templates of one run: built-in ones, each replaced where the workspace overrides it. */
export class TemplateSet {
    constructor(private readonly overrides: ReadonlyMap<string, string> = new Map()) {}

    /** Renders one template (`operation/__operationId__.ts.template`) to text. */
    render(name: string, context: object): string {
        const builtIn = path.join(BUILT_IN_TEMPLATES_DIR, name);
        const text = this.overrides.get(name) ?? fs.readFileSync(builtIn, "utf-8");
        try {
            return ejs.render(
                text,
                { ...context, partial: this.partials(context) },
                {
                    filename: builtIn
                }
            );
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new FlowmaestroError(`Template ${name} failed to render: ${reason}`);
        }
    }

    /**
     * Renders every template under `folder/` into `target`, as generateFiles does: `.template`
     * dropped, `__key__` in a path replaced by the context's `key`. Returns the written paths.
     */
    renderFolder(tree: Tree, folder: string, target: string, context: object): string[] {
        const values = context as Record<string, unknown>;
        return builtInTemplateNames()
            .filter((name) => name.startsWith(`${folder}/`))
            .map((name) => {
                const relative = name
                    .slice(folder.length + 1)
                    .replace(/\.template$/, "")
                    .replace(/__(\w+)__/g, (match, key: string) =>
                        key in values ? String(values[key]) : match
                    );
                const file = `${target}/${relative}`;
                tree.write(file, this.render(name, context));
                return file;
            });
    }

    /**
     * A partial (`partials/<name>.ts.template`) without its final line break: the line of the
     * template that includes it has one. Inside a template, `partial(name, locals)` renders one
     * with the template's context plus `locals`.
     */
    renderPartial(name: string, context: object): string {
        return this.render(`partials/${name}.ts.template`, context).replace(/\n$/, "");
    }

    private partials(context: object) {
        return (name: string, locals: object = {}): string =>
            this.renderPartial(name, { ...context, ...locals });
    }
}
