import { SHARED_PROVIDERS_TS } from "./__fixtures__/host-sources";
import { acmeChat, googleDocs, pagerLy } from "./__fixtures__/registrations";
import {
    crlf,
    expectPrettierStable,
    expectValidTypeScript,
    insertAfter
} from "./__fixtures__/assertions";
import { hostCategoryNames } from "../model/categories";
import { editSharedProvidersFile, parseSharedProvidersFile } from "./shared-providers-file";

const DISCORD_END = `        logoUrl: getBrandLogo("discord.com"),
        category: "Communication",
        methods: ["oauth2"]
    },`;

describe("parseSharedProvidersFile", () => {
    it("reads logo domains and elements with their sections and coming-soon flags", () => {
        const model = parseSharedProvidersFile(SHARED_PROVIDERS_TS, "providers.ts");
        expect(model.logoDomains.map((entry) => [entry.key, entry.value])).toEqual([
            ["slack", "slack.com"],
            ["google-sheets", "google.com"]
        ]);
        expect(
            model.providers.map((element) => [
                element.provider,
                element.section,
                element.comingSoon
            ])
        ).toEqual([
            ["slack", "Communication", false],
            ["google-sheets", "Productivity", false],
            ["discord", "Communication (Additional)", false],
            ["rocket-chat", "Communication (Additional)", true],
            ["zoom", "Coming Soon", true]
        ]);
        expect(model.providers[1]).toMatchObject({
            category: "Productivity",
            methods: ["oauth2"],
            position: { line: 22, column: 5 }
        });
    });

    it("refuses a file without ALL_PROVIDERS", () => {
        expect(() =>
            parseSharedProvidersFile("export const PROVIDERS = [];\n", "shared/src/providers.ts")
        ).toThrow(
            /shared\/src\/providers\.ts: not in the expected shape: expected `export const ALL_PROVIDERS: Provider\[\] = \[ \.\.\. \]`/
        );
    });
});

describe("editSharedProvidersFile", () => {
    it("adds the logo domain and the element, with oauthSettings, at the end of the category's last live section", () => {
        expect(editSharedProvidersFile(SHARED_PROVIDERS_TS, acmeChat)).toBe(
            insertAfter(
                insertAfter(
                    SHARED_PROVIDERS_TS,
                    `    "google-sheets": "google.com"`,
                    `,\n    "acme-chat": "acme.example"`
                ),
                DISCORD_END,
                `
    {
        provider: "acme-chat",
        displayName: "Acme Chat",
        description: "Team chat for Acme",
        logoUrl: getBrandLogo("acme.example"),
        category: "Communication",
        methods: ["oauth2"],
        oauthSettings: [
            {
                name: "subdomain",
                label: "Acme Subdomain",
                placeholder: "your-company",
                helpText: "The part before .acme.example in your workspace URL",
                required: true,
                type: "text",
                pattern: "^[a-z0-9-]+$",
                patternError: "Use lowercase letters, digits and dashes"
            }
        ]
    },`
            )
        );
    });

    it("writes the category name the host uses for the registry category, in that section", () => {
        // The host files slack under "messaging" and shows it as "Communication": a new
        // "messaging" provider joins it, not a new "Messaging" section (the table's name).
        const categoryNames = hostCategoryNames(
            {
                entries: [
                    {
                        variable: "slackEntry",
                        name: "slack",
                        category: "messaging",
                        registered: true,
                        position: { line: 1, column: 1 }
                    }
                ],
                newEntryPosition: { line: 1, column: 1 },
                undeclaredRegistrations: []
            },
            parseSharedProvidersFile(SHARED_PROVIDERS_TS, "providers.ts")
        );
        const messaging = { ...acmeChat, category: "messaging" };
        expect(editSharedProvidersFile(SHARED_PROVIDERS_TS, messaging, { categoryNames })).toBe(
            editSharedProvidersFile(SHARED_PROVIDERS_TS, acmeChat)
        );
        expect(editSharedProvidersFile(SHARED_PROVIDERS_TS, messaging)).toContain("// Messaging\n");
    });

    it("creates a new section before the coming-soon section when the category has none", () => {
        const { logoDomain: _logoDomain, ...noLogo } = pagerLy;
        expect(editSharedProvidersFile(SHARED_PROVIDERS_TS, noLogo)).toBe(
            insertAfter(
                SHARED_PROVIDERS_TS,
                `        methods: ["api_key"],
        comingSoon: true
    },`,
                `

    // Developer Tools
    {
        provider: "pagerly",
        displayName: "Pagerly",
        description: "Page the on-call engineer",
        logoUrl: getBrandLogo("pagerly.com"),
        category: "Developer Tools",
        methods: ["api_key"]
    },`
            )
        );
    });

    it("appends a new section at the end when there is no coming-soon tail", () => {
        const live = SHARED_PROVIDERS_TS.replace(/,\n        comingSoon: true/g, "");
        const edited = editSharedProvidersFile(live, pagerLy);
        expect(edited).toContain(`        methods: ["oauth2"]
    },

    // Developer Tools
    {
        provider: "pagerly",`);
        expect(edited).toContain(`        methods: ["api_key"]\n    }\n];\n`);
    });

    it("places by section (not a twin category elsewhere), idempotently and prettier-stable", () => {
        const docs = editSharedProvidersFile(SHARED_PROVIDERS_TS, googleDocs);
        expect(docs).toContain(`        methods: ["oauth2"]
    },
    {
        provider: "google-docs",`);
        const hostile = {
            ...acmeChat,
            description: 'He said "hi" — `${process.exit(1)}` */ \\ 🚀\nnew line',
            logoDomain:
                "a-very-long-domain-name-that-goes-on-and-on-and-on-forever-and-ever.example.com",
            preAuthFields: [
                { ...acmeChat.preAuthFields[0], helpText: "x".repeat(120), placeholder: undefined }
            ]
        };
        const outputs = [
            editSharedProvidersFile(SHARED_PROVIDERS_TS, acmeChat),
            docs,
            editSharedProvidersFile(SHARED_PROVIDERS_TS, pagerLy),
            editSharedProvidersFile(SHARED_PROVIDERS_TS, hostile)
        ];
        outputs.forEach(expectValidTypeScript);
        expectPrettierStable(outputs);
        expect(editSharedProvidersFile(outputs[0], acmeChat)).toBe(outputs[0]);
        expect(editSharedProvidersFile(outputs[2], pagerLy)).toBe(outputs[2]);
        const element = parseSharedProvidersFile(outputs[3], "providers.ts").providers.find(
            (p) => p.provider === "acme-chat"
        );
        expect(element?.description).toBe(hostile.description);
        expect(outputs[3]).toContain(`        logoUrl: getBrandLogo(
            "a-very-long-domain-name-that-goes-on-and-on-and-on-forever-and-ever.example.com"
        ),`);
    });

    it("reports an element with another display name or without the auth method", () => {
        expect(() =>
            editSharedProvidersFile(SHARED_PROVIDERS_TS, {
                ...pagerLy,
                id: "discord",
                displayName: "Discord"
            })
        ).toThrow(
            /providers\.ts:32: ALL_PROVIDERS already has "discord" as "Discord" with methods \[oauth2\], but the provider is "Discord" using api_key/
        );
    });

    it("keeps CRLF", () => {
        expect(editSharedProvidersFile(crlf(SHARED_PROVIDERS_TS), acmeChat)).toBe(
            crlf(editSharedProvidersFile(SHARED_PROVIDERS_TS, acmeChat))
        );
    });
});
