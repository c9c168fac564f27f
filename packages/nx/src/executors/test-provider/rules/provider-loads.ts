import type { RuntimeRule } from "../rule";

export const providerLoads: RuntimeRule = {
    id: "runtime/provider-loads",
    severity: "error",
    description:
        "The provider class loads in Node with the host's own loader and can be constructed (nothing else can be tested otherwise); its fixture module loads too.",
    check({ provider, observed }) {
        const findings = [];
        if (observed.loadError !== undefined) {
            findings.push({
                message: `The provider cannot be loaded and constructed in Node: ${observed.loadError}. Fix the error (run the file with the host's tsx to see it) so that the platform can instantiate the provider.`,
                position: provider.providerClass?.className?.position
            });
        }
        if (observed.fixtures?.loadError !== undefined) {
            findings.push({
                message: `The fixture module cannot be loaded: ${observed.fixtures.loadError}. Sandbox connections get no test data until it loads.`,
                file: provider.sources.workspacePath("fixtures.ts"),
                position: { line: 1, column: 1 }
            });
        }
        return findings;
    }
};
