import { check, replace } from "../__fixtures__/sandbox";
import { operationIdMatchesFile } from "./operation-id-matches-file";

describe(operationIdMatchesFile.id, () => {
    it("ignores files holding several operations", () => {
        expect(check(operationIdMatchesFile, "sendgrid")).toEqual([]);
    });

    it("warns when a single-operation file is named differently", () => {
        expect(
            check(operationIdMatchesFile, "slack", {
                files: { "operations/getUser.ts": replace('id: "getUser"', 'id: "fetchUser"') }
            })
        ).toEqual([expect.objectContaining({ severity: "warning" })]);
    });
});
