import { execFileSync } from "child_process";
import { changedFiles, createTestWorkspace, lintSandboxFiles, TestWorkspace } from "../src/harness";

describe("plugin installed from its packed tarball", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace({ isolatePlugins: true });
    });
    afterAll(() => workspace.cleanup());

    it("ships compiled JavaScript, schemas and templates, and no TypeScript sources", () => {
        const listing = execFileSync("tar", ["-tzf", process.env.FM_PLUGIN_TARBALL!], {
            encoding: "utf8"
        }).split("\n");
        expect(listing).toEqual(
            expect.arrayContaining([
                "package/package.json",
                "package/generators.json",
                "package/executors.json",
                "package/dist/index.js",
                "package/dist/generators/integration-provider/generator.js",
                "package/dist/generators/integration-provider/schema.json",
                "package/dist/generators/register-provider/generator.js",
                "package/dist/generators/register-provider/schema.json",
                "package/dist/executors/verify-provider/executor.js",
                "package/dist/executors/verify-provider/schema.json"
            ])
        );
        expect(listing.some((file) => /files\/.+\.template$/.test(file))).toBe(true);
        expect(listing.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual(
            []
        );
        expect(listing.filter((file) => file.includes(".spec."))).toEqual([]);
    });

    it("lists the generator's options through the real nx CLI", () => {
        const result = workspace.nx(["g", "@flowmaestro/nx:integration-provider", "--help"]);
        expect(result.stderr).not.toMatch(/Error/);
        expect(result.code).toBe(0);
        for (const option of [
            "--spec",
            "--authType",
            "--operations",
            "--skipRegister",
            "--skipFormat"
        ]) {
            expect(result.stdout).toContain(option);
        }
    });

    it("the sandbox type-checks strictly and the plugin leaves the tree clean", () => {
        const result = workspace.tsc("backend");
        expect(result.stdout + result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(workspace.nx(["show", "projects"]).code).toBe(0);
        expect(changedFiles(workspace)).toEqual([]);
    });

    // The other e2e specs load plugins in the nx process (harness.ts): what Nx's plugin workers
    // send back over their channel must be the same projects and targets.
    it("infers the same projects and targets in Nx's plugin workers as in process", () => {
        const graph = (isolate: string) => {
            const result = workspace.nx(["graph", "--file=stdout"], {
                env: { NX_ISOLATE_PLUGINS: isolate }
            });
            expect(result.code).toBe(0);
            const { nodes } = JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))).graph;
            return Object.fromEntries(
                Object.entries(nodes as Record<string, { data: unknown }>).map(([name, node]) => [
                    name,
                    node.data
                ])
            );
        };
        const isolated = graph("true");
        expect(Object.keys(isolated)).toContain("provider-slack");
        expect(graph("false")).toEqual(isolated);
    });
});

describe("the seed-era sandbox with the plugin installed", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace({ sandbox: "seed", isolatePlugins: true });
    });
    afterAll(() => workspace.cleanup());

    it("type-checks, passes its host's ESLint config, and has one inferred project per provider", async () => {
        const result = workspace.tsc("backend");
        expect(result.stdout + result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(await lintSandboxFiles(workspace.root, ["backend/src"])).toEqual([]);
        const projects = workspace.nx(["show", "projects", "--json"]);
        expect(projects.code).toBe(0);
        // The host's npm workspaces are projects too, as Nx infers them in the real repository.
        expect((JSON.parse(projects.stdout) as string[]).sort()).toEqual([
            "@flowmaestro/backend",
            "@flowmaestro/shared",
            "provider-google-sheets",
            "provider-sendgrid",
            "provider-slack",
            // Its seeding script, backend/scripts/seed-templates.ts in that era, holds integration nodes.
            "workflow-definitions"
        ]);
        expect(workspace.exists("backend/src/integrations/core/schema-utils.ts")).toBe(true);
        expect(workspace.exists("backend/src/integrations/sandbox")).toBe(false);
    }, 120000);
});
