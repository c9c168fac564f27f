import { check, replace } from "../__fixtures__/sandbox";
import { authMethod } from "./auth-method";

describe(authMethod.id, () => {
    it('accepts `readonly authMethod: ConnectionMethod = "api_key"` and `as const`', () => {
        expect(check(authMethod, "sendgrid")).toEqual([]);
        expect(check(authMethod, "slack")).toEqual([]);
    });

    it("fails on an unsupported method", () => {
        expect(
            check(authMethod, "sendgrid", {
                files: { "SendGridProvider.ts": replace('= "api_key"', '= "basic"') }
            })
        ).toEqual([
            expect.objectContaining({
                message: expect.stringContaining('"basic" is not supported')
            })
        ]);
    });

    it("fails when authMethod and getAuthConfig disagree", () => {
        expect(
            check(authMethod, "slack", {
                files: {
                    "SlackProvider.ts": replace('authMethod = "oauth2"', 'authMethod = "api_key"')
                }
            })
        ).toEqual([
            expect.objectContaining({ message: expect.stringContaining("an OAuth config") })
        ]);
    });
});
