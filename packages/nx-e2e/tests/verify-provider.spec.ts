import { SANDBOX_PROVIDERS as PROVIDERS } from "../../nx/src/executors/verify-provider/__fixtures__/sandbox";
import { createTestWorkspace, jsonDocument, replaceInFile } from "../src/harness";
import type { CommandResult, TestWorkspace } from "../src/harness";

const PROVIDERS_DIR = "backend/src/integrations/providers";
const OAUTH_REGISTRY = "backend/src/services/oauth/OAuthProviderRegistry.ts";
const CACHE_HIT = /\[(existing outputs match the cache, left as is|local cache)\]/;

/** `provider-x` -> whether its task line says it was replayed from the cache. */
function cacheStatus(result: CommandResult): Record<string, boolean> {
    const status: Record<string, boolean> = {};
    for (const line of result.stdout.split("\n")) {
        const match = /> nx run provider-([\w-]+):verify-provider(.*)$/.exec(line);
        if (match) status[match[1]] = (status[match[1]] ?? true) && CACHE_HIT.test(match[2]);
    }
    return status;
}

/** The per-provider summary lines (`✔ provider slack: 0 errors, 0 warnings`), sorted. */
function summaries(result: CommandResult): string[] {
    return result.stdout
        .split("\n")
        .filter((line) => /^[✔✖] provider /.test(line))
        .sort();
}

describe("verify-provider through the real nx CLI", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace();
    });
    afterAll(() => workspace.cleanup());

    it("infers a tagged provider project with a cached, described verify target", () => {
        const result = workspace.nx(["show", "project", "provider-google-sheets", "--json"]);
        expect(result.code).toBe(0);
        const project = JSON.parse(result.stdout);
        expect(project.root).toBe(`${PROVIDERS_DIR}/google-sheets`);
        expect(project.tags).toEqual(["type:integration-provider"]);
        expect(project.targets["verify-provider"]).toMatchObject({
            executor: "@flowmaestro/nx:verify-provider",
            cache: true,
            metadata: { description: expect.stringContaining("google-sheets") }
        });
    });

    it("passes every sandbox provider, batched and not, with the same results", () => {
        const single = workspace.nx([
            "run-many",
            "-t",
            "verify-provider",
            "--batch=false",
            "--skip-nx-cache",
            "--output-style=static"
        ]);
        expect(single.stderr + single.stdout).not.toMatch(/ error /);
        expect(single.code).toBe(0);
        expect(summaries(single)).toEqual(
            PROVIDERS.map((id) => `✔ provider ${id}: 0 errors, 0 warnings`).sort()
        );
        const batched = workspace.nx([
            "run-many",
            "-t",
            "verify-provider",
            "--batch",
            "--output-style=static"
        ]);
        expect(batched.code).toBe(0);
        expect(summaries(batched)).toEqual(summaries(single));
    });

    it("re-runs only the provider whose slice changed, and every provider when a shared type changes", () => {
        // The cache was filled by the batched run above. Only ADP's OAuth entry has these scopes.
        replaceInFile(workspace, OAUTH_REGISTRY, 'scopes: ["api"]', 'scopes: ["api", "openid"]');
        const oauthEdit = workspace.nx([
            "run-many",
            "-t",
            "verify-provider",
            "--output-style=static"
        ]);
        expect(oauthEdit.code).toBe(0);
        expect(cacheStatus(oauthEdit)).toEqual(
            Object.fromEntries(PROVIDERS.map((id) => [id, id !== "adp"]))
        );

        replaceInFile(
            workspace,
            "backend/src/integrations/core/types.ts",
            /$/,
            "\nexport type VerifyE2E = string;\n"
        );
        const typesEdit = workspace.nx([
            "run-many",
            "-t",
            "verify-provider",
            "--output-style=static"
        ]);
        expect(typesEdit.code).toBe(0);
        expect(cacheStatus(typesEdit)).toEqual(
            Object.fromEntries(PROVIDERS.map((id) => [id, false]))
        );
        workspace.git(["checkout", "--", "."]);
    });

    it("`nx affected` after a breaking commit fails only that provider, with the right rule ids", () => {
        // Fill the cache for the committed state, then break slack in three ways in one commit.
        expect(workspace.nx(["run-many", "-t", "verify-provider"]).code).toBe(0);
        replaceInFile(workspace, OAUTH_REGISTRY, /\n    slack: \{[\s\S]*?\n    \},\n/, "\n");
        // A registered operation whose case was renamed: calling it fails (an error).
        replaceInFile(
            workspace,
            `${PROVIDERS_DIR}/slack/SlackProvider.ts`,
            'case "listChannels":',
            'case "listChannel":'
        );
        replaceInFile(
            workspace,
            `${PROVIDERS_DIR}/slack/operations/sendMessage.ts`,
            "text: params.text,",
            "text: params.txt,"
        );
        workspace.git(["commit", "-qam", "break slack"]);

        // Nx 23 replays failed tasks from the cache only with NX_CACHE_FAILURES=true.
        const affectedRun = () =>
            workspace.nx(
                ["affected", "-t", "verify-provider", "--base=HEAD~1", "--output-style=static"],
                {
                    env: { NX_CACHE_FAILURES: "true" }
                }
            );
        const affected = affectedRun();
        expect(affected.code).not.toBe(0);
        const status = cacheStatus(affected);
        expect(status.slack).toBe(false);
        expect(Object.entries(status).filter(([id, hit]) => id !== "slack" && !hit)).toEqual([]);
        for (const ruleId of [
            "registration/oauth-registry-entry",
            "operations/switch-cases",
            "typecheck"
        ]) {
            expect(affected.stdout).toContain(`  error  ${ruleId}  `);
        }
        expect(summaries(affected).filter((line) => line.startsWith("✖"))).toEqual([
            expect.stringMatching(/^✖ provider slack: \d+ errors/)
        ]);

        // A replayed failure is printed as a plain failure (Nx 23 marks only successful replays), so
        // the repeat is checked for identical diagnostics; the other providers show cache hits above.
        const again = affectedRun();
        expect(again.code).not.toBe(0);
        expect(summaries(again)).toEqual(summaries(affected));

        const json = workspace.nx([
            "run",
            "provider-slack:verify-provider",
            "--format=json",
            "--skip-nx-cache"
        ]);
        expect(json.code).not.toBe(0);
        const document = jsonDocument(json.stdout);
        expect(document.providers.map((provider) => provider.id)).toEqual(["slack"]);
        expect([...new Set(document.providers[0].diagnostics.map((d) => d.ruleId))].sort()).toEqual(
            ["operations/switch-cases", "registration/oauth-registry-entry", "typecheck"]
        );
    });
});
