import { check, replace } from "../__fixtures__/sandbox";
import { nameMatchesFolder } from "./name-matches-folder";

describe(nameMatchesFolder.id, () => {
    it("passes when name is the folder id", () => {
        expect(check(nameMatchesFolder, "google-sheets")).toEqual([]);
    });

    it("fails when name differs from the folder", () => {
        const diagnostics = check(nameMatchesFolder, "google-sheets", {
            files: {
                "GoogleSheetsProvider.ts": replace(
                    'name = "google-sheets"',
                    'name = "googlesheets"'
                )
            }
        });
        expect(diagnostics).toEqual([expect.objectContaining({ severity: "error" })]);
        expect(diagnostics[0].message).toContain('set `name = "google-sheets"`');
    });
});
