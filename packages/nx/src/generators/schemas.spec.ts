import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { Tree } from "@nx/devkit";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { writeSandboxInto } from "../testing/sandbox-copy";
import { parseTypeScript } from "../utils/ast";
import { renderConsoleForm, type GeneratorJsonSchema } from "../testing/console-form";

// Nx's own option handling for `nx g` (positional arguments, aliases, coercion, validation,
// defaults), so that an example runs here as it runs on the command line.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { combineOptionsForGenerator } = require("nx/src/utils/params") as {
    combineOptionsForGenerator(...args: unknown[]): Promise<Record<string, unknown>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parseArguments = require("yargs-parser") as (args: string[]) => Record<string, unknown>;

const PLUGIN_ROOT = path.resolve(__dirname, "../..");
const REPO_ROOT = path.resolve(PLUGIN_ROOT, "../..");
const generatorsJson = JSON.parse(
    fs.readFileSync(path.join(PLUGIN_ROOT, "generators.json"), "utf8")
) as { generators: Record<string, { schema: string }> };
const GENERATORS = Object.keys(generatorsJson.generators);

function sourceDir(generator: string): string {
    return path.join(PLUGIN_ROOT, "src/generators", generator);
}

function schemaOf(generator: string): GeneratorJsonSchema {
    return JSON.parse(fs.readFileSync(path.join(sourceDir(generator), "schema.json"), "utf8"));
}

async function generatorOf(generator: string) {
    const module = await import(path.join(sourceDir(generator), "generator"));
    return module.default as (tree: Tree, options: object) => Promise<unknown>;
}

/** The members of the options interface in schema.d.ts: what the generator reads. */
function declaredOptions(generator: string): string[] {
    const file = path.join(sourceDir(generator), "schema.d.ts");
    if (!fs.existsSync(file)) return [];
    const declaration = parseTypeScript(fs.readFileSync(file, "utf8"), file).statements.find(
        ts.isInterfaceDeclaration
    );
    return (declaration?.members ?? []).map((member) => (member.name as ts.Identifier).text);
}

/** Fields a run needs in practice: on a form's first screen (required or important). */
const NEEDED_IN_PRACTICE: Record<string, string[]> = {
    "integration-provider": [
        "name",
        "spec",
        "openapi",
        "baseUrl",
        "operations",
        "authType",
        "authUrl",
        "tokenUrl"
    ],
    "provider-operation": ["provider", "operationId"],
    "register-provider": ["name"],
    init: [],
    "sync-registrations": []
};

/** Files the examples name, which the model workspace does not hold. */
const EXAMPLE_FILES: Record<string, string> = {
    "specs/acme-chat.yaml": fs.readFileSync(
        path.join(REPO_ROOT, "tools/demo/acme-chat.yaml"),
        "utf8"
    ),
    "specs/acme-chat.openapi.yaml": [
        "openapi: 3.0.3",
        "info: { title: Acme Chat, version: '1' }",
        "servers: [{ url: 'https://api.acme.example/v1' }]",
        "paths:",
        "  /messages:",
        "    post:",
        "      operationId: sendMessage",
        "      tags: [messages]",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema: { type: object, properties: { text: { type: string } } }",
        "      responses: { '200': { description: sent } }",
        ""
    ].join("\n"),
    "specs/slack-operations.yaml": [
        "operations:",
        "  - id: pinMessage",
        "    method: POST",
        "    path: /pins.add",
        "    parameters:",
        "      - { name: channel, type: string, required: true }",
        ""
    ].join("\n")
};

function modelWorkspace(): Tree {
    const tree = writeSandboxInto(createTreeWithEmptyWorkspace({ formatter: "none" } as never));
    for (const [file, text] of Object.entries(EXAMPLE_FILES)) tree.write(file, text);
    return tree;
}

/** `nx g <plugin>:<generator> ...args` turned into the options Nx would pass the generator. */
async function optionsFromCommandLine(generator: string, args: string[]) {
    const { _: positional, ...named } = parseArguments(args);
    return combineOptionsForGenerator(
        { ...named, _: positional },
        "@flowmaestro/nx",
        generator,
        { version: 2, projects: {} },
        {},
        schemaOf(generator),
        false,
        null,
        "",
        false
    );
}

function changesOf(tree: Tree): string[] {
    return tree
        .listChanges()
        .map((change) => `${change.type} ${change.path} ${change.content?.toString("utf8")}`);
}

/** Options that make a run of each generator write something in the model workspace. */
const WORKING_OPTIONS: Record<string, object> = {
    "integration-provider": {
        name: "acme-chat",
        baseUrl: "https://api.acme.example/v1",
        authUrl: "https://acme.example/oauth/authorize",
        tokenUrl: "https://acme.example/oauth/token",
        operations: ["sendMessage:write"]
    },
    "register-provider": { name: "zendesk", category: "customer_support" },
    init: {},
    "provider-operation": { provider: "slack", operationId: "pinMessage" },
    "sync-registrations": {}
};

describe.each(GENERATORS)("%s schema.json", (generator) => {
    const schema = schemaOf(generator);
    const properties = Object.entries(schema.properties);

    it("has an option for every option the generator reads, and no other", () => {
        expect(Object.keys(schema.properties).sort()).toEqual(declaredOptions(generator).sort());
    });

    it("puts the fields a run needs on the form's first screen", () => {
        const firstScreen = properties
            .filter(
                ([name, property]) =>
                    schema.required?.includes(name) || property["x-priority"] === "important"
            )
            .map(([name]) => name);
        expect(firstScreen).toEqual(expect.arrayContaining(NEEDED_IN_PRACTICE[generator]));
    });

    it("has choices that differ in more than case", () => {
        for (const [, property] of properties) {
            const choices = (property.enum ?? property.items?.enum ?? []).map((choice) =>
                String(choice).toLowerCase()
            );
            expect(new Set(choices).size).toBe(choices.length);
        }
    });

    it("has examples, and each runs as a dry run in the model workspace", async () => {
        expect(schema.examples?.length).toBeGreaterThan(0);
        const run = await generatorOf(generator);
        for (const { command } of schema.examples ?? []) {
            const [nx, g, name, ...args] = command.split(/\s+/);
            expect([nx, g, name]).toEqual(["nx", "g", `@flowmaestro/nx:${generator}`]);
            const options = await optionsFromCommandLine(generator, args);
            const tree = modelWorkspace();
            process.env.NX_DRY_RUN = "true";
            try {
                await run(tree, options);
            } finally {
                delete process.env.NX_DRY_RUN;
            }
        }
    }, 60_000);

    // Nx Console shows a checkbox unchecked unless the schema has `default: true`, and sends
    // nothing for it: what the generator does then must be what an unchecked box says.
    it("has no checkbox whose state differs from what the generator does without it", async () => {
        const checkboxes = properties.filter(([, property]) => property.type === "boolean");
        if (checkboxes.length === 0) return;
        const run = await generatorOf(generator);
        const changes = async (options: object) => {
            const tree = modelWorkspace();
            await run(tree, { ...WORKING_OPTIONS[generator], ...options });
            return changesOf(tree);
        };
        const unset = await changes({});
        for (const [name, property] of checkboxes) {
            expect([name, await changes({ [name]: property.default ?? false })]).toEqual([
                name,
                unset
            ]);
        }
    }, 60_000);
});

describe("integration-provider on the command line and in Nx Console", () => {
    const options = (...args: string[]) => optionsFromCommandLine("integration-provider", args);

    it("takes refreshable as a flag, a negated flag, or the form's choice", async () => {
        expect(await options("--refreshable")).toMatchObject({ refreshable: true });
        expect(await options("--no-refreshable")).toMatchObject({ refreshable: false });
        expect(await options("--refreshable=false")).toMatchObject({ refreshable: false });
        expect(await options()).not.toHaveProperty("refreshable");
    });

    it("takes the OpenAPI tags as --openapiTags and as --tags", async () => {
        expect(await options("--tags=a,b")).toMatchObject({ openapiTags: ["a", "b"] });
        expect(await options("--openapiTags=a")).toMatchObject({ openapiTags: ["a"] });
    });

    it("lets a cleared category field through (empty means unset)", async () => {
        expect(await options("--category=")).toMatchObject({ category: "" });
    });

    it("takes provider-operation's method in any case", async () => {
        for (const method of ["POST", "post", "Patch"]) {
            expect(
                await optionsFromCommandLine("provider-operation", [
                    "slack",
                    "x",
                    `--method=${method}`
                ])
            ).toMatchObject({ method });
        }
    });

    it("is shown in its docs page as Nx Console's form shows it", () => {
        const readme = fs.readFileSync(
            path.join(REPO_ROOT, "docs/generators/integration-provider.md"),
            "utf8"
        );
        expect(readme).toContain(renderConsoleForm(schemaOf("integration-provider")));
    });
});
