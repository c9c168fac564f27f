import {
    iifeProvider,
    multiOperationProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder, replace } from "../__fixtures__/sandbox";
import { operationExports } from "./operation-exports";

describe(operationExports.id, () => {
    it("accepts shared schemas.ts, IIFE definitions and several operations per file", () => {
        expect(check(operationExports, "sendgrid")).toEqual([]);
        expect(checkFolder(operationExports, providerFolder("shop-line", iifeProvider()))).toEqual(
            []
        );
        expect(
            checkFolder(operationExports, providerFolder("help-hub", multiOperationProvider()))
        ).toEqual([]);
    });

    it("fails on an unexported definition the provider registers (its import fails)", () => {
        expect(
            check(operationExports, "slack", {
                files: {
                    "operations/getUser.ts": replace(
                        "export const getUserOperation",
                        "const getUserOperation"
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                file: "backend/src/integrations/providers/slack/operations/getUser.ts",
                message: expect.stringContaining(
                    "getUserOperation is registered by the provider but not exported"
                )
            })
        ]);
    });

    it("warns on an unexported definition nothing registers", () => {
        expect(
            check(operationExports, "slack", {
                files: {
                    "operations/getUser.ts": replace(
                        "export const getUserOperation",
                        "const getUserOperation"
                    ),
                    "SlackProvider.ts": replace(
                        /\n\s*this\.registerOperation\(getUserOperation\);/,
                        ""
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining("nothing can register it")
            })
        ]);
    });

    it("warns when the execute function is missing", () => {
        expect(
            check(operationExports, "sendgrid", {
                files: {
                    "operations/mail.ts": replace("executeScheduleEmail(", "scheduleEmailNow(")
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining("executeScheduleEmail")
            })
        ]);
    });
});
