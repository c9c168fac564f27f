import { stringify } from "yaml";
import { changedFiles, createTestWorkspace, type TestWorkspace } from "../src/harness";
import { DESIGN_EXAMPLE_YAML } from "../../nx/src/model/__fixtures__/design-example";
import { validOAuthSpec } from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

const PROVIDERS = "backend/src/integrations/providers";

/** Fails with the command's output, which is what one needs to see when the CLI misbehaves. */
function expectSuccess(result: { code: number; stdout: string; stderr: string }): void {
    if (result.code !== 0) {
        throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    }
}

/** verify-provider through the CLI reports nothing for the provider; the backend type-checks. */
function expectVerifiedClean(ws: TestWorkspace, id: string): void {
    const verified = ws.nx([
        "run",
        `provider-${id}:verify-provider`,
        "--skip-nx-cache",
        "--output-style=static"
    ]);
    expectSuccess(verified);
    expect(verified.stdout).toContain(`provider ${id}: 0 errors, 0 warnings`);
    expectSuccess(ws.tsc("backend"));
}

describe("nx g @flowmaestro/nx:integration-provider", () => {
    let ws: TestWorkspace;
    beforeEach(() => {
        ws = createTestWorkspace();
    });
    afterEach(() => ws.cleanup());

    it("scaffolds and registers a provider from a spec file; the sandbox still type-checks", () => {
        ws.write("acme.yaml", stringify(validOAuthSpec()));
        expectSuccess(
            ws.nx([
                "g",
                "@flowmaestro/nx:integration-provider",
                "--spec",
                "acme.yaml",
                "--no-interactive"
            ])
        );

        expect(ws.exists(`${PROVIDERS}/acme-chat/AcmeChatProvider.ts`)).toBe(true);
        expect(ws.exists(`${PROVIDERS}/acme-chat/operations/sendMessage.ts`)).toBe(true);
        expect(ws.read("backend/src/integrations/registry.ts")).toContain("acmeChatEntry");
        expect(ws.read("backend/src/core/config/index.ts")).toContain("ACME_CHAT_CLIENT_ID");
        expectSuccess(ws.tsc("backend"));
    });

    it("takes the contract's example spec as written: generates, verifies clean, type-checks", () => {
        ws.write("acme.yaml", DESIGN_EXAMPLE_YAML);
        const generated = ws.nx([
            "g",
            "@flowmaestro/nx:integration-provider",
            "--spec",
            "acme.yaml",
            "--no-interactive"
        ]);
        expectSuccess(generated);
        // Its timestamp settings sit on an HMAC signature: ignored, and said so.
        expect(generated.stdout + generated.stderr).toContain(
            "webhooks.timestampMaxAge is ignored: only signatureType timestamp_signature uses it"
        );
        expectVerifiedClean(ws, "acme-chat");
    });

    it("scaffolds from flags alone", () => {
        expectSuccess(
            ws.nx([
                "g",
                "@flowmaestro/nx:integration-provider",
                "bill-com",
                "--displayName=Bill.com",
                "--baseUrl=https://api.bill.example/v3",
                "--headerName=X-Api-Key",
                "--headerTemplate={{api_key}}",
                "--operations=listBills,createBill:write",
                "--signatureType=hmac_sha256",
                "--signatureHeader=X-Bill-Signature",
                "--triggers=bill_paid",
                "--no-interactive"
            ])
        );
        const provider = ws.read(`${PROVIDERS}/bill-com/BillComProvider.ts`);
        expect(provider).toContain('readonly displayName = "Bill.com";');
        expect(provider).toContain('readonly authMethod = "api_key" as const;');
        expect(provider).toContain('id: "bill_paid"');
        expect(ws.exists(`${PROVIDERS}/bill-com/operations/createBill.ts`)).toBe(true);
        expectSuccess(ws.tsc("backend"));
    });

    it("writes nothing with --dry-run", () => {
        ws.write("acme.yaml", stringify(validOAuthSpec()));
        ws.git(["add", "acme.yaml"]);
        ws.git(["commit", "-q", "-m", "spec"]);
        const result = ws.nx([
            "g",
            "@flowmaestro/nx:integration-provider",
            "--spec",
            "acme.yaml",
            "--dry-run",
            "--no-interactive"
        ]);
        expectSuccess(result);
        expect(result.stdout).toContain(`CREATE ${PROVIDERS}/acme-chat/AcmeChatProvider.ts`);
        expect(changedFiles(ws)).toEqual([]);
    });

    it("refuses a bad spec with the field path and writes nothing", () => {
        const spec = validOAuthSpec();
        spec.operations[0].parameters[0].type = "date";
        ws.write("acme.yaml", stringify(spec));
        ws.git(["add", "acme.yaml"]);
        ws.git(["commit", "-q", "-m", "spec"]);
        const result = ws.nx([
            "g",
            "@flowmaestro/nx:integration-provider",
            "--spec",
            "acme.yaml",
            "--no-interactive"
        ]);
        expect(result.code).not.toBe(0);
        expect(result.stdout + result.stderr).toMatch(
            /acme\.yaml:\d+: operations\[0\]\.parameters\[0\]\.type/
        );
        expect(changedFiles(ws)).toEqual([]);
    });
});

describe("on FlowMaestro main of February 2026 (fixture modules under each provider's __tests__/)", () => {
    let ws: TestWorkspace;
    beforeAll(() => {
        ws = createTestWorkspace({ sandbox: "tests-fixtures" });
    });
    afterAll(() => ws.cleanup());

    it("generates, registers and verifies a provider whose fixtures live where the loader imports them", () => {
        ws.write("acme.yaml", DESIGN_EXAMPLE_YAML);
        expectSuccess(
            ws.nx([
                "g",
                "@flowmaestro/nx:integration-provider",
                "--spec",
                "acme.yaml",
                "--skipRegister",
                "--no-interactive"
            ])
        );
        expect(ws.exists(`${PROVIDERS}/acme-chat/__tests__/fixtures.ts`)).toBe(true);
        expect(ws.exists(`${PROVIDERS}/acme-chat/fixtures.ts`)).toBe(false);
        const loader = "backend/src/integrations/sandbox/fixtureLoader.ts";
        expect(ws.read(loader)).not.toContain('"acme-chat"');
        expectSuccess(ws.nx(["g", "@flowmaestro/nx:register-provider", "acme-chat"]));
        expect(ws.read(loader)).toContain('"acme-chat"');
        expectVerifiedClean(ws, "acme-chat");
    });
});
