import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { INTEGRATION_SPECS } = require("../../jest.layers") as { INTEGRATION_SPECS: string[] };

const PLUGIN_ROOT = path.resolve(__dirname, "../..");

/**
 * Helpers that start tsc, ESLint or Prettier, or run verify-provider whole (its type check
 * included), on the model: a spec that calls one belongs to the integration layer (jest.layers.js).
 */
const HEAVY_HELPERS =
    /\b(typeCheckSandbox|lintSandboxFiles|formatSandboxFiles|expectPrettierStable|formatLikeHost|verifyProviders)\b/;

function specs(folder: string): string[] {
    return fs
        .readdirSync(path.join(PLUGIN_ROOT, folder), { withFileTypes: true })
        .flatMap((entry) => {
            const relative = `${folder}/${entry.name}`;
            if (entry.isDirectory()) return specs(relative);
            return entry.name.endsWith(".spec.ts") ? [relative] : [];
        });
}

describe("test layers", () => {
    it("names only specs that exist in the integration layer", () => {
        const all = new Set(specs("src"));
        expect(INTEGRATION_SPECS.filter((spec) => !all.has(spec))).toEqual([]);
    });

    it("keeps every spec that type-checks, lints or formats with the real tools out of the unit layer", () => {
        // This spec names the helpers without calling them.
        const integration = new Set([...INTEGRATION_SPECS, "src/testing/test-layers.spec.ts"]);
        const heavyUnitSpecs = specs("src").filter(
            (spec) =>
                !integration.has(spec) &&
                HEAVY_HELPERS.test(fs.readFileSync(path.join(PLUGIN_ROOT, spec), "utf8"))
        );
        expect(heavyUnitSpecs).toEqual([]);
    });
});
