import { check, replace } from "../__fixtures__/sandbox";
import { switchCases } from "./switch-cases";

const UNKNOWN_CASE = `            case "deleteMessage":
                return await executeSendMessage(client, validatedParams as never);
            default:`;

describe(switchCases.id, () => {
    it("passes when cases and registrations agree (IIFE definitions, namespace imports)", () => {
        for (const id of ["slack", "adp", "cloudflare", "zendesk", "databricks"]) {
            expect(check(switchCases, id)).toEqual([]);
        }
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
                        '            case "listChannels":',
                        '            case "listChannel":'
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                message: expect.stringContaining('"listChannels" is registered')
            }),
            expect.objectContaining({ message: expect.stringContaining('case "listChannel"') })
        ]);
    });
});
