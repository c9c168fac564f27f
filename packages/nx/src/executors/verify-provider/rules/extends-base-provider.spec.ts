import { check, replace, sandboxLine, OPTIONS } from "../__fixtures__/sandbox";
import { extendsBaseProvider } from "./extends-base-provider";

describe(extendsBaseProvider.id, () => {
    it("passes when the class extends BaseProvider", () => {
        expect(check(extendsBaseProvider, "adp")).toEqual([]);
    });

    it("fails when the class extends something else", () => {
        const diagnostics = check(extendsBaseProvider, "adp", {
            files: { "ADPProvider.ts": replace("extends BaseProvider", "extends Object") }
        });
        // At the class name of the declaration.
        const line = sandboxLine(
            `${OPTIONS.providersDir}/adp/ADPProvider.ts`,
            "export class ADPProvider"
        );
        expect(diagnostics).toEqual([
            expect.objectContaining({ severity: "error", line, column: 14 })
        ]);
        expect(diagnostics[0].message).toContain("export class ADPProvider extends BaseProvider");
    });

    it("only warns for an intermediate provider base class", () => {
        expect(
            check(extendsBaseProvider, "adp", {
                files: {
                    "ADPProvider.ts": replace("extends BaseProvider", "extends WorkforceProvider")
                }
            })
        ).toEqual([expect.objectContaining({ severity: "warning" })]);
    });
});
