import { check } from "../__fixtures__/sandbox";
import { operationsIndex } from "./operations-index";

describe(operationsIndex.id, () => {
    it("passes with operations/index.ts", () => {
        expect(check(operationsIndex, "slack")).toEqual([]);
    });

    it("warns without it", () => {
        expect(check(operationsIndex, "slack", { files: { "operations/index.ts": null } })).toEqual(
            [
                expect.objectContaining({
                    severity: "warning",
                    message: expect.stringContaining("operations/index.ts is missing")
                })
            ]
        );
    });
});
