import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    changedFiles,
    commandOutput as output,
    type CommandResult,
    createTestWorkspace,
    HOST_FILES,
    HOST_FILES_LOCK,
    jsonDocument,
    type TestWorkspace
} from "../src/harness";
import { SPEC_REFUSALS } from "../../nx/src/generators/integration-provider/__fixtures__/spec-refusals";
import {
    validApiKeySpec,
    validOAuthSpec
} from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

/**
 * Issue 16: what an adversarial pass found, with the real nx CLI. Half-registered providers, ids
 * that collide with object machinery, host files that are not UTF-8, control and bidi characters,
 * provider folders without a provider file, and the spec refusals added for them. (Concurrent
 * writers: concurrency.spec.ts.)
 */

type Spec = Record<string, any>;

const REGISTRY = "backend/src/integrations/registry.ts";
const OAUTH_REGISTRY = "backend/src/services/oauth/OAuthProviderRegistry.ts";

/** A valid spec without webhooks: these tests are about registration, not the webhook support of the host. */
function registrationSpec(id: string, oauth = true): Spec {
    const spec = oauth ? validOAuthSpec(id) : validApiKeySpec(id);
    delete spec.webhooks;
    return spec;
}

/** Control, format (bidi, zero-width, BOM) and separator characters; line breaks excepted. */
const RAW_INVISIBLE = /(?![\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/u;

function writeSpec(dir: string, name: string, spec: Spec | string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof spec === "string" ? spec : JSON.stringify(spec, null, 2));
    return file;
}

function generate(ws: TestWorkspace, specFile: string, ...extra: string[]): CommandResult {
    return ws.nx([
        "g",
        "@flowmaestro/nx:integration-provider",
        "--spec",
        specFile,
        "--no-interactive",
        ...extra
    ]);
}

describe("issue 16: refusals, the workspace left untouched", () => {
    let ws: TestWorkspace;
    let specDir: string;
    beforeAll(() => {
        ws = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-hardening-"));
    });
    afterAll(() => {
        ws.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    function expectRefused(result: CommandResult, message: string | RegExp) {
        expect(result.code).not.toBe(0);
        if (typeof message === "string") expect(output(result)).toContain(message);
        else expect(output(result)).toMatch(message);
        expect(output(result)).toMatch(/nothing was written/i);
        expect(changedFiles(ws)).toEqual([]);
        expect(ws.exists(HOST_FILES_LOCK)).toBe(false);
    }

    // The whole battery runs in process (integration-provider/spec-refusals.spec.ts); through the
    // nx CLI, an id and a header that each refusal of its kind stands for.
    const CLI_SAMPLE = ["provider id constructor", "a header template with CR/LF"];
    const cliSample = SPEC_REFUSALS.filter(({ title }) => CLI_SAMPLE.includes(title));

    it("samples cases the battery has (a renamed case would drop out silently)", () => {
        expect(cliSample.map(({ title }) => title)).toEqual(CLI_SAMPLE);
    });

    it.each(cliSample.map((testCase) => [testCase.title, testCase] as const))(
        "%s",
        (title, { mutate, message, base }) => {
            const spec = (base ?? validOAuthSpec)();
            mutate(spec);
            expectRefused(
                generate(ws, writeSpec(specDir, `${title.replace(/\W+/g, "-")}.json`, spec)),
                message
            );
        }
    );

    it("register-provider refuses the provider id constructor too", () => {
        fs.mkdirSync(ws.path("backend/src/integrations/providers/constructor"));
        try {
            expectRefused(
                ws.nx([
                    "g",
                    "@flowmaestro/nx:register-provider",
                    "constructor",
                    "--no-interactive"
                ]),
                'name: "constructor": "constructor" collides with JavaScript\'s object machinery'
            );
        } finally {
            fs.rmSync(ws.path("backend/src/integrations/providers/constructor"), {
                recursive: true
            });
        }
    });

    it("a 30-digit integer default, naming its line", () => {
        const yaml = [
            "id: acme-big",
            "baseUrl: https://api.acme.example",
            "auth: { type: api_key }",
            "operations:",
            "  - id: listThings",
            "    parameters:",
            "      - name: after",
            "        type: integer",
            "        default: 123456789012345678901234567890",
            ""
        ].join("\n");
        expectRefused(
            generate(ws, writeSpec(specDir, "big.yaml", yaml)),
            /big\.yaml:9: operations\[0\]\.parameters\[0\]\.default: 1\.2345678901234568e\+29 is beyond Number\.MAX_SAFE_INTEGER/
        );
    });

    it("YAML tags, naming their lines", () => {
        const yaml =
            "id: acme-tags\ndescription: !!js/function 'function () { return 1; }'\ndisplayName: !foo Acme\n";
        const result = generate(ws, writeSpec(specDir, "tags.yaml", yaml));
        expectRefused(result, "tags.yaml uses YAML tags");
        expect(output(result)).toMatch(/tags\.yaml:2:14: Unresolved tag/);
        expect(output(result)).toMatch(/tags\.yaml:3:14: Unresolved tag: !foo/);
    });

    it("a billion-laughs spec, naming the file", () => {
        const lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
        "bcdefgh"
            .split("")
            .forEach((name, index) =>
                lines.push(
                    `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[index]}`).join(", ")}]`
                )
            );
        const result = generate(
            ws,
            writeSpec(specDir, "laughs.yaml", `${lines.join("\n")}\nid: acme-laughs\n`)
        );
        expectRefused(result, /The spec file .*laughs\.yaml expands YAML aliases too often/);
    });

    it("a host file that is not UTF-8 is refused untouched, and verify says where without claiming a write", () => {
        const lines = ws.read(REGISTRY).split("\n");
        lines.splice(2, 0, "// Caf\xe9 (saved as Latin-1)");
        const latin1 = Buffer.from(lines.join("\n"), "latin1");
        fs.writeFileSync(ws.path(REGISTRY), latin1);
        ws.git(["commit", "-qam", "a Latin-1 comment"]);
        try {
            const result = generate(
                ws,
                writeSpec(specDir, "latin1.json", validApiKeySpec("acme-latin"))
            );
            expectRefused(result, `${REGISTRY}:3:7: not valid UTF-8 (byte 0xE9)`);
            expect(fs.readFileSync(ws.path(REGISTRY)).equals(latin1)).toBe(true);
            expect(ws.exists("backend/src/integrations/providers/acme-latin")).toBe(false);

            const verify = ws.nx([
                "run",
                "provider-slack:verify-provider",
                "--typecheck=false",
                "--format=json"
            ]);
            expect(verify.code).not.toBe(0);
            expect(jsonDocument(verify.stdout).providers[0].diagnostics).toContainEqual({
                ruleId: "registration/registry-entry",
                severity: "error",
                file: REGISTRY,
                line: 3,
                column: 7,
                message:
                    "Cannot check this registration: not valid UTF-8 (byte 0xE9); re-save the file as UTF-8 so that it can be edited without changing its other bytes."
            });
            expect(verify.stdout).not.toMatch(/nothing was written/i);
        } finally {
            ws.git(["reset", "-q", "--hard", "HEAD~1"]);
        }
    });
});

describe("issue 16: what gets written", () => {
    let ws: TestWorkspace;
    let specDir: string;
    beforeAll(() => {
        ws = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-written-"));
    });
    afterAll(() => {
        ws.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    it("writes no raw control or bidi character from a spec: git still sees text, and the backend compiles", () => {
        const hostile =
            "Zeta\u0000Pay \u001b[31mred\u001b[0m \u202eyaP\u202c \u2066iso\u2069 \u200b";
        const spec = registrationSpec("zeta-hostile");
        spec.displayName = hostile;
        spec.description = hostile;
        spec.operations[0].description = hostile;
        spec.auth.preAuthFields[0].label = hostile;
        const result = generate(ws, writeSpec(specDir, "hostile.json", spec));
        expect({ code: result.code, output: result.code ? output(result) : "" }).toEqual({
            code: 0,
            output: ""
        });
        const changed = changedFiles(ws);
        expect(changed).toEqual(expect.arrayContaining(HOST_FILES));
        const raw = changed.filter((file) => RAW_INVISIBLE.test(ws.read(file)));
        expect(raw).toEqual([]);
        // `git diff --numstat` prints "-\t-" for a file git takes for binary (a NUL does that).
        const numstat = ws
            .git(["diff", "--numstat", "--", ...HOST_FILES])
            .stdout.trim()
            .split("\n");
        expect(numstat.filter((line) => line.startsWith("-"))).toEqual([]);
        expect(ws.read(REGISTRY)).toContain(
            "// Register Zeta\\u0000Pay \\u001b[31mred\\u001b[0m \\u202eyaP\\u202c \\u2066iso\\u2069 \\u200b provider"
        );
        expect(ws.tsc("backend").stdout).toBe("");
        ws.git(["add", "-A"]);
        ws.git(["commit", "-qm", "zeta-hostile"]);
    });

    it("completes a half-registered provider into code that loads, and --check and verify agree", () => {
        const spec = registrationSpec("zeta-pay");
        spec.displayName = "Zeta Pay";
        expect(generate(ws, writeSpec(specDir, "zeta.json", spec)).code).toBe(0);
        ws.git(["add", "-A"]);
        ws.git(["commit", "-qm", "zeta-pay"]);
        // The declaration is deleted, the leftover register call stays; OAUTH_PROVIDERS keys the
        // entry through a const.
        const registry = ws.read(REGISTRY);
        const declaration =
            /\/\/ Register Zeta Pay provider\nconst zetaPayEntry: ProviderRegistryEntry = \{[\s\S]*?\n\};\n\n/;
        expect(registry).toMatch(declaration);
        ws.write(REGISTRY, registry.replace(declaration, ""));
        ws.write(
            OAUTH_REGISTRY,
            ws
                .read(OAUTH_REGISTRY)
                .replace('    "zeta-pay": {', "    [ZETA_PAY]: {")
                .replace(
                    "export const OAUTH_PROVIDERS",
                    'const ZETA_PAY = "zeta-pay";\n\nexport const OAUTH_PROVIDERS'
                )
        );
        ws.git(["commit", "-qam", "half-registered zeta-pay"]);

        const before = ws.nx([
            "g",
            "@flowmaestro/nx:register-provider",
            "zeta-pay",
            "--check",
            "--no-interactive"
        ]);
        expect(before.code).not.toBe(0);
        expect(output(before)).toContain(
            `${REGISTRY}: missing registry entry zetaPayEntry (before its providerRegistry.register call at line`
        );
        expect(output(before)).not.toContain(OAUTH_REGISTRY);
        const verifyBefore = ws.nx([
            "run",
            "provider-zeta-pay:verify-provider",
            "--typecheck=false"
        ]);
        expect(verifyBefore.code).not.toBe(0);
        expect(output(verifyBefore)).toMatch(
            /registry\.ts:\d+:1 +error +registration\/registry-entry +providerRegistry\.register\(zetaPayEntry\) registers a variable that is not declared/
        );
        expect(output(verifyBefore)).not.toMatch(/oauth-registry-entry/);

        const repair = ws.nx([
            "g",
            "@flowmaestro/nx:register-provider",
            "zeta-pay",
            "--no-interactive"
        ]);
        expect({ code: repair.code, output: repair.code ? output(repair) : "" }).toEqual({
            code: 0,
            output: ""
        });
        expect(changedFiles(ws)).toEqual([REGISTRY]);
        const repaired = ws.read(REGISTRY);
        expect(repaired.split("providerRegistry.register(zetaPayEntry);")).toHaveLength(2);
        expect(repaired.indexOf("const zetaPayEntry")).toBeLessThan(
            repaired.indexOf("providerRegistry.register(zetaPayEntry)")
        );
        expect(ws.tsc("backend").stdout).toBe("");
        expect(
            ws.nx([
                "g",
                "@flowmaestro/nx:register-provider",
                "zeta-pay",
                "--check",
                "--no-interactive"
            ]).code
        ).toBe(0);
        expect(ws.nx(["run", "provider-zeta-pay:verify-provider", "--typecheck=false"]).code).toBe(
            0
        );
    });

    it("makes provider folders without a *Provider.ts projects, so verify reports them", () => {
        fs.mkdirSync(ws.path("backend/src/integrations/providers/zeta-empty"));
        ws.write("backend/src/integrations/providers/zeta-index/index.ts", "export {};\n");
        const projects = ws.nx(["show", "projects", "--json"]);
        expect(JSON.parse(projects.stdout)).toEqual(
            expect.arrayContaining(["provider-zeta-empty", "provider-zeta-index"])
        );
        const verify = ws.nx(["run", "provider-zeta-index:verify-provider", "--typecheck=false"]);
        expect(verify.code).not.toBe(0);
        expect(output(verify)).toMatch(
            /error +structure\/single-provider-file +No \*Provider\.ts file in backend\/src\/integrations\/providers\/zeta-index/
        );
    });
});
