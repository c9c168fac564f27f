import { check, replace, sandboxLine, SANDBOX_PROVIDERS } from "../__fixtures__/sandbox";
import { sharedProviderEntry } from "./shared-provider-entry";

const SHARED = "shared/src/providers.ts";

/** The registry with Workday registered as in the real repository (category "hr"). */
const WITH_WORKDAY = replace(
    "// Register ADP provider\n",
    `// Register Workday provider
const workdayEntry: ProviderRegistryEntry = {
    name: "workday",
    displayName: "Workday",
    authMethod: "oauth2",
    category: "hr",
    loader: async () => {
        const { WorkdayProvider } = await import("./providers/workday/WorkdayProvider");
        return new WorkdayProvider();
    }
};

providerRegistry.register(workdayEntry);
// Register ADP provider
`
);

/** Sets the category of `provider`'s ALL_PROVIDERS element. */
function elementCategory(provider: string, from: string, to: string) {
    return replace(
        new RegExp(`(provider: "${provider}",[^}]*?)category: "${from}"`),
        `$1category: "${to}"`
    );
}

describe(sharedProviderEntry.id, () => {
    it("passes every sandbox provider (adp shows as the host's \"HR\", not the table's name)", () => {
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(sharedProviderEntry, id)).toEqual([]);
        }
    });

    it("accepts an element shown under another existing category, as the real SendGrid", () => {
        // The registry files sendgrid under "communication" (slack shows as "Communication"); the
        // UI shows it with mailchimp under "Marketing": a choice, not drift.
        expect(check(sharedProviderEntry, "sendgrid")).toEqual([]);
        expect(
            check(sharedProviderEntry, "sendgrid", {
                hosts: { sharedProviders: elementCategory("mailchimp", "Marketing", "Email") }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining(
                    'has category "Marketing", which no other provider carries'
                )
            })
        ]);
    });

    it("warns at the element when its category is a group of its own", () => {
        const edit = elementCategory("sendgrid", "Marketing", "Email Marketing");
        expect(
            check(sharedProviderEntry, "sendgrid", { hosts: { sharedProviders: edit } })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: SHARED,
                line: sandboxLine(SHARED, 'provider: "sendgrid"', edit) - 1,
                column: 5,
                message:
                    'ALL_PROVIDERS element "sendgrid" has category "Email Marketing", which no other provider carries, so the UI shows it in a group of its own; the host\'s other "communication" providers show as "Communication": set `category: "Communication"` here (or another existing category).'
            })
        ]);
    });

    it("learns category names from the host, not from the plugin's table", () => {
        // The table calls hr "HR & Payroll"; the host's other HR provider (workday) says "HR".
        expect(check(sharedProviderEntry, "adp", { hosts: { registry: WITH_WORKDAY } })).toEqual(
            []
        );
        const tableName = elementCategory("adp", "HR", "HR & Payroll");
        expect(
            check(sharedProviderEntry, "adp", {
                hosts: { registry: WITH_WORKDAY, sharedProviders: tableName }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                line: sandboxLine(SHARED, 'provider: "adp"', tableName) - 1,
                message: expect.stringContaining(
                    'other "hr" providers show as "HR": set `category: "HR"`'
                )
            })
        ]);
    });

    it("says nothing about the first provider of a category (nothing to learn from)", () => {
        // adp is the sandbox registry's only "hr" provider.
        expect(
            check(sharedProviderEntry, "adp", {
                hosts: { sharedProviders: elementCategory("adp", "HR", "Payroll") }
            })
        ).toEqual([]);
    });

    it("fails when the element misses the auth method", () => {
        const edit = replace(
            /(provider: "sendgrid",[^}]*?)methods: \["api_key"\]/,
            '$1methods: ["oauth2"]'
        );
        expect(
            check(sharedProviderEntry, "sendgrid", { hosts: { sharedProviders: edit } })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                file: SHARED,
                line: sandboxLine(SHARED, 'provider: "sendgrid"', edit) - 1,
                message: expect.stringContaining('has methods ["oauth2"] without "api_key"')
            })
        ]);
    });

    it("fails after the last element of its category when the provider is missing", () => {
        const edit = replace(/\n    \{\n        provider: "sendgrid",[\s\S]*?\n    \},?/, "");
        const diagnostics = check(sharedProviderEntry, "sendgrid", {
            hosts: { sharedProviders: edit }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "error",
                file: SHARED,
                message: expect.stringContaining(
                    '"sendgrid" is not in ALL_PROVIDERS in shared/src/providers.ts, so users cannot connect it'
                )
            })
        ]);
        expect(diagnostics[0].message).toContain('with the "Communication" providers');
        // After the last live "Communication" element (microsoft-teams' closing brace).
        expect(diagnostics[0].line).toBe(sandboxLine(SHARED, "// Marketing & Email", edit) - 2);
    });
});
