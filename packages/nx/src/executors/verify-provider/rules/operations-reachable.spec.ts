import { check, replace } from "../__fixtures__/sandbox";
import { operationsReachable } from "./operations-reachable";

describe(operationsReachable.id, () => {
    it("follows nested group index files", () => {
        expect(check(operationsReachable, "adp")).toEqual([]);
    });

    it("fails on an operation file no index re-exports", () => {
        const diagnostics = check(operationsReachable, "adp", {
            files: {
                "operations/payroll/index.ts": replace(/export[^;]*listPayStatements";\n/g, "")
            }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/adp/operations/payroll/listPayStatements.ts"
            })
        ]);
        expect(diagnostics[0].message).toContain(
            'add `export * from "./listPayStatements";` to operations/payroll/index.ts'
        );
    });
});
