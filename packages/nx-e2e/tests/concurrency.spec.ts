import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_PLUGIN_OPTIONS } from "../../nx/src/config/plugin-options";
import {
    commandOutput as output,
    type CommandResult,
    createTestWorkspace,
    HOST_FILES,
    HOST_FILES_LOCK,
    integrationProviderArgs,
    missingTexts,
    operationTraces,
    type TestWorkspace
} from "../src/harness";
import { validApiKeySpec, validOAuthSpec } from "../src/specs";

/**
 * Issue 22: every writer of host files holds the host-files lock from reading to writing, so
 * `provider-operation`, `integration-provider` and `nx sync` started together lose nothing: each
 * round's operations are in the provider's files, and every provider has every registration.
 */

const PROVIDERS = DEFAULT_PLUGIN_OPTIONS.providersDir;

function succeeded(result: CommandResult) {
    return { code: result.code, output: result.code ? output(result) : "" };
}

describe("issue 22: provider-operation, integration-provider and nx sync at once", () => {
    let ws: TestWorkspace;
    let specDir: string;
    beforeAll(() => {
        ws = createTestWorkspace();
        specDir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-concurrent-writers-"));
        const nxJson = JSON.parse(ws.read("nx.json"));
        nxJson.sync = { globalGenerators: ["@flowmaestro/nx:sync-registrations"] };
        ws.write("nx.json", JSON.stringify(nxJson, null, 2));
        ws.git(["commit", "-qam", "sync generator"]);
    });
    afterAll(() => {
        ws.cleanup();
        fs.rmSync(specDir, { recursive: true, force: true });
    });

    it("three rounds of all three started together lose no operation and no registration", async () => {
        const providers: string[] = [];
        const lost: string[] = [];
        for (let round = 0; round < 3; round++) {
            // An OAuth provider that is not registered (nx sync adds its five registrations) and
            // has no fixtures.ts (provider-operation creates it and lists it in the fixture loader).
            const target = `conc-sync-r${round}`;
            const setup = ws.nx(
                integrationProviderArgs(
                    specDir,
                    { ...validOAuthSpec(target), displayName: `Conc Sync ${round}` },
                    "--skipRegister"
                )
            );
            expect(succeeded(setup)).toEqual({ code: 0, output: "" });
            fs.rmSync(ws.path(`${PROVIDERS}/${target}/fixtures.ts`));
            // A new provider, registered by integration-provider itself.
            const created = `conc-new-r${round}`;
            const operation = `archiveNote${round}`;

            const results = await Promise.all([
                ws.nxAsync([
                    "g",
                    "@flowmaestro/nx:provider-operation",
                    target,
                    operation,
                    "--method=POST",
                    "--no-interactive"
                ]),
                ws.nxAsync(
                    integrationProviderArgs(specDir, {
                        ...validApiKeySpec(created),
                        displayName: `Conc New ${round}`
                    })
                ),
                ws.nxAsync(["sync"])
            ]);
            results.forEach((result) => expect(succeeded(result)).toEqual({ code: 0, output: "" }));
            providers.push(target, created);

            lost.push(
                ...missingTexts(ws, operationTraces(ws, `${PROVIDERS}/${target}`, operation)).map(
                    (missing) => `round ${round}: ${missing}`
                )
            );
        }
        expect(lost).toEqual([]);
        expect(ws.exists(HOST_FILES_LOCK)).toBe(false);
        // Every provider of every round has every registration, in host files that still parse.
        for (const id of providers) {
            const check = ws.nx([
                "g",
                "@flowmaestro/nx:register-provider",
                id,
                "--check",
                "--no-interactive"
            ]);
            expect({ id, ...succeeded(check) }).toEqual({ id, code: 0, output: "" });
        }
        expect(HOST_FILES.filter((file) => !ws.exists(file))).toEqual([]);
        expect(ws.tsc("backend").stdout).toBe("");
    }, 900_000);
});
