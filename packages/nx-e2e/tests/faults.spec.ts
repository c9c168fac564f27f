import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    changedFiles,
    createTestWorkspace,
    immutableSupported,
    type TestWorkspace
} from "../src/harness";
import { validOAuthSpec } from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

/**
 * Issue 7's fault tests that need a real file system and the real `nx` CLI: a host file that cannot
 * be written, and CRLF host files. (Misshapen host files are in refusals.spec.ts; staging and write
 * order are unit-tested in packages/nx/src/generators/register-provider/staging.spec.ts.)
 */

const HOST_FILES = [
    "backend/src/integrations/registry.ts",
    "backend/src/services/oauth/OAuthProviderRegistry.ts",
    "backend/src/core/config/index.ts",
    "shared/src/providers.ts",
    "infra/pulumi/Pulumi.production.yaml"
];

function generate(ws: TestWorkspace, specFile: string) {
    return ws.nx([
        "g",
        "@flowmaestro/nx:integration-provider",
        "--spec",
        specFile,
        "--no-interactive"
    ]);
}

describe("faults", () => {
    let ws: TestWorkspace;
    let specDir: string;
    beforeAll(() => {
        ws = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-faults-"));
    });
    afterAll(() => {
        ws.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    const chattr = immutableSupported() ? it : it.skip;

    chattr(
        "a host file that cannot be written is refused up front: nothing at all is written",
        () => {
            // shared/src/providers.ts is the 4th host file the registrar edits: without a check
            // before the run ends, Nx's flush would write the provider folder and the first three
            // host files, then fail on this one.
            const target = ws.path("shared/src/providers.ts");
            const specFile = path.join(specDir, "locked.json");
            fs.writeFileSync(specFile, JSON.stringify(validOAuthSpec("acme-locked")));
            expect(spawnSync("chattr", ["+i", target]).status).toBe(0);
            let result;
            try {
                result = generate(ws, specFile);
            } finally {
                spawnSync("chattr", ["-i", target]);
            }
            const output = result.stdout + result.stderr;
            expect(result.code).not.toBe(0);
            expect(output).toContain("shared/src/providers.ts");
            expect(output).toMatch(/cannot be written/);
            expect(output).toMatch(/nothing was written/i);
            expect(changedFiles(ws)).toEqual([]);
            expect(ws.exists("backend/src/integrations/providers/acme-locked")).toBe(false);
        }
    );

    chattr("a providers folder that cannot be written to is refused up front", () => {
        const providers = ws.path("backend/src/integrations/providers");
        const specFile = path.join(specDir, "locked-dir.json");
        fs.writeFileSync(specFile, JSON.stringify(validOAuthSpec("acme-locked-dir")));
        expect(spawnSync("chattr", ["+i", providers]).status).toBe(0);
        let result;
        try {
            result = generate(ws, specFile);
        } finally {
            spawnSync("chattr", ["-i", providers]);
        }
        const output = result.stdout + result.stderr;
        expect(result.code).not.toBe(0);
        expect(output).toContain("backend/src/integrations/providers");
        expect(output).toMatch(/cannot be written/);
        expect(changedFiles(ws)).toEqual([]);
    });

    it("edits CRLF host files keeping CRLF on every line", () => {
        for (const file of HOST_FILES) {
            ws.write(file, ws.read(file).replace(/\r?\n/g, "\r\n"));
        }
        ws.git(["commit", "-qam", "CRLF host files"]);
        try {
            const specFile = path.join(specDir, "crlf.json");
            fs.writeFileSync(specFile, JSON.stringify(validOAuthSpec("acme-crlf")));
            const result = generate(ws, specFile);
            expect(result.stdout + result.stderr).not.toMatch(/error/i);
            expect(result.code).toBe(0);
            for (const file of HOST_FILES) {
                const text = ws.read(file);
                expect({ file, registered: text.includes("acme-crlf") }).toEqual({
                    file,
                    registered: true
                });
                const bareLf = text.split("\r\n").filter((line) => line.includes("\n"));
                expect({ file, bareLf }).toEqual({ file, bareLf: [] });
            }
            // The edits only inserted (lines, and a comma after a previous last entry): a
            // character-level diff removes nothing, not even a \r.
            const removed = ws
                .git([
                    "diff",
                    "-U0",
                    "--word-diff=porcelain",
                    "--word-diff-regex=.",
                    "--",
                    ...HOST_FILES
                ])
                .stdout.split("\n")
                .filter((line) => line.startsWith("-") && !line.startsWith("---"));
            expect(removed).toEqual([]);
        } finally {
            ws.git(["reset", "-q", "--hard", "HEAD~1"]);
            ws.git(["clean", "-qfd"]);
        }
    });
});
