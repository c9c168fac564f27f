import { check, replace } from "../__fixtures__/sandbox";
import { switchCases } from "./switch-cases";

const UNKNOWN_CASE = `            case "deleteMessage":
                return await executeSendMessage(client, validatedParams as never);
            default:`;

describe(switchCases.id, () => {
    it("passes when cases and registrations agree", () => {
        expect(check(switchCases, "slack")).toEqual([]);
    });

    it("fails on an unregistered case", () => {
        const diagnostics = check(switchCases, "slack", {
            files: { "SlackProvider.ts": replace("            default:", UNKNOWN_CASE) }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining('case "deleteMessage"')
            })
        ]);
    });

    it("fails on a registered operation without a case", () => {
        expect(
            check(switchCases, "slack", {
                files: {
                    "SlackProvider.ts": replace(
                        '            case "getUser":',
                        '            case "getUserInfo":'
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                message: expect.stringContaining('"getUser" is registered')
            }),
            expect.objectContaining({ message: expect.stringContaining('case "getUserInfo"') })
        ]);
    });
});
