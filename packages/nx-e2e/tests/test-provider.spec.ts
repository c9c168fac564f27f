import * as fs from "fs";
import * as path from "path";
import { createTestWorkspace } from "../src/harness";
import type { CommandResult, TestWorkspace } from "../src/harness";

const PROVIDERS_DIR = "backend/src/integrations/providers";
const CACHE_HIT = /\[(existing outputs match the cache, left as is|local cache)\]/;
/** A URL path built with a template literal from the input: `/things/${params.thingId}`. */
const TEMPLATE_URL = /`(\/[^`]*\$\{params\.\w+\}[^`]*)`/;

function cached(result: CommandResult, project: string): boolean {
    const line = result.stdout
        .split("\n")
        .find((text) => text.includes(`> nx run ${project}:test-provider`));
    return !!line && CACHE_HIT.test(line);
}

interface Report {
    providers: { id: string; diagnostics: Record<string, unknown>[]; note?: string }[];
}

/** The JSON document `--format=json` printed for `project` (run-many prints one per task). */
function reportOf(result: CommandResult, project: string): Report {
    const output = result.stdout.slice(result.stdout.indexOf(`> nx run ${project}:test-provider`));
    const start = output.indexOf("{\n");
    return JSON.parse(output.slice(start, output.indexOf("\n}", start) + 2)) as Report;
}

/** The first operation file of the model whose executor builds a URL with a template literal. */
function templateUrlOperation(workspace: TestWorkspace): { provider: string; file: string } {
    const found = workspace
        .run("git", [
            "grep",
            "-l",
            "-E",
            "`/[^`]*\\$\\{params\\.",
            "--",
            `${PROVIDERS_DIR}/*/operations/*`
        ])
        .stdout.split("\n")
        .filter(Boolean)[0];
    if (!found) throw new Error("no operation builds a URL with a template literal");
    return { provider: found.slice(PROVIDERS_DIR.length + 1).split("/")[0], file: found };
}

describe("test-provider through the real nx CLI", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace();
    });
    afterAll(() => workspace.cleanup());

    it("infers a cached test-provider target beside verify-provider", () => {
        const project = JSON.parse(
            workspace.nx(["show", "project", "provider-sendgrid", "--json"]).stdout
        );
        expect(Object.keys(project.targets)).toEqual(
            expect.arrayContaining(["verify-provider", "test-provider"])
        );
        expect(project.targets["test-provider"]).toMatchObject({
            executor: "@flowmaestro/nx:test-provider",
            cache: true
        });
    });

    it("caches a passing provider, reports a URL written with plain quotes at its file and line, and re-runs only edited providers", () => {
        const { provider, file } = templateUrlOperation(workspace);
        const project = `provider-${provider}`;
        const other = provider === "sendgrid" ? "provider-slack" : "provider-sendgrid";
        const run = () =>
            workspace.nx([
                "run-many",
                "-t",
                "test-provider",
                `--projects=${project},${other}`,
                "--output-style=static",
                "--",
                "--format=json"
            ]);

        const clean = run();
        expect(reportOf(clean, project).providers[0].diagnostics).not.toContainEqual(
            expect.objectContaining({ ruleId: "runtime/request-url" })
        );
        expect(reportOf(clean, other).providers[0].diagnostics).toEqual([]);
        // Nx caches successful tasks: the passing provider is replayed.
        expect(cached(run(), other)).toBe(true);

        // The HubSpot defect: the template literal written with plain quotes.
        const text = workspace.read(file);
        workspace.write(file, text.replace(TEMPLATE_URL, '"$1"'));
        const line = text.split("\n").findIndex((source) => TEMPLATE_URL.test(source)) + 1;

        const mutated = run();
        expect(mutated.code).not.toBe(0);
        expect(cached(mutated, other)).toBe(true);
        expect(reportOf(mutated, project).providers[0].diagnostics).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    ruleId: "runtime/request-url",
                    severity: "error",
                    file,
                    line,
                    operationId: expect.any(String),
                    message: expect.stringContaining("unresolved template text `${params.")
                })
            ])
        );

        // Its fixture module is an input: editing it re-runs that provider.
        const fixtures = `${PROVIDERS_DIR}/${other.slice("provider-".length)}/fixtures.ts`;
        workspace.write(fixtures, `${workspace.read(fixtures)}\n// edited\n`);
        expect(cached(run(), other)).toBe(false);
    });

    it("passes a provider the generators wrote, its webhook config and an added operation included", () => {
        const spec = fs.readFileSync(
            path.join(__dirname, "../../../tools/demo/acme-chat.yaml"),
            "utf8"
        );
        expect(spec).toMatch(/^webhooks:/m);
        workspace.write("acme-chat.yaml", spec);
        const generate = workspace.nx([
            "g",
            "@flowmaestro/nx:integration-provider",
            "--spec",
            "acme-chat.yaml",
            "--no-interactive"
        ]);
        expect(generate.code).toBe(0);
        const add = workspace.nx([
            "g",
            "@flowmaestro/nx:provider-operation",
            "acme-chat",
            "archiveChannel",
            "--method=POST",
            "--no-interactive"
        ]);
        expect(add.code).toBe(0);
        const result = workspace.nx([
            "run",
            "provider-acme-chat:test-provider",
            "--format=json",
            "--skip-nx-cache",
            "--output-style=static"
        ]);
        const [report] = reportOf(result, "provider-acme-chat").providers;
        expect(report.diagnostics.filter((item) => item.severity === "error")).toEqual([]);
        expect(result.code).toBe(0);
        // Every operation ran with a fixture input: none was skipped for want of one.
        const [, ran, of] =
            /(\d+) of (\d+) operations run with a fixture input/.exec(report.note ?? "") ?? [];
        expect(Number(ran)).toBeGreaterThan(1);
        expect(ran).toBe(of);
    });
});
