import { checkRuntime, providerFile } from "../__fixtures__/runtime";
import { providerLoads } from "./provider-loads";

describe(providerLoads.id, () => {
    it("passes a provider that loaded", () => {
        expect(checkRuntime(providerLoads, "sendgrid", {})).toEqual([]);
    });

    it("reports a provider that cannot be loaded at its class, and a fixture module that cannot be loaded", () => {
        const diagnostics = checkRuntime(providerLoads, "sendgrid", {
            loadError: "Error: Cannot find module './client/SendGridClient'",
            fixtures: { loadError: "SyntaxError: Unexpected token", cases: [] }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "error",
                file: providerFile("sendgrid", "SendGridProvider.ts"),
                message: expect.stringContaining("Cannot find module './client/SendGridClient'")
            }),
            expect.objectContaining({
                file: providerFile("sendgrid", "fixtures.ts"),
                message: expect.stringContaining("SyntaxError: Unexpected token")
            })
        ]);
        expect(diagnostics[0].line).toBeGreaterThan(1);
    });
});
