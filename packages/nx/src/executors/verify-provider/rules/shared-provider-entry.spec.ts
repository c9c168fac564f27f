import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { sharedProviderEntry } from "./shared-provider-entry";

const SHARED = "shared/src/providers.ts";

describe(sharedProviderEntry.id, () => {
    it("passes when the element carries the host's name for its registry category", () => {
        for (const id of ["slack", "sendgrid", "adp", "google-sheets"]) {
            expect(check(sharedProviderEntry, id)).toEqual([]);
        }
    });

    it("learns category names from the host, not from the plugin's table", () => {
        // The table calls hr "HR & Payroll"; a host whose HR providers say "HR" is right.
        expect(
            check(sharedProviderEntry, "adp", {
                hosts: {
                    sharedProviders: replace(
                        'category: "HR & Payroll",\n        methods: ["oauth2"]',
                        'category: "HR",\n        methods: ["oauth2"]'
                    )
                }
            })
        ).toEqual([]);
    });

    it("warns when the element's category differs from its registry category's providers", () => {
        // slack and sendgrid both "communication" in the registry; slack (first) says "Communication".
        const registry = replace('category: "marketing"', 'category: "communication"');
        expect(check(sharedProviderEntry, "sendgrid", { hosts: { registry } })).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: SHARED,
                line: sandboxLine(SHARED, 'provider: "sendgrid"') - 1,
                message: expect.stringContaining(
                    'has category "Marketing", but the registry files it under "communication", which the host\'s other "communication" providers show as "Communication"'
                )
            })
        ]);
    });

    it("fails when the element misses the auth method", () => {
        expect(
            check(sharedProviderEntry, "sendgrid", {
                hosts: {
                    sharedProviders: replace(
                        'methods: ["api_key"],\n        apiKeySettings',
                        'methods: ["oauth2"],\n        apiKeySettings'
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining('without "api_key"')
            })
        ]);
    });

    it("fails after the last element of its category when the provider is missing", () => {
        const edit = replace(/\n    \{\n        provider: "sendgrid",[\s\S]*?\n    \},/, "");
        const diagnostics = check(sharedProviderEntry, "sendgrid", {
            hosts: { sharedProviders: edit }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "error",
                file: SHARED,
                message: expect.stringContaining('"sendgrid" is not in ALL_PROVIDERS')
            })
        ]);
        // After the last live "Marketing" element (mailchimp's closing brace).
        expect(diagnostics[0].line).toBe(
            sandboxLine(SHARED, 'methods: ["api_key", "oauth2"]', edit) + 1
        );
    });
});
