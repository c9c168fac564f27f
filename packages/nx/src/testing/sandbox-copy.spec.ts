import * as fs from "fs";
import * as path from "path";
import { copySandbox, lintSandboxFiles, SANDBOX_NAMES, typeCheckSandbox } from "./sandbox-copy";
import type { SandboxName } from "./sandbox-copy";

const PROVIDERS = "backend/src/integrations/providers";

// Every model era (`npm run check:models` runs this spec alone).
describe.each<SandboxName>(SANDBOX_NAMES)("the %s sandbox copy", (which) => {
    let root: string;

    beforeAll(() => {
        root = copySandbox("fm-sandbox-copy-", which);
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it.each(["backend", "shared"])("type-checks %s strictly", (project) => {
        expect(typeCheckSandbox(root, project)).toEqual([]);
    });

    it("passes the host's ESLint config, and the helper reports what breaks it", async () => {
        expect(await lintSandboxFiles(root, ["backend/src", "shared/src"])).toEqual([]);

        const file = `${PROVIDERS}/slack/operations/sendMessage.ts`;
        const text = fs.readFileSync(path.join(root, file), "utf8");
        // Type imports before value imports break the host's import/order; a console call is banned.
        const [first, second] = text.split("\n");
        fs.writeFileSync(
            path.join(root, file),
            [second, first, ...text.split("\n").slice(2)].join("\n") + 'console.log("x");\n'
        );
        expect(await lintSandboxFiles(root, [file])).toEqual([
            expect.stringMatching(/sendMessage\.ts:\d+:\d+ {2}import\/order {2}/),
            expect.stringMatching(/sendMessage\.ts:\d+:\d+ {2}no-console {2}/)
        ]);
    });
});
