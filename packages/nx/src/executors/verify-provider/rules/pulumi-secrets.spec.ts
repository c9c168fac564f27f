import { check, replace } from "../__fixtures__/sandbox";
import { pulumiSecrets } from "./pulumi-secrets";

describe(pulumiSecrets.id, () => {
    it("passes when both env vars have secrets (family secrets for google-sheets)", () => {
        expect(check(pulumiSecrets, "slack")).toEqual([]);
        expect(check(pulumiSecrets, "google-sheets")).toEqual([]);
        expect(check(pulumiSecrets, "sendgrid")).toEqual([]);
    });

    it("fails when a secret is missing", () => {
        expect(
            check(pulumiSecrets, "adp", {
                hosts: { pulumi: replace(/\n\s*\{"name":"adp-client-secret"[^\n]*/, "") }
            })
        ).toEqual([
            expect.objectContaining({
                file: "infra/pulumi/Pulumi.production.yaml",
                message: expect.stringContaining("ADP_CLIENT_SECRET")
            })
        ]);
    });
});
