import { acmeChat, googleDocs, pagerLy } from "./__fixtures__/registrations";
import { REGISTRY_TS } from "./__fixtures__/host-sources";
import {
    crlf,
    expectPrettierStable,
    expectValidTypeScript,
    insertAfter
} from "./__fixtures__/assertions";
import { editRegistryFile, parseRegistryFile, planRegistryFile } from "./registry-file";
import type { RegistrationModel } from "../model/registration";

const BEFORE_EXPORT = "providerRegistry.register(googleSheetsEntry);\n\n";

/** A registry in the older layout only: entries back to back, one block of register calls. */
const OLDER_LAYOUT = `import { providerRegistry } from "./core/ProviderRegistry";
import type { ProviderRegistryEntry } from "./core/types";

// Register Slack provider
const slackEntry: ProviderRegistryEntry = {
    name: "slack",
    displayName: "Slack",
    authMethod: "oauth2",
    category: "communication",
    loader: async () => {
        const { SlackProvider } = await import("./providers/slack/SlackProvider");
        return new SlackProvider();
    }
};

providerRegistry.register(slackEntry);

// Export for use in application
export { providerRegistry };
`;

function withLongId(base: RegistrationModel, id: string, className: string): RegistrationModel {
    return {
        ...base,
        id,
        providerClass: className,
        camel: id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    };
}

describe("parseRegistryFile", () => {
    it("reads entries of both layouts, their loader imports and register calls", () => {
        const model = parseRegistryFile(REGISTRY_TS, "registry.ts");
        expect(
            model.entries.map((entry) => [
                entry.variable,
                entry.name,
                entry.authMethod,
                entry.category,
                entry.registered
            ])
        ).toEqual([
            ["slackEntry", "slack", "oauth2", "communication", true],
            ["sendgridEntry", "sendgrid", "api_key", "marketing", true],
            ["googleSheetsEntry", "google-sheets", "oauth2", "productivity", true]
        ]);
        expect(model.entries[2]).toMatchObject({
            displayName: "Google Sheets",
            loaderImport: "./providers/google-sheets/GoogleSheetsProvider",
            position: { line: 32, column: 1 }
        });
    });

    it("refuses a file that is not the provider registry", () => {
        expect(() => parseRegistryFile("export const x = 1;\n", "src/registry.ts")).toThrow(
            /src\/registry\.ts: not in the expected shape: expected the provider registry file/
        );
    });
});

describe("editRegistryFile", () => {
    it("adds the entry and its register call before the trailing export, in the newer layout", () => {
        expect(editRegistryFile(REGISTRY_TS, acmeChat)).toBe(
            insertAfter(
                REGISTRY_TS,
                BEFORE_EXPORT,
                `// Register Acme Chat provider
const acmeChatEntry: ProviderRegistryEntry = {
    name: "acme-chat",
    displayName: "Acme Chat",
    authMethod: "oauth2",
    category: "communication",
    loader: async () => {
        const { AcmeChatProvider } = await import("./providers/acme-chat/AcmeChatProvider");
        return new AcmeChatProvider();
    }
};

providerRegistry.register(acmeChatEntry);

`
            )
        );
    });

    it("wraps a long import the way the file's wrapped entries are wrapped (inside import()) ", () => {
        const long = withLongId(acmeChat, "acme-enterprise-chat", "AcmeEnterpriseChatProvider");
        const edited = editRegistryFile(REGISTRY_TS, long);
        expect(edited).toContain(`    loader: async () => {
        const { AcmeEnterpriseChatProvider } = await import(
            "./providers/acme-enterprise-chat/AcmeEnterpriseChatProvider"
        );
        return new AcmeEnterpriseChatProvider();
    }`);
    });

    it("wraps after `=` when the file's wrapped entries do (newer Prettier)", () => {
        const newer = REGISTRY_TS.replace(
            `const { GoogleSheetsProvider } = await import(
            "./providers/google-sheets/GoogleSheetsProvider"
        );`,
            `const { GoogleSheetsProvider } =
            await import("./providers/google-sheets/GoogleSheetsProvider");`
        );
        const long = withLongId(acmeChat, "acme-enterprise-chat", "AcmeEnterpriseChatProvider");
        expect(editRegistryFile(newer, long))
            .toContain(`        const { AcmeEnterpriseChatProvider } =
            await import("./providers/acme-enterprise-chat/AcmeEnterpriseChatProvider");`);
    });

    it("keeps an import of exactly 100 characters on one line and wraps at 101", () => {
        // 8 spaces + `const { X } = await import("./providers/<id>/X");` = 51 + 2 * |X| + |id|
        const exact = withLongId(acmeChat, "google-docs-x", "GoogleDocsProvider");
        const line = (registration: RegistrationModel) =>
            editRegistryFile(REGISTRY_TS, registration)
                .split("\n")
                .find((text) => text.includes(`const { ${registration.providerClass} }`))!;
        expect(line(exact)).toHaveLength(100);
        const over = withLongId(acmeChat, "google-docs-xy", "GoogleDocsProvider");
        expect(line(over)).toBe(`        const { GoogleDocsProvider } = await import(`);
    });

    it("produces exactly what Prettier prints, for short, boundary and wrapped imports", () => {
        const registrations = [
            acmeChat,
            googleDocs,
            pagerLy,
            withLongId(acmeChat, "google-docs-x", "GoogleDocsProvider"),
            withLongId(acmeChat, "google-docs-xy", "GoogleDocsProvider"),
            withLongId(acmeChat, "acme-enterprise-chat", "AcmeEnterpriseChatProvider"),
            { ...acmeChat, displayName: 'Acme "Chat" \\ `${x}` */ Ω 🚀\nnext line' }
        ];
        const outputs = [
            ...registrations.map((registration) => editRegistryFile(OLDER_LAYOUT, registration)),
            ...registrations.map((registration) => editRegistryFile(REGISTRY_TS, registration))
        ];
        outputs.forEach(expectValidTypeScript);
        expectPrettierStable(outputs);
    });

    it("works on the older layout, appending in the newer one", () => {
        expect(editRegistryFile(OLDER_LAYOUT, pagerLy)).toBe(
            insertAfter(
                OLDER_LAYOUT,
                "providerRegistry.register(slackEntry);\n\n",
                `// Register Pagerly provider
const pagerlyEntry: ProviderRegistryEntry = {
    name: "pagerly",
    displayName: "Pagerly",
    authMethod: "api_key",
    category: "developer_tools",
    loader: async () => {
        const { PagerlyProvider } = await import("./providers/pagerly/PagerlyProvider");
        return new PagerlyProvider();
    }
};

providerRegistry.register(pagerlyEntry);

`
            )
        );
    });

    it("is idempotent, and leaves a registered provider untouched", () => {
        const once = editRegistryFile(REGISTRY_TS, acmeChat);
        expect(editRegistryFile(once, acmeChat)).toBe(once);
        expect(planRegistryFile(once, acmeChat).added).toEqual([]);
    });

    it("adds only the register call when the entry exists but is not registered", () => {
        const unregistered = REGISTRY_TS.replace("providerRegistry.register(sendgridEntry);\n", "");
        const edited = editRegistryFile(unregistered, {
            ...pagerLy,
            id: "sendgrid",
            displayName: "SendGrid",
            camel: "sendgrid",
            providerClass: "SendGridProvider",
            category: "marketing"
        });
        expect(edited).toBe(
            insertAfter(
                unregistered,
                "return new SendGridProvider();\n    }\n};",
                "\n\nproviderRegistry.register(sendgridEntry);"
            )
        );
        expectValidTypeScript(edited);
    });

    it("escapes strings and keeps comments on one line", () => {
        const hostile = { ...acmeChat, displayName: 'Acme"); process.exit(1); ("\n*/ ${x}' };
        const edited = editRegistryFile(REGISTRY_TS, hostile);
        expect(edited).toContain('// Register Acme"); process.exit(1); (" *\\/ ${x} provider\n');
        expect(edited).toContain(`    displayName: 'Acme"); process.exit(1); ("\\n*/ \${x}',\n`);
        expectValidTypeScript(edited);
        const entry = parseRegistryFile(edited, "registry.ts").entries.find(
            (e) => e.name === "acme-chat"
        );
        expect(entry?.displayName).toBe(hostile.displayName);
    });

    it("reports a provider registered with another auth method or display name", () => {
        expect(() =>
            editRegistryFile(REGISTRY_TS, {
                ...googleDocs,
                id: "sendgrid",
                camel: "sendgrid",
                displayName: "SendGrid"
            })
        ).toThrow(
            /registry\.ts:17: provider "sendgrid" is already registered \(sendgridEntry\) with authMethod "api_key", but the provider uses "oauth2"/
        );
        expect(() =>
            editRegistryFile(REGISTRY_TS, {
                ...acmeChat,
                id: "slack",
                camel: "slack",
                displayName: "Slack Chat"
            })
        ).toThrow(/displayName "Slack", but the provider says "Slack Chat"/);
    });

    it("refuses an entry variable that another provider already uses", () => {
        expect(() =>
            editRegistryFile(REGISTRY_TS, {
                ...googleDocs,
                id: "googlesheets",
                camel: "googleSheets"
            })
        ).toThrow(
            /the entry variable googleSheetsEntry for "googlesheets" is already used by provider "google-sheets"/
        );
    });

    it("edits CRLF files keeping CRLF, and refuses conflict markers and broken files", () => {
        const edited = editRegistryFile(crlf(REGISTRY_TS), acmeChat);
        expect(edited).toBe(crlf(editRegistryFile(REGISTRY_TS, acmeChat)));
        expect(editRegistryFile(edited, acmeChat)).toBe(edited);
        const conflicted = REGISTRY_TS.replace(
            "providerRegistry.register(slackEntry);\n",
            "<<<<<<< HEAD\nproviderRegistry.register(slackEntry);\n=======\n>>>>>>> feature\n"
        );
        expect(() => editRegistryFile(conflicted, acmeChat)).toThrow(
            /registry\.ts:\d+:1: unresolved merge-conflict marker "<<<<<<<"/
        );
        expect(() =>
            editRegistryFile(
                REGISTRY_TS.replace(
                    "};\n\nproviderRegistry.register(slackEntry)",
                    "\n\nproviderRegistry.register(slackEntry)"
                ),
                acmeChat
            )
        ).toThrow(/not valid TypeScript/);
        const mixed = crlf(REGISTRY_TS).replace("\r\n// Export", "\n// Export");
        expect(() => editRegistryFile(mixed, acmeChat)).toThrow(/mixes CRLF and LF line endings/);
    });

    it("uses the configured providers folder in the loader import", () => {
        const edited = editRegistryFile(REGISTRY_TS, pagerLy, {
            providersImport: "../integrations-v2"
        });
        expect(edited).toContain(`await import("../integrations-v2/pagerly/PagerlyProvider");`);
    });
});
