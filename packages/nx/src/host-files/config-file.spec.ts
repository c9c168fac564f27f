import { oauthAppFor } from "../model/provider-model";
import { CONFIG_TS } from "./__fixtures__/host-sources";
import { acmeChat, googleDocs, pagerLy } from "./__fixtures__/registrations";
import { crlf, expectPrettierStable, expectValidTypeScript } from "./__fixtures__/assertions";
import { editConfigFile, parseConfigFile, planConfigFile } from "./config-file";

describe("parseConfigFile", () => {
    it("reads oauth keys with their env vars and credential fields, both maps and the fallback", () => {
        const model = parseConfigFile(CONFIG_TS, "config/index.ts");
        expect(
            model.oauthKeys.map(
                ({ key, clientIdEnvVar, clientSecretEnvVar, credentialFields }) => ({
                    key,
                    clientIdEnvVar,
                    clientSecretEnvVar,
                    credentialFields
                })
            )
        ).toEqual([
            {
                key: "slack",
                clientIdEnvVar: "SLACK_CLIENT_ID",
                clientSecretEnvVar: "SLACK_CLIENT_SECRET",
                credentialFields: { id: "clientId", secret: "clientSecret" }
            },
            {
                key: "google",
                clientIdEnvVar: "GOOGLE_CLIENT_ID",
                clientSecretEnvVar: "GOOGLE_CLIENT_SECRET",
                credentialFields: { id: "clientId", secret: "clientSecret" }
            },
            {
                key: "meta",
                clientIdEnvVar: "META_APP_ID",
                clientSecretEnvVar: "META_APP_SECRET",
                credentialFields: { id: "appId", secret: "appSecret" }
            }
        ]);
        expect(model.callbackPaths.map((entry) => [entry.key, entry.value])).toEqual([
            ["google", "/oauth/google/callback"],
            ["google-sheets", "/oauth/google/callback"],
            ["google-drive", "/oauth/google/callback"],
            ["slack", "/oauth/slack/callback"]
        ]);
        expect(model.callbackFallback).toBe("provider-path");
        expect(model.providerMap.find((entry) => entry.key === "instagram")).toMatchObject({
            value: "meta",
            position: { line: 48, column: 9 }
        });
    });

    it("refuses a providerMap that is not an object literal", () => {
        const broken = CONFIG_TS.replace(
            /const providerMap[^=]+= \{[\s\S]*?\n    \};/,
            "const providerMap = buildProviderMap();"
        );
        expect(() => parseConfigFile(broken, "core/config/index.ts")).toThrow(
            "core/config/index.ts:41:25: not in the expected shape: expected `const providerMap: Record<string, keyof typeof config.oauth> = { ... }` (an object literal) in function getOAuthCredentials. Nothing was written."
        );
    });
});

describe("editConfigFile", () => {
    it("adds an own app's credentials, callback path and credentials mapping at the end", () => {
        const edited = editConfigFile(CONFIG_TS, acmeChat);
        expect(edited).toBe(
            CONFIG_TS.replace(
                `            appSecret: process.env.META_APP_SECRET || ""
        }
`,
                `            appSecret: process.env.META_APP_SECRET || ""
        },

        // Acme Chat
        acmeChat: {
            clientId: process.env.ACME_CHAT_CLIENT_ID || "",
            clientSecret: process.env.ACME_CHAT_CLIENT_SECRET || ""
        }
`
            )
                .replace(
                    `        slack: "/oauth/slack/callback"\n`,
                    `        slack: "/oauth/slack/callback",\n        "acme-chat": "/oauth/acme-chat/callback"\n`
                )
                .replace(
                    `        slack: "slack"\n`,
                    `        slack: "slack",\n        "acme-chat": "acmeChat"\n`
                )
        );
        expectValidTypeScript(edited);
    });

    it("puts a family member in its family's groups and adds no credentials", () => {
        expect(editConfigFile(CONFIG_TS, googleDocs)).toBe(
            CONFIG_TS.replace(
                `        "google-drive": "/oauth/google/callback",\n`,
                `        "google-drive": "/oauth/google/callback",\n        "google-docs": "/oauth/google/callback",\n`
            ).replace(
                `        "google-drive": "google",\n`,
                `        "google-drive": "google",\n        "google-docs": "google",\n`
            )
        );
    });

    it("joins the family's own group, not a later entry that shares its callback", () => {
        // Real configs list a late family member (youtube) among "Other providers" too.
        const withLateMember = CONFIG_TS.replace(
            `        slack: "/oauth/slack/callback"`,
            `        slack: "/oauth/slack/callback",\n        youtube: "/oauth/google/callback"`
        );
        expect(withLateMember).not.toBe(CONFIG_TS);
        expect(editConfigFile(withLateMember, googleDocs)).toContain(
            `        "google-drive": "/oauth/google/callback",\n        "google-docs": "/oauth/google/callback",\n`
        );
    });

    it("is idempotent, prettier-stable, and a no-op for api_key providers", () => {
        const outputs = [
            editConfigFile(CONFIG_TS, acmeChat),
            editConfigFile(CONFIG_TS, googleDocs)
        ];
        expect(editConfigFile(outputs[0], acmeChat)).toBe(outputs[0]);
        expect(editConfigFile(outputs[1], googleDocs)).toBe(outputs[1]);
        expect(planConfigFile(outputs[0], acmeChat).added).toEqual([]);
        expect(editConfigFile(CONFIG_TS, pagerLy)).toBe(CONFIG_TS);
        expectPrettierStable(outputs);
    });

    it("adds only what is missing", () => {
        const partial = CONFIG_TS.replace(
            `        slack: "slack"\n`,
            `        slack: "slack",\n        "acme-chat": "acmeChat"\n`
        );
        const plan = planConfigFile(partial, acmeChat);
        expect(plan.added).toEqual(["config.oauth.acmeChat", 'callbackPaths entry "acme-chat"']);
    });

    it("refuses an unknown family key", () => {
        const orphan = {
            ...googleDocs,
            oauth: {
                ...googleDocs.oauth!,
                app: oauthAppFor("google-docs", "Google Docs", "gooogle")
            }
        };
        expect(() => editConfigFile(CONFIG_TS, orphan, { fileName: "config/index.ts" })).toThrow(
            /config\/index\.ts: config\.oauth has no "gooogle" key.*\(slack, google, meta\)/
        );
    });

    it("refuses an own key that another provider's app already has (acme-360 vs acme360)", () => {
        const withAcme360 = editConfigFile(CONFIG_TS, {
            ...acmeChat,
            id: "acme360",
            displayName: "Acme360",
            oauth: { ...acmeChat.oauth!, app: oauthAppFor("acme360", "Acme360") }
        });
        const clash = {
            ...acmeChat,
            id: "acme-360",
            displayName: "Acme 360",
            camel: "acme360",
            oauth: { ...acmeChat.oauth!, app: oauthAppFor("acme-360", "Acme 360") }
        };
        expect(() => editConfigFile(withAcme360, clash)).toThrow(
            /config\.oauth\.acme360 already exists for provider acme360 \(reads ACME360_CLIENT_ID\); "acme-360" would need its own key reading ACME_360_CLIENT_ID/
        );
    });

    it("reports a mapping to another app", () => {
        const mapped = CONFIG_TS.replace(
            `        slack: "slack"\n`,
            `        slack: "slack",\n        "acme-chat": "google"\n`
        );
        expect(() => editConfigFile(mapped, acmeChat)).toThrow(
            /providerMap already maps "acme-chat" to "google", but its OAuth app needs "acmeChat"/
        );
    });

    it("keeps CRLF and refuses conflict markers", () => {
        expect(editConfigFile(crlf(CONFIG_TS), acmeChat)).toBe(
            crlf(editConfigFile(CONFIG_TS, acmeChat))
        );
        const conflicted = CONFIG_TS.replace(
            "    oauth: {\n",
            "<<<<<<< ours\n    oauth: {\n=======\n    oauth: {\n>>>>>>> theirs\n"
        );
        expect(() => editConfigFile(conflicted, acmeChat, { fileName: "index.ts" })).toThrow(
            /index\.ts:4:1: unresolved merge-conflict marker/
        );
    });
});
