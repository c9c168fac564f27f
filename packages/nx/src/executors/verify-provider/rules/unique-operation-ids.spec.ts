import { check, replace } from "../__fixtures__/sandbox";
import { uniqueOperationIds } from "./unique-operation-ids";

describe(uniqueOperationIds.id, () => {
    it("passes on distinct ids", () => {
        expect(check(uniqueOperationIds, "slack")).toEqual([]);
    });

    it("fails on a duplicated id", () => {
        expect(
            check(uniqueOperationIds, "slack", {
                files: {
                    "operations/sendMessage.ts": replace('id: "sendMessage"', 'id: "listChannels"')
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                message: expect.stringContaining(
                    '"listChannels" is also used in operations/listChannels.ts'
                )
            })
        ]);
    });
});
