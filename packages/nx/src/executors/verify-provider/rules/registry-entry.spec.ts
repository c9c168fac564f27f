import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { registryEntry } from "./registry-entry";

const REGISTRY = "backend/src/integrations/registry.ts";

describe(registryEntry.id, () => {
    it("passes for every sandbox provider, including a wrapped loader import", () => {
        for (const id of ["slack", "sendgrid", "adp", "google-sheets"]) {
            expect(check(registryEntry, id)).toEqual([]);
        }
    });

    it("fails where the entry would go when the provider is not registered at all", () => {
        const diagnostics = check(registryEntry, "adp", {
            hosts: { registry: replace('name: "adp"', 'name: "adp-workforce"') }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "registration/registry-entry",
                severity: "error",
                file: REGISTRY,
                line: sandboxLine(REGISTRY, "// Export for use in application"),
                column: 1
            })
        ]);
        expect(diagnostics[0].message).toContain("nx g @flowmaestro/nx:register-provider adp");
    });

    it("fails on another auth method, warns on another display name", () => {
        expect(
            check(registryEntry, "sendgrid", {
                hosts: {
                    registry: (text) =>
                        replace(
                            'displayName: "SendGrid",\n    authMethod: "api_key"',
                            'displayName: "Sendgrid",\n    authMethod: "oauth2"'
                        )(text)
                }
            }).map((d) => [d.severity, d.message])
        ).toEqual([
            ["error", expect.stringContaining('set `authMethod: "api_key"`')],
            ["warning", expect.stringContaining('set `displayName: "SendGrid"`')]
        ]);
    });

    it("fails when the entry is never registered", () => {
        expect(
            check(registryEntry, "slack", {
                hosts: { registry: replace("providerRegistry.register(slackEntry);", "") }
            })
        ).toEqual([
            expect.objectContaining({ message: expect.stringContaining("never registered") })
        ]);
    });

    const SLACK_DECLARATION =
        /\/\/ Register Slack provider\nconst slackEntry: ProviderRegistryEntry = \{[\s\S]*?\n\};\n\n/;

    const REGISTER_SLACK = "providerRegistry.register(slackEntry)";

    it("points at a leftover register call whose declaration is gone, as register-provider sees it", () => {
        const leftover = replace(SLACK_DECLARATION, "");
        expect(check(registryEntry, "slack", { hosts: { registry: leftover } })).toEqual([
            expect.objectContaining({
                file: REGISTRY,
                line: sandboxLine(REGISTRY, REGISTER_SLACK, leftover),
                column: 1,
                message: expect.stringContaining(
                    "providerRegistry.register(slackEntry) registers a variable that is not declared"
                )
            })
        ]);
    });

    it("points at a register call that runs before the declaration", () => {
        const early = (text: string) =>
            text
                .replace(SLACK_DECLARATION, "")
                .replace(
                    "// Export for use in application",
                    `${text.match(SLACK_DECLARATION)![0]}// Export for use in application`
                );
        expect(check(registryEntry, "slack", { hosts: { registry: early } })).toEqual([
            expect.objectContaining({
                line: sandboxLine(REGISTRY, REGISTER_SLACK, early),
                message: expect.stringMatching(
                    /^providerRegistry\.register\(slackEntry\) runs before `const slackEntry` is declared at line \d+ \(a ReferenceError/
                )
            })
        ]);
    });
});
