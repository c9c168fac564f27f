import { checkRuntime, observedCase } from "../__fixtures__/runtime";
import { fixtureNoSecrets } from "./fixture-no-secrets";

describe(fixtureNoSecrets.id, () => {
    it("passes obviously fake values", () => {
        const cases = [
            observedCase({
                operationId: "sendEmail",
                input: { apiKey: "test-api-key", token: "sk_test" }
            })
        ];
        expect(checkRuntime(fixtureNoSecrets, "sendgrid", { fixtures: { cases } })).toEqual([]);
    });

    it("reports a token-shaped value with its path, without repeating it", () => {
        const token = `xoxb-${"1234567890"}-abcdefghijkl`;
        const cases = [
            observedCase({ operationId: "sendEmail", expectedOutput: { auth: [{ token }] } })
        ];
        const diagnostics = checkRuntime(fixtureNoSecrets, "sendgrid", { fixtures: { cases } });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining(
                    "expectedOutput.auth[0].token looks like a Slack token"
                )
            })
        ]);
        expect(diagnostics[0].message).not.toContain(token);
    });
});
