import { parseDocument } from "yaml";
import { stringify } from "yaml";
import { changedFiles, createTestWorkspace, HOST_FILES, type TestWorkspace } from "../src/harness";
import {
    validApiKeySpec,
    validOAuthSpec
} from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

/** The sandbox follows FlowMaestro main: its fixture loader is the sixth host file. */
const FIXTURE_LOADER = HOST_FILES[5];

function expectSuccess(result: { code: number; stdout: string; stderr: string }): string {
    if (result.code !== 0) {
        throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    }
    return result.stdout;
}

/**
 * Characters `git diff` removes, diffing character by character: an edit that only inserts (lines,
 * and the comma after a previous last entry) removes none.
 */
function removedText(ws: TestWorkspace): string[] {
    return ws
        .git(["diff", "-U0", "--word-diff=porcelain", "--word-diff-regex=."])
        .stdout.split("\n")
        .filter((line) => line.startsWith("-") && !line.startsWith("---"));
}

describe("nx g @flowmaestro/nx:register-provider", () => {
    let ws: TestWorkspace;
    beforeAll(() => {
        ws = createTestWorkspace();
        // Two unregistered providers: scaffolded without registration, then committed.
        ws.write("acme.yaml", stringify(validOAuthSpec()));
        ws.write("notes.yaml", stringify(validApiKeySpec()));
        for (const spec of ["acme.yaml", "notes.yaml"]) {
            expectSuccess(
                ws.nx([
                    "g",
                    "@flowmaestro/nx:integration-provider",
                    "--spec",
                    spec,
                    "--skipRegister",
                    "--no-interactive"
                ])
            );
        }
        ws.git(["add", "-A"]);
        ws.git(["commit", "-q", "-m", "unregistered providers"]);
    });
    afterAll(() => ws.cleanup());

    it("--check fails before registration, naming what is missing, and writes nothing", () => {
        const result = ws.nx([
            "g",
            "@flowmaestro/nx:register-provider",
            "acme-chat",
            "--check",
            "--no-interactive"
        ]);
        expect(result.code).not.toBe(0);
        const output = result.stdout + result.stderr;
        expect(output).toContain(`"acme-chat" is missing 8 registrations`);
        expect(output).toContain(
            "infra/pulumi/Pulumi.production.yaml: missing secrets acme-chat-client-id, acme-chat-client-secret"
        );
        expect(output).toContain(`${FIXTURE_LOADER}: missing fixture loader entry "acme-chat"`);
        expect(changedFiles(ws)).toEqual([]);
    });

    it("registers an oauth2 provider with a pre-auth field and an api_key provider by inserting lines only", () => {
        expectSuccess(
            ws.nx([
                "g",
                "@flowmaestro/nx:register-provider",
                "acme-chat",
                "--spec",
                "acme.yaml",
                "--no-interactive"
            ])
        );
        expectSuccess(
            ws.nx([
                "g",
                "@flowmaestro/nx:register-provider",
                "acme-notes",
                "--spec",
                "notes.yaml",
                "--no-interactive"
            ])
        );
        expect(changedFiles(ws).sort()).toEqual([...HOST_FILES].sort());
        expect(removedText(ws)).toEqual([]);
        expect(ws.read("shared/src/providers.ts")).toContain('                name: "subdomain",');
        const secrets = parseDocument(ws.read("infra/pulumi/Pulumi.production.yaml")).getIn([
            "config",
            "flowmaestro-infrastructure:secrets"
        ]) as string;
        expect(
            (JSON.parse(secrets) as Array<{ name: string }>).map((secret) => secret.name)
        ).toContain("acme-chat-client-secret");
        // At the head of the loader's alphabetical list, before "adp".
        expect(ws.read(FIXTURE_LOADER)).toContain(
            'const providers = [\n        "acme-chat",\n        "acme-notes",\n        "adp",'
        );
        expectSuccess(ws.tsc("backend"));
        expectSuccess(ws.tsc("shared"));
    });

    it("changes nothing on a second run, and --check passes", () => {
        ws.git(["add", "-A"]);
        ws.git(["commit", "-q", "-m", "registered"]);
        expectSuccess(
            ws.nx([
                "g",
                "@flowmaestro/nx:register-provider",
                "acme-chat",
                "--spec",
                "acme.yaml",
                "--no-interactive"
            ])
        );
        expectSuccess(
            ws.nx(["g", "@flowmaestro/nx:register-provider", "acme-notes", "--no-interactive"])
        );
        expect(changedFiles(ws)).toEqual([]);
        for (const id of ["acme-chat", "acme-notes"]) {
            const output = expectSuccess(
                ws.nx(["g", "@flowmaestro/nx:register-provider", id, "--check", "--no-interactive"])
            );
            expect(output).toContain(`${id}: all registrations present.`);
        }
    });
});
