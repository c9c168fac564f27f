import * as fs from "fs";
import {
    createTestWorkspace,
    jsonDocument,
    replaceInFile,
    type CommandResult,
    type TestWorkspace
} from "../src/harness";

/**
 * Issue 24: inputs the verify-provider cache key missed, so that Nx's cache or the plugin's own
 * type-check result cache replayed a pass that a fresh run does not give.
 */

const TYPES = "backend/src/integrations/sandbox/types.ts";
const FIXTURE_LOADER = "backend/src/integrations/sandbox/fixtureLoader.ts";

function verify(workspace: TestWorkspace, project: string, ...flags: string[]): CommandResult {
    return workspace.nx([
        "run",
        `${project}:verify-provider`,
        "--format=json",
        "--output-style=static",
        ...flags
    ]);
}

/** `ruleId file` of every error verify printed. */
function errors(result: CommandResult): string[] {
    return jsonDocument(result.stdout).providers.flatMap((provider) =>
        provider.diagnostics
            .filter((diagnostic) => diagnostic.severity === "error")
            .map((diagnostic) => `${diagnostic.ruleId} ${diagnostic.file}`)
    );
}

describe("issue 24: verify replays no stale pass", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace();
    });
    afterAll(() => workspace.cleanup());

    it("re-checks a provider when a workspace package it imports through a node_modules link changes", () => {
        // The model links @flowmaestro/shared into node_modules as npm workspaces do (no paths).
        expect(
            fs.lstatSync(workspace.path("node_modules/@flowmaestro/shared")).isSymbolicLink()
        ).toBe(true);
        expect(workspace.read("backend/tsconfig.json")).not.toContain("paths");
        const clean = verify(workspace, "provider-sendgrid");
        expect(errors(clean)).toEqual([]);
        expect(clean.code).toBe(0);

        // SendGrid reads `api_key` of ApiKeyData, which comes from shared through the link.
        replaceInFile(
            workspace,
            "shared/src/connections.ts",
            "    api_key: string;",
            "    apiKey: string;"
        );
        // Nx's cache first, then the plugin's own type-check results (which Nx's replay left
        // unused): each would replay the pass.
        const cached = verify(workspace, "provider-sendgrid");
        expect(errors(cached)).toContain(
            "typecheck backend/src/integrations/providers/sendgrid/SendGridProvider.ts"
        );
        expect(cached.code).not.toBe(0);
        const uncached = verify(workspace, "provider-sendgrid", "--skip-nx-cache");
        expect(errors(uncached)).toEqual(errors(cached));
        workspace.git(["checkout", "--", "."]);
    });

    it("re-checks registrations when the host gains the fixture system", () => {
        // A host with a fixture loader but no TestFixture yet, and slack missing from the loader.
        // No type check, so that nothing but the registrations can see the change (types.ts is
        // in slack's import closure).
        const nxJson = JSON.parse(workspace.read("nx.json"));
        nxJson.targetDefaults = { "verify-provider": { options: { typecheck: false } } };
        workspace.write("nx.json", JSON.stringify(nxJson, null, 2));
        replaceInFile(
            workspace,
            TYPES,
            "export interface TestFixture<",
            "export interface LegacyFixture<"
        );
        replaceInFile(workspace, FIXTURE_LOADER, /\n\s*"slack",/, "");
        workspace.git(["commit", "-qam", "no fixture system yet"]);
        const before = verify(workspace, "provider-slack");
        expect(errors(before)).toEqual([]);

        replaceInFile(
            workspace,
            TYPES,
            "export interface LegacyFixture<",
            "export interface TestFixture<"
        );
        const cached = verify(workspace, "provider-slack");
        expect(errors(cached)).toEqual([`registration/fixture-loader-entry ${FIXTURE_LOADER}`]);
        expect(cached.code).not.toBe(0);
    });
});
