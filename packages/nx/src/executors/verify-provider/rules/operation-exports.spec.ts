import { check, replace } from "../__fixtures__/sandbox";
import { operationExports } from "./operation-exports";

describe(operationExports.id, () => {
    it("accepts shared schemas.ts and several operations per file", () => {
        expect(check(operationExports, "sendgrid")).toEqual([]);
    });

    it("fails on an unexported definition", () => {
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
                file: "backend/src/integrations/providers/slack/operations/getUser.ts",
                message: expect.stringContaining("getUserOperation is not exported")
            })
        ]);
    });

    it("fails when the execute function is missing", () => {
        expect(
            check(operationExports, "sendgrid", {
                files: {
                    "operations/mail.ts": replace("executeScheduleEmail(", "scheduleEmailNow(")
                }
            })
        ).toEqual([
            expect.objectContaining({ message: expect.stringContaining("executeScheduleEmail") })
        ]);
    });
});
