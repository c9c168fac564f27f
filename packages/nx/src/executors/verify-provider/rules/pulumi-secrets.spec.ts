import { check, replace, sandboxLine } from "../__fixtures__/sandbox";
import { pulumiSecrets } from "./pulumi-secrets";

describe(pulumiSecrets.id, () => {
    it("passes when both env vars have secrets (family secrets for google-sheets)", () => {
        expect(check(pulumiSecrets, "slack")).toEqual([]);
        expect(check(pulumiSecrets, "google-sheets")).toEqual([]);
        expect(check(pulumiSecrets, "sendgrid")).toEqual([]);
    });

    it("fails after the last OAuth secret when a secret is missing", () => {
        const file = "infra/pulumi/Pulumi.production.yaml";
        const edit = replace(/\n\s*\{"name":"adp-client-secret"[^\n]*/, "");
        expect(check(pulumiSecrets, "adp", { hosts: { pulumi: edit } })).toEqual([
            expect.objectContaining({
                file,
                line: sandboxLine(file, '"name":"adp-client-id"', edit),
                message: expect.stringContaining("ADP_CLIENT_SECRET")
            })
        ]);
    });
});
