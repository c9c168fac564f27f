import { parseDocument } from "yaml";
import { PULUMI_YAML } from "./__fixtures__/host-sources";
import { acmeChat, googleDocs, pagerLy } from "./__fixtures__/registrations";
import { crlf, insertAfter } from "./__fixtures__/assertions";
import { editPulumiFile, parsePulumiFile, planPulumiFile } from "./pulumi-file";

const LAST_OAUTH = `"description":"Slack OAuth client secret"},`;

function secretsOf(yaml: string): Array<Record<string, unknown>> {
    const document = parseDocument(yaml);
    return JSON.parse(document.getIn(["config", "flowmaestro-infrastructure:secrets"]) as string);
}

describe("parsePulumiFile", () => {
    it("reads every secret with its line", () => {
        expect(parsePulumiFile(PULUMI_YAML, "Pulumi.production.yaml").secrets).toEqual([
            { name: "database-url", envVar: "DATABASE_URL", category: "service", line: 9 },
            { name: "slack-client-id", envVar: "SLACK_CLIENT_ID", category: "oauth", line: 10 },
            {
                name: "slack-client-secret",
                envVar: "SLACK_CLIENT_SECRET",
                category: "oauth",
                line: 11
            },
            { name: "openai-api-key", envVar: "OPENAI_API_KEY", category: "llm", line: 12 }
        ]);
    });

    it.each([
        [
            "no secrets block",
            PULUMI_YAML.replace("secrets: |", "secretz: |"),
            /expected a `<project>:secrets: \|` literal block scalar/
        ],
        [
            "a trailing comma",
            PULUMI_YAML.replace(`"OpenAI API key"}`, `"OpenAI API key"},`),
            /the secrets block must be valid JSON/
        ],
        [
            "a comment inside",
            PULUMI_YAML.replace("    [\n", "    [\n      // oauth\n"),
            /the secrets block must be valid JSON/
        ],
        [
            "several objects on a line",
            PULUMI_YAML.replace(`client ID"},\n      `, `client ID"}, `),
            /one compact JSON object per line/
        ],
        [
            "a conflict marker",
            PULUMI_YAML.replace("config:\n", "config:\n<<<<<<< HEAD\n"),
            /unresolved merge-conflict marker/
        ]
    ])("refuses %s", (_, yaml, message) => {
        expect(() => editPulumiFile(yaml, acmeChat)).toThrow(message);
    });
});

describe("editPulumiFile", () => {
    it("adds the pair after the last oauth entry, before the llm ones, still valid JSON", () => {
        const edited = editPulumiFile(PULUMI_YAML, acmeChat);
        expect(edited).toBe(
            insertAfter(
                PULUMI_YAML,
                LAST_OAUTH,
                `
      {"name":"acme-chat-client-id","envVar":"ACME_CHAT_CLIENT_ID","category":"oauth","deployments":["api"],"required":false,"description":"Acme Chat OAuth client ID"},
      {"name":"acme-chat-client-secret","envVar":"ACME_CHAT_CLIENT_SECRET","category":"oauth","deployments":["api"],"required":false,"description":"Acme Chat OAuth client secret"},`
            )
        );
        expect(secretsOf(edited).map((secret) => secret.name)).toEqual([
            "database-url",
            "slack-client-id",
            "slack-client-secret",
            "acme-chat-client-id",
            "acme-chat-client-secret",
            "openai-api-key"
        ]);
        expect(editPulumiFile(edited, acmeChat)).toBe(edited);
        expect(planPulumiFile(edited, acmeChat).added).toEqual([]);
    });

    it("adds a comma to the last line when the oauth entries end the array", () => {
        const oauthLast = PULUMI_YAML.replace(
            /\n      \{"name":"openai-api-key"[^\n]*/,
            ""
        ).replace(LAST_OAUTH, LAST_OAUTH.slice(0, -1));
        const edited = editPulumiFile(oauthLast, acmeChat);
        expect(edited).toContain(
            `"Slack OAuth client secret"},\n      {"name":"acme-chat-client-id"`
        );
        expect(edited).toMatch(/"Acme Chat OAuth client secret"\}\n    \]\n$/);
        expect(secretsOf(edited)).toHaveLength(5);
    });

    it("adds only the missing half of a pair, and nothing for family or api_key providers", () => {
        const half = editPulumiFile(PULUMI_YAML, acmeChat).replace(
            /\n[^\n]*acme-chat-client-secret[^\n]*/,
            ""
        );
        expect(planPulumiFile(half, acmeChat).added).toEqual(["secrets acme-chat-client-secret"]);
        expect(secretsOf(editPulumiFile(half, acmeChat))).toHaveLength(6);
        expect(editPulumiFile(PULUMI_YAML, googleDocs)).toBe(PULUMI_YAML);
        expect(editPulumiFile(PULUMI_YAML, pagerLy)).toBe(PULUMI_YAML);
    });

    it("escapes display names so the block stays JSON and YAML", () => {
        const hostile = {
            ...acmeChat,
            oauth: {
                ...acmeChat.oauth!,
                app: { ...acmeChat.oauth!.app, displayName: 'Acme "X" \\ \u0085 🚀 ]\n' }
            }
        };
        const edited = editPulumiFile(PULUMI_YAML, hostile);
        expect(
            secretsOf(edited).find((secret) => secret.name === "acme-chat-client-id")?.description
        ).toBe('Acme "X" \\ \u0085 🚀 ]\n OAuth client ID');
    });

    it("edits an empty array and keeps CRLF", () => {
        const empty = PULUMI_YAML.replace(/    \[\n[\s\S]*\n    \]\n$/, "    [\n    ]\n");
        expect(secretsOf(editPulumiFile(empty, acmeChat))).toHaveLength(2);
        const edited = editPulumiFile(crlf(PULUMI_YAML), acmeChat);
        expect(edited).toBe(crlf(editPulumiFile(PULUMI_YAML, acmeChat)));
        expect(secretsOf(edited)).toHaveLength(6);
    });
});
