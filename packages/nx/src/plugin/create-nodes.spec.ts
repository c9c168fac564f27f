import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CreateNodesContext } from "@nx/devkit";
import { createNodes, createNodesV2, providerIdOf } from "./create-nodes";
import { resolvePluginOptions } from "../config/plugin-options";

const context: CreateNodesContext = {
    workspaceRoot: "/ws",
    nxJsonConfiguration: {}
} as CreateNodesContext;
const P = "backend/src/integrations/providers";

async function projects(files: string[], options = {}, workspace = context) {
    const results = await createNodes[1](files, options, workspace);
    return Object.assign({}, ...results.map(([, result]) => result.projects ?? {}));
}

describe("createNodes", () => {
    it("infers provider-<id> per provider folder with a cached, described verify target", async () => {
        const inferred = await projects([`${P}/adp/ADPProvider.ts`, `${P}/slack/SlackProvider.ts`]);
        expect(Object.keys(inferred)).toEqual([`${P}/adp`, `${P}/slack`]);
        const adp = inferred[`${P}/adp`];
        expect(adp).toMatchObject({
            name: "provider-adp",
            root: `${P}/adp`,
            tags: ["type:integration-provider"]
        });
        expect(adp.targets["verify-provider"]).toMatchObject({
            executor: "@flowmaestro/nx:verify-provider",
            cache: true,
            options: {},
            metadata: {
                technologies: ["typescript"],
                // Short, as Nx's own plugins describe targets ("Run Jest Tests").
                description: 'Verify the "adp" provider: template, registrations, types',
                help: { command: "npx nx run provider-adp:verify-provider --help" }
            }
        });
        // What the custom hasher always reads (it decides the cache key; see docs/ci.md, "Precise cache").
        expect(adp.targets["verify-provider"].inputs).toEqual([
            "{projectRoot}/**/*",
            "{workspaceRoot}/backend/src/integrations/registry.ts",
            "{workspaceRoot}/backend/src/services/oauth/OAuthProviderRegistry.ts",
            "{workspaceRoot}/backend/src/core/config/index.ts",
            "{workspaceRoot}/shared/src/providers.ts",
            "{workspaceRoot}/infra/pulumi/Pulumi.production.yaml",
            "{workspaceRoot}/backend/src/services/oauth/OAuthService.ts",
            "{workspaceRoot}/backend/src/integrations/sandbox/fixtureLoader.ts",
            "{workspaceRoot}/backend/tsconfig.json",
            { externalDependencies: ["typescript"] }
        ]);
        expect(createNodesV2).toBe(createNodes);
    });

    it.each([
        ["pnpm-lock.yaml", "pnpm exec"],
        ["yarn.lock", "yarn"],
        ["bun.lock", "bunx"],
        ["package-lock.json", "npx"]
    ])(
        "writes the help command for the workspace's package manager (%s)",
        async (lockfile, exec) => {
            const root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-pm-"));
            try {
                fs.writeFileSync(path.join(root, lockfile), "");
                const inferred = await projects(
                    [`${P}/slack/SlackProvider.ts`],
                    {},
                    {
                        ...context,
                        workspaceRoot: root
                    }
                );
                expect(
                    inferred[`${P}/slack`].targets["verify-provider"].metadata.help.command
                ).toBe(`${exec} nx run provider-slack:verify-provider --help`);
            } finally {
                fs.rmSync(root, { recursive: true, force: true });
            }
        }
    );

    it("infers a cached test-provider target beside verify-provider, keyed by the provider folder", async () => {
        const inferred = await projects([`${P}/adp/ADPProvider.ts`]);
        const target = inferred[`${P}/adp`].targets["test-provider"];
        expect(target).toMatchObject({
            executor: "@flowmaestro/nx:test-provider",
            cache: true,
            options: {},
            metadata: { description: expect.stringContaining('"adp"') }
        });
        expect(target.inputs).toEqual([
            "{projectRoot}/**/*",
            "{workspaceRoot}/backend/tsconfig.json",
            { externalDependencies: ["typescript"] }
        ]);
    });

    it("ignores *Provider.ts files outside provider folders", async () => {
        expect(
            await projects([
                "backend/src/integrations/core/BaseProvider.ts",
                `${P}/slack/operations/FakeProvider.ts`,
                "frontend/src/AuthProvider.ts"
            ])
        ).toEqual({});
    });

    it("honours providersDir, targetName and testTargetName from the plugin options", async () => {
        const inferred = await projects(
            ["apps/api/integrations/acme/AcmeProvider.ts", `${P}/slack/SlackProvider.ts`],
            {
                providersDir: "apps/api/integrations",
                targetName: "verify",
                testTargetName: "runtime"
            }
        );
        expect(Object.keys(inferred)).toEqual(["apps/api/integrations/acme"]);
        expect(Object.keys(inferred["apps/api/integrations/acme"].targets)).toEqual([
            "verify",
            "runtime"
        ]);
    });

    it("reads the provider id from the path alone", () => {
        const options = resolvePluginOptions();
        expect(providerIdOf(`${P}/google-sheets/GoogleSheetsProvider.ts`, options)).toBe(
            "google-sheets"
        );
        expect(providerIdOf(`${P}/GoogleSheetsProvider.ts`, options)).toBeUndefined();
    });

    it("makes provider folders without a *Provider.ts projects too, so verify can report them", async () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-create-nodes-"));
        try {
            const folder = (name: string, file?: string) => {
                fs.mkdirSync(path.join(root, P, name), { recursive: true });
                if (file) fs.writeFileSync(path.join(root, P, name, file), "export {};\n");
            };
            folder("slack", "SlackProvider.ts");
            folder("zeta-empty");
            folder("zeta-index", "index.ts");
            folder(".cache");
            const inferred = await projects(
                [`${P}/slack/SlackProvider.ts`],
                {},
                {
                    ...context,
                    workspaceRoot: root
                }
            );
            expect(Object.keys(inferred)).toEqual([
                `${P}/slack`,
                `${P}/zeta-empty`,
                `${P}/zeta-index`
            ]);
            expect(inferred[`${P}/zeta-index`]).toMatchObject({
                name: "provider-zeta-index",
                root: `${P}/zeta-index`,
                tags: ["type:integration-provider"],
                targets: { "verify-provider": { executor: "@flowmaestro/nx:verify-provider" } }
            });
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });

    it("infers workflow-definitions for the seeding scripts that hold integration nodes, with a cached check-references target", async () => {
        // Nx's file index is kept per workspace root for the process: one root per file layout.
        const roots: string[] = [];
        const workspace = (files: Record<string, string>) => {
            const root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-create-nodes-"));
            roots.push(root);
            for (const [file, text] of Object.entries({
                [`${P}/slack/SlackProvider.ts`]: "export {};\n",
                ...files
            })) {
                fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
                fs.writeFileSync(path.join(root, file), text);
            }
            return { ...context, workspaceRoot: root };
        };
        try {
            const personas = {
                "backend/scripts/seed-personas.ts": 'export const p = { provider: "openai" };\n'
            };
            const withoutDefinitions = await projects(
                [`${P}/slack/SlackProvider.ts`],
                {},
                workspace(personas)
            );
            expect(Object.keys(withoutDefinitions)).toEqual([`${P}/slack`]);

            const inferred = await projects(
                [`${P}/slack/SlackProvider.ts`],
                { workflowDefinitionFiles: ["backend/templates/*.json"] },
                workspace({
                    ...personas,
                    "backend/scripts/seed-workflow-templates.ts":
                        'export const nodes = [{ data: { provider: "slack", operation: "sendMessage" } }];\n'
                })
            );
            expect(inferred["backend/scripts"]).toEqual({
                name: "workflow-definitions",
                root: "backend/scripts",
                projectType: "library",
                tags: ["type:workflow-definitions"],
                implicitDependencies: ["tag:type:integration-provider"],
                targets: {
                    "check-references": expect.objectContaining({
                        executor: "@flowmaestro/nx:check-references",
                        cache: true,
                        inputs: [
                            "{workspaceRoot}/backend/scripts/seed-workflow-templates.ts",
                            "{workspaceRoot}/backend/templates/*.json",
                            `{workspaceRoot}/${P}/*/contract.json`,
                            `{workspaceRoot}/${P}/*/*Provider.ts`
                        ]
                    })
                }
            });
        } finally {
            for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
