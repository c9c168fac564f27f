import * as fs from "fs";
import * as path from "path";
import { DEFAULT_PLUGIN_OPTIONS } from "../config/plugin-options";
import {
    blockOnPage,
    generatedBlocks,
    optionsTable,
    pluginEntries,
    REPO_ROOT,
    rulesTable
} from "./docs-pages";

function read(relative: string): string {
    return fs.readFileSync(path.join(REPO_ROOT, relative), "utf8");
}

function markdownFiles(): string[] {
    const pages = ["README.md", "CONTRIBUTING.md", "packages/nx/README.md"];
    const walk = (folder: string): void => {
        for (const entry of fs.readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true })) {
            const relative = `${folder}/${entry.name}`;
            if (entry.isDirectory()) walk(relative);
            else if (entry.name.endsWith(".md")) pages.push(relative);
        }
    };
    walk("docs");
    return pages;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
    return heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-");
}

function anchorsOf(text: string): Set<string> {
    const headings = text
        .split("\n")
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => anchor(line.replace(/^#+ /, "")));
    return new Set(headings);
}

describe("docs", () => {
    it.each(generatedBlocks().map((block) => [`${block.page} ${block.name}`, block]))(
        "%s is what the code says (run `npm run docs` after changing a schema or a rule)",
        (_, block) => {
            expect(blockOnPage(read(block.page), block.name)).toBe(block.render());
        }
    );

    it("has a page for every generator and executor the plugin declares", () => {
        const names = pluginEntries().map((entry) => entry.page);
        expect(names).toEqual(
            expect.arrayContaining([
                "docs/generators/integration-provider.md",
                "docs/generators/provider-operation.md",
                "docs/generators/register-provider.md",
                "docs/generators/sync-registrations.md",
                "docs/generators/init.md",
                "docs/executors/verify-provider.md",
                "docs/executors/test-provider.md"
            ])
        );
        for (const page of names) expect(fs.existsSync(path.join(REPO_ROOT, page))).toBe(true);
    });

    it("lists every workspace option with its default", () => {
        const page = read("docs/options.md");
        for (const [option, value] of Object.entries(DEFAULT_PLUGIN_OPTIONS)) {
            const shown = typeof value === "string" ? value : JSON.stringify(value);
            expect(page).toContain(`| \`${option}\` | \`${shown}\``);
        }
        for (const option of ["jsonSchemaModule", "templatesDir"]) {
            expect(page).toContain(`| \`${option}\` | none`);
        }
    });

    it("links only to files and headings that exist", () => {
        const broken: string[] = [];
        for (const page of markdownFiles()) {
            const text = read(page);
            for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
                if (/^[a-z]+:/.test(target)) continue;
                const [file, hash] = target.split("#");
                const resolved = file ? path.join(path.dirname(page), file) : page;
                if (!fs.existsSync(path.join(REPO_ROOT, resolved))) {
                    broken.push(`${page}: ${target} (no such file)`);
                } else if (
                    hash &&
                    resolved.endsWith(".md") &&
                    !anchorsOf(read(resolved)).has(hash)
                ) {
                    broken.push(`${page}: ${target} (no such heading)`);
                }
            }
        }
        expect(broken).toEqual([]);
    });

    it("is cited by code comments only where the cited file exists", () => {
        const citing: string[] = [];
        const walk = (folder: string): void => {
            for (const entry of fs.readdirSync(path.join(REPO_ROOT, folder), {
                withFileTypes: true
            })) {
                const relative = `${folder}/${entry.name}`;
                if (entry.isDirectory()) {
                    if (!["node_modules", "dist"].includes(entry.name)) walk(relative);
                } else if (/\.(ts|js)$/.test(entry.name)) {
                    for (const [cited] of read(relative).matchAll(
                        /\b(?:DESIGN|docs\/[\w/-]+)\.md\b/g
                    )) {
                        if (!fs.existsSync(path.join(REPO_ROOT, cited)))
                            citing.push(`${relative}: ${cited}`);
                    }
                }
            }
        };
        walk("packages");
        walk("tools");
        expect(citing).toEqual([]);
    });

    describe("tables", () => {
        it("show an option's positional use, aliases, choices and default, with pipes escaped", () => {
            expect(
                optionsTable({
                    required: ["provider"],
                    properties: {
                        provider: {
                            type: "string",
                            description: "Id",
                            $default: { $source: "argv", index: 0 }
                        },
                        openapiTags: {
                            type: "array",
                            items: { type: "string" },
                            aliases: ["tags"]
                        },
                        format: { type: "string", enum: ["human", "json"], default: "human" },
                        operations: { type: "string", description: "`opId:read|write`" }
                    }
                })
            ).toBe(
                [
                    "| option | type | default | description |",
                    "| --- | --- | --- | --- |",
                    "| `--provider` (positional) **required** | string |  | Id |",
                    "| `--openapiTags` (alias `--tags`) | list of string |  |  |",
                    "| `--format` | `human` \\| `json` | `human` |  |",
                    "| `--operations` | string |  | `opId:read\\|write` |"
                ].join("\n")
            );
            expect(optionsTable({ properties: {} })).toBe("This one takes no options.");
        });

        it("show a rule's id, severity and description", () => {
            expect(
                rulesTable([
                    { id: "a/b", severity: "warning", description: "Checks x|y.", check: () => [] }
                ])
            ).toBe(
                "| rule | severity | checks |\n| --- | --- | --- |\n| `a/b` | warning | Checks x\\|y. |"
            );
        });
    });
});
