import {
    editFile,
    groupedProvider,
    multiOperationProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder, replace } from "../__fixtures__/sandbox";
import { operationsReachable } from "./operations-reachable";

describe(operationsReachable.id, () => {
    it("follows nested group index files, one and two levels deep", () => {
        expect(check(operationsReachable, "adp")).toEqual([]);
        expect(
            checkFolder(operationsReachable, providerFolder("cloud-ops", groupedProvider()))
        ).toEqual([]);
        expect(
            checkFolder(operationsReachable, providerFolder("help-hub", multiOperationProvider()))
        ).toEqual([]);
    });

    it("warns at the group index that should re-export the file", () => {
        const diagnostics = check(operationsReachable, "adp", {
            files: {
                "operations/payroll/index.ts": replace(/export[^;]*listPayStatements";\n/g, "")
            }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: "backend/src/integrations/providers/adp/operations/payroll/index.ts"
            })
        ]);
        expect(diagnostics[0].message).toContain(
            'add `export * from "./listPayStatements";` to operations/payroll/index.ts'
        );
    });

    it("asks operations/index.ts to re-export a group folder whose own index reaches the file", () => {
        const files = editFile(
            groupedProvider(),
            "operations/index.ts",
            '// Load balancers (1 operation)\nexport * from "./load-balancers";\n',
            ""
        );
        const diagnostics = checkFolder(operationsReachable, providerFolder("cloud-ops", files));
        expect(diagnostics).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/cloud-ops/operations/index.ts",
                line: 2
            })
        ]);
        expect(diagnostics[0].message).toContain(
            'add `export * from "./load-balancers";` to operations/index.ts.'
        );
    });
});
