import { check } from "../__fixtures__/sandbox";
import { clientExists } from "./client-exists";

describe(clientExists.id, () => {
    it("accepts a client extending the shared BaseAPIClient", () => {
        expect(check(clientExists, "sendgrid")).toEqual([]);
    });

    it("accepts a database provider, which connects with DatabaseConnectionData", () => {
        expect(check(clientExists, "databricks")).toEqual([]);
    });

    it("fails without client/", () => {
        const diagnostics = check(clientExists, "sendgrid", {
            files: { "client/SendGridClient.ts": null }
        });
        expect(diagnostics).toEqual([expect.objectContaining({ severity: "error" })]);
        expect(diagnostics[0].message).toContain("client/SendGridClient.ts");
    });
});
