import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { changedFiles, createTestWorkspace, generateProvider, TestWorkspace } from "../src/harness";
import { SPEC_REFUSALS } from "../../nx/src/generators/integration-provider/__fixtures__/spec-refusals";
import {
    validApiKeySpec,
    validOAuthSpec
} from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

/**
 * Issue 7's battery: bad specs, bad flags and misshapen host files. Each case must exit non-zero,
 * name the problem (the field path or the file), and leave the workspace byte-identical.
 */

const CLI_SAMPLE = [
    "uppercase id",
    "duplicate operation ids",
    "an OAuth URL placeholder the host's OAuth service never fills in",
    "misspelt top-level key"
];

describe("what the generators refuse, leaving the workspace untouched", () => {
    let workspace: TestWorkspace;
    let specDir: string;

    beforeAll(() => {
        workspace = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-refusals-"));
    });
    afterAll(() => {
        workspace.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    const generate = (args: string[]) => generateProvider(workspace, args);

    function expectRefused(
        result: { code: number; stdout: string; stderr: string },
        message: string | RegExp
    ) {
        const output = result.stdout + result.stderr;
        expect(result.code).not.toBe(0);
        if (typeof message === "string") {
            expect(output).toContain(message);
        } else {
            expect(output).toMatch(message);
        }
        expect(changedFiles(workspace)).toEqual([]);
    }

    // Every case runs in process (integration-provider/spec-refusals.spec.ts); these show the
    // nx CLI printing the message and writing nothing, for a top-level, an operation, an auth and
    // an unknown-key refusal.
    const cliCases = SPEC_REFUSALS.filter((testCase) => CLI_SAMPLE.includes(testCase.title));

    it("samples cases the battery has (a renamed case would drop out silently)", () => {
        expect(cliCases.map((testCase) => testCase.title)).toEqual(CLI_SAMPLE);
    });

    it.each(cliCases.map((testCase) => [testCase.title, testCase] as const))(
        "spec: %s",
        (_title, testCase) => {
            const spec = (testCase.base ?? validOAuthSpec)();
            testCase.mutate(spec);
            const file = path.join(specDir, `${_title.replace(/\W+/g, "-")}.json`);
            fs.writeFileSync(file, JSON.stringify(spec, null, 2));
            expectRefused(generate(["--spec", file]), testCase.message);
        }
    );

    it("spec: YAML syntax error, with its line", () => {
        const file = path.join(specDir, "broken.yaml");
        fs.writeFileSync(
            file,
            "id: acme-chat\nauth:\n  type: [oauth2\nbaseUrl: https://x.example\n"
        );
        expectRefused(generate(["--spec", file]), /broken\.yaml:\d+:\d+: /);
    });

    it("spec: a list instead of a mapping", () => {
        const file = path.join(specDir, "list.yaml");
        fs.writeFileSync(file, "- id: acme-chat\n");
        expectRefused(generate(["--spec", file]), /must contain a mapping of provider fields/);
    });

    it("spec: a file that does not exist", () => {
        expectRefused(generate(["--spec", path.join(specDir, "missing.yaml")]), /missing\.yaml/);
    });

    it("spec: errors point at the line in a YAML file", () => {
        const file = path.join(specDir, "lines.yaml");
        fs.writeFileSync(
            file,
            [
                "id: acme-chat",
                "baseUrl: https://api.acme.example",
                "auth:",
                "  type: api_key",
                "operations:",
                "  - id: listThings",
                "    parameters:",
                "      - { name: limit, type: integr }",
                ""
            ].join("\n")
        );
        expectRefused(
            generate(["--spec", file]),
            /lines\.yaml:8: operations\[0\]\.parameters\[0\]\.type: /
        );
    });

    it("flags: an operation shorthand that is not camelCase", () => {
        expectRefused(
            generate([
                "acme-flags",
                "--baseUrl=https://api.acme.example",
                "--authType=api_key",
                "--operations=Send Message"
            ]),
            /--operations: "Send Message" must be an operation id/
        );
    });

    it("flags: an unknown action type in the operation shorthand", () => {
        expectRefused(
            generate([
                "acme-flags",
                "--baseUrl=https://api.acme.example",
                "--authType=api_key",
                "--operations=sendMessage:modify"
            ]),
            /sendMessage:modify/
        );
    });

    it("flags: oauth2 without an authorization URL", () => {
        expectRefused(
            generate([
                "acme-flags",
                "--baseUrl=https://api.acme.example",
                "--authType=oauth2",
                "--tokenUrl=https://acme.example/token",
                "--operations=listThings"
            ]),
            "auth.authUrl: is required"
        );
    });

    it("flags: a plain-http base URL overriding a valid spec", () => {
        const file = path.join(specDir, "override.json");
        fs.writeFileSync(file, JSON.stringify(validOAuthSpec()));
        expectRefused(
            generate(["--spec", file, "--baseUrl=http://api.acme.example"]),
            /baseUrl: must be an https URL/
        );
    });

    it("flags: a provider id that climbs out of the providers folder", () => {
        expectRefused(
            generate([
                "../../etc",
                "--baseUrl=https://api.acme.example",
                "--authType=api_key",
                "--operations=listThings"
            ]),
            /id: .*kebab-case/
        );
    });

    it("an existing provider folder is not overwritten", () => {
        const spec = validApiKeySpec("slack");
        const file = path.join(specDir, "slack.json");
        fs.writeFileSync(file, JSON.stringify(spec));
        expectRefused(generate(["--spec", file]), /backend\/src\/integrations\/providers\/slack/);
    });

    describe("host files in an unexpected shape: refused, and not even the provider folder is written", () => {
        const hostCases: Array<[string, string, (text: string) => string, RegExp]> = [
            [
                "merge-conflict markers in registry.ts",
                "backend/src/integrations/registry.ts",
                (text) =>
                    text.replace(
                        "// Export for use in application",
                        "<<<<<<< HEAD\n=======\n>>>>>>> feature\n// Export for use in application"
                    ),
                /registry\.ts.*conflict/is
            ],
            [
                "secrets block that is not valid JSON",
                "infra/pulumi/Pulumi.production.yaml",
                (text) => text.replace(/\n(\s*)\]\s*$/, ",\n$1]\n"),
                /Pulumi\.production\.yaml.*JSON/is
            ],
            [
                "OAuth registry without OAUTH_PROVIDERS",
                "backend/src/services/oauth/OAuthProviderRegistry.ts",
                (text) => text.replace(/OAUTH_PROVIDERS/g, "OAUTH_APPS"),
                /OAuthProviderRegistry\.ts.*OAUTH_PROVIDERS/is
            ],
            [
                "providerMap that is not an object literal",
                "backend/src/core/config/index.ts",
                (text) =>
                    text.replace(
                        /const providerMap: ([^=]+)= \{/,
                        "const providerMap: $1= buildProviderMap() ?? {"
                    ),
                /index\.ts.*providerMap/is
            ]
        ];

        it.each(hostCases)("%s", (_title, file, corrupt, message) => {
            const original = workspace.read(file);
            const corrupted = corrupt(original);
            expect(corrupted).not.toBe(original);
            workspace.write(file, corrupted);
            workspace.git(["commit", "-qam", `corrupt ${file}`]);
            const specFile = path.join(specDir, "host.json");
            fs.writeFileSync(specFile, JSON.stringify(validOAuthSpec("acme-host")));
            try {
                expectRefused(generate(["--spec", specFile]), message);
                expect(workspace.exists("backend/src/integrations/providers/acme-host")).toBe(
                    false
                );
            } finally {
                workspace.git(["reset", "-q", "--hard", "HEAD~1"]);
            }
        });
    });
});
