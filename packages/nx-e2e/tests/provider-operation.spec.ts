import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_PLUGIN_OPTIONS } from "../../nx/src/config/plugin-options";
import {
    commandOutput as output,
    createTestWorkspace,
    HOST_FILES_LOCK,
    integrationProviderArgs,
    missingTexts,
    operationTraces,
    type TestWorkspace
} from "../src/harness";
import { validApiKeySpec } from "../../nx/src/generators/integration-provider/__fixtures__/valid-specs";

/**
 * Issue 24, item 3: provider-operation edits the provider's files and, for a provider without
 * fixtures.ts, the fixture loader, so it must hold the host-files lock from reading to writing like
 * integration-provider and register-provider; else concurrent runs write over each other's edits.
 */

const PROVIDERS = DEFAULT_PLUGIN_OPTIONS.providersDir;
const FIXTURE_LOADER = DEFAULT_PLUGIN_OPTIONS.fixtureLoaderFile!;

describe("issue 24: provider-operation under concurrent runs", () => {
    let ws: TestWorkspace;
    let specDir: string;
    beforeAll(() => {
        ws = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-concurrent-operations-"));
    });
    afterAll(() => {
        ws.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    /** `integration-provider` for a spec of `id`, with extra flags. */
    function generateArgs(id: string, ...extra: string[]): string[] {
        return integrationProviderArgs(specDir, validApiKeySpec(id), ...extra);
    }

    it("two provider-operation runs and an integration-provider run started together, four rounds, lose nothing", async () => {
        const rounds = 4;
        const lost: string[] = [];
        for (let round = 0; round < rounds; round++) {
            // A provider without fixtures.ts: adding an operation creates it and edits the loader.
            const target = `conc-ops-r${round}`;
            const setup = ws.nx(generateArgs(target, "--skipRegister"));
            expect({ code: setup.code, output: setup.code ? output(setup) : "" }).toEqual({
                code: 0,
                output: ""
            });
            fs.rmSync(ws.path(`${PROVIDERS}/${target}/fixtures.ts`));

            const operations = [`archiveNote${round}`, `restoreNote${round}`];
            const created = `conc-new-r${round}`;
            const results = await Promise.all([
                ...operations.map((operation) =>
                    ws.nxAsync([
                        "g",
                        "@flowmaestro/nx:provider-operation",
                        target,
                        operation,
                        "--method=POST",
                        "--no-interactive"
                    ])
                ),
                ws.nxAsync(generateArgs(created))
            ]);
            results.forEach((result) =>
                expect({ code: result.code, output: result.code ? output(result) : "" }).toEqual({
                    code: 0,
                    output: ""
                })
            );

            const dir = `${PROVIDERS}/${target}`;
            lost.push(
                ...missingTexts(ws, [
                    [FIXTURE_LOADER, `"${target}"`],
                    [FIXTURE_LOADER, `"${created}"`],
                    ...operations.flatMap((operation) => operationTraces(ws, dir, operation))
                ]).map((missing) => `round ${round}: ${missing}`)
            );
        }
        expect(lost).toEqual([]);
        expect(ws.exists(HOST_FILES_LOCK)).toBe(false);
        expect(ws.tsc("backend").stdout).toBe("");
    }, 600_000);
});
