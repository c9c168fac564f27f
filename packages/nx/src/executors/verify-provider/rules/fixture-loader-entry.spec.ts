import { check, replace, sandboxLine, SANDBOX_PROVIDERS } from "../__fixtures__/sandbox";
import { fixtureLoaderEntry } from "./fixture-loader-entry";

const LOADER = "backend/src/integrations/sandbox/fixtureLoader.ts";
const dropSendgrid = replace(/\n\s*"sendgrid",/, "");

describe(fixtureLoaderEntry.id, () => {
    it("passes for every sandbox provider (each has fixtures.ts and is listed)", () => {
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(fixtureLoaderEntry, id)).toEqual([]);
        }
    });

    it("fails at the loader's provider list for a provider with fixtures.ts that is not listed", () => {
        const diagnostics = check(fixtureLoaderEntry, "sendgrid", {
            hosts: { fixtureLoader: dropSendgrid }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "registration/fixture-loader-entry",
                severity: "error",
                file: LOADER,
                line: sandboxLine(LOADER, "const providers = [", dropSendgrid)
            })
        ]);
        expect(diagnostics[0].message).toContain(
            '"sendgrid" has fixtures.ts but is not in the fixture loader\'s provider list'
        );
        expect(diagnostics[0].message).toContain("nx g @flowmaestro/nx:register-provider sendgrid");
    });

    it("says nothing without fixtures.ts, or where the host has no fixture system", () => {
        expect(
            check(fixtureLoaderEntry, "sendgrid", {
                files: { "fixtures.ts": null },
                hosts: { fixtureLoader: dropSendgrid }
            })
        ).toEqual([]);
        expect(check(fixtureLoaderEntry, "sendgrid", { hosts: { fixtureLoader: null } })).toEqual(
            []
        );
    });

    it("looks for the fixture module where the loader imports it (__tests__/ in February 2026)", () => {
        const era = "tests-fixtures";
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(fixtureLoaderEntry, id, { era })).toEqual([]);
        }
        const diagnostics = check(fixtureLoaderEntry, "sendgrid", {
            era,
            hosts: { fixtureLoader: dropSendgrid }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                file: LOADER,
                line: sandboxLine(LOADER, "const providers = [", dropSendgrid, era),
                message: expect.stringContaining(
                    '"sendgrid" has __tests__/fixtures.ts but is not in the fixture loader\'s provider list'
                )
            })
        ]);
    });
});
