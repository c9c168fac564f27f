import { check, replace, sandboxLine, SANDBOX_PROVIDERS, OPTIONS } from "../__fixtures__/sandbox";
import { fixturesCoverOperations } from "./fixtures-cover-operations";

const FIXTURES = `${OPTIONS.providersDir}/sendgrid/fixtures.ts`;

describe(fixturesCoverOperations.id, () => {
    it("passes for every sandbox provider (a fixture per registered operation)", () => {
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(fixturesCoverOperations, id)).toEqual([]);
        }
    });

    it("reads operation ids held in string constants of fixtures.ts", () => {
        const edit = (text: string) =>
            `const TEMPLATES_OPERATION = "getTemplates";\n${replace(
                'operationId: "getTemplates"',
                "operationId: TEMPLATES_OPERATION"
            )(text)}`;
        expect(
            check(fixturesCoverOperations, "sendgrid", { files: { "fixtures.ts": edit } })
        ).toEqual([]);
    });

    it("warns at fixtures.ts, naming each registered operation without a fixture", () => {
        const edit = replace('operationId: "getTemplates"', 'operationId: "getTemplatesV1"');
        const diagnostics = check(fixturesCoverOperations, "sendgrid", {
            files: { "fixtures.ts": edit }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "structure/fixtures-cover-operations",
                severity: "warning",
                file: FIXTURES,
                line: sandboxLine(FIXTURES, "const sampleContacts", edit)
            })
        ]);
        expect(diagnostics[0].message).toContain(
            '1 registered operation has no fixture, so sandbox connections return nothing for it: getTemplates. Add a TestFixture with operationId "getTemplates".'
        );
    });

    it("warns at the provider class when there is no fixtures.ts; nothing where the host has no fixture system", () => {
        const diagnostics = check(fixturesCoverOperations, "sendgrid", {
            files: { "fixtures.ts": null }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: `${OPTIONS.providersDir}/sendgrid/SendGridProvider.ts`,
                message: expect.stringContaining(
                    "No fixtures.ts: sandbox connections of this provider have no test data"
                )
            })
        ]);
        expect(
            check(fixturesCoverOperations, "sendgrid", {
                files: { "fixtures.ts": null },
                hosts: { fixtureLoader: null }
            })
        ).toEqual([]);
    });

    it("reads the fixture module where the loader imports it (__tests__/ in February 2026)", () => {
        const era = "tests-fixtures";
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(fixturesCoverOperations, id, { era })).toEqual([]);
        }
        const edit = replace('operationId: "getTemplates"', 'operationId: "getTemplatesV1"');
        const moved = `${OPTIONS.providersDir}/sendgrid/__tests__/fixtures.ts`;
        expect(
            check(fixturesCoverOperations, "sendgrid", {
                era,
                files: { "__tests__/fixtures.ts": edit }
            })
        ).toEqual([
            expect.objectContaining({
                file: moved,
                line: sandboxLine(moved, "const sampleContacts", edit, era),
                message: expect.stringContaining(
                    "no fixture, so sandbox connections return nothing"
                )
            })
        ]);
        expect(
            check(fixturesCoverOperations, "sendgrid", {
                era,
                files: { "__tests__/fixtures.ts": null }
            })
        ).toEqual([
            expect.objectContaining({
                message: expect.stringContaining(
                    `No __tests__/fixtures.ts: sandbox connections of this provider have no test data. Add ${OPTIONS.providersDir}/sendgrid/__tests__/fixtures.ts`
                )
            })
        ]);
    });
});
