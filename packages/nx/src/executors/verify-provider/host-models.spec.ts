import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { OPTIONS, SANDBOX_ROOT, sandboxProvider } from "./__fixtures__/sandbox";
import { loadHostModels } from "./host-models";
import { sliceRegistration } from "./registration-slice";
import { REGISTRATION_RULES } from "./rules";
import { runRules } from "./run-rules";

/**
 * A cross-cutting file the verifier cannot read is reported where its problem is, in the words of
 * a checker (it writes nothing, so it never says "Nothing was written").
 */

const HOST_FILES = [
    OPTIONS.registryFile,
    OPTIONS.oauthRegistryFile,
    OPTIONS.configFile,
    OPTIONS.sharedProvidersFile
];

describe("loadHostModels: files that cannot be checked", () => {
    let root: string;
    beforeAll(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-host-models-"));
        for (const file of HOST_FILES) {
            fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
            fs.copyFileSync(path.join(SANDBOX_ROOT, file), path.join(root, file));
        }
        const edit = (file: string, change: (text: string) => string) =>
            fs.writeFileSync(
                path.join(root, file),
                change(fs.readFileSync(path.join(root, file), "latin1")),
                "latin1"
            );
        // Not UTF-8: a Latin-1 é on line 2.
        edit(OPTIONS.registryFile, (text) => text.replace("\n", "\n// caf\xe9\n"));
        // An unresolved merge conflict on line 4.
        edit(OPTIONS.configFile, (text) => {
            const lines = text.split("\n");
            lines.splice(3, 0, "<<<<<<< HEAD");
            return lines.join("\n");
        });
        // OAUTH_PROVIDERS built by a call instead of an object literal.
        edit(OPTIONS.oauthRegistryFile, (text) =>
            text.replace(/(OAUTH_PROVIDERS[^=]*= )\{[\s\S]*?\n\};/, "$1buildProviders();")
        );
        // The Pulumi file is not there at all.
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("reports each at the problem's line and column, without claiming anything was written", () => {
        const provider = sandboxProvider("adp");
        const registration = sliceRegistration(
            "adp",
            provider.providerClass,
            loadHostModels(root, OPTIONS)
        );
        const diagnostics = runRules(REGISTRATION_RULES, { provider, registration });
        const where = (ruleId: string) => {
            const diagnostic = diagnostics.find((candidate) => candidate.ruleId === ruleId)!;
            return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`;
        };
        expect(where("registration/registry-entry")).toBe(
            `${OPTIONS.registryFile}:2:7 Cannot check this registration: not valid UTF-8 (byte 0xE9); re-save the file as UTF-8 so that it can be edited without changing its other bytes.`
        );
        expect(where("registration/oauth-config")).toBe(
            `${OPTIONS.configFile}:4:1 Cannot check this registration: unresolved merge-conflict marker "<<<<<<<"; resolve the conflict first.`
        );
        expect(where("registration/oauth-registry-entry")).toMatch(
            new RegExp(
                `^${OPTIONS.oauthRegistryFile}:\\d+:\\d+ Cannot check this registration: not in the expected shape: expected \`export const OAUTH_PROVIDERS`
            )
        );
        expect(where("registration/oauth-registry-entry")).not.toMatch(/:1:1 /);
        expect(where("registration/pulumi-secrets")).toBe(
            `${OPTIONS.pulumiFile}:1:1 Cannot check this registration: the file does not exist (set its path in the @flowmaestro/nx plugin options in nx.json if it lives elsewhere).`
        );
        expect(diagnostics.map((diagnostic) => diagnostic.message).join("\n")).not.toMatch(
            /nothing was written/i
        );
    });
});
