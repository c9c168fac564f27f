import {
    databaseProvider,
    editFile,
    fetchProvider,
    groupedProvider,
    iifeProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder } from "../__fixtures__/sandbox";
import { clientExists } from "./client-exists";

describe(clientExists.id, () => {
    it("accepts a client/ (BaseAPIClient, a platform base client, or plain fetch inside it)", () => {
        expect(check(clientExists, "sendgrid")).toEqual([]);
        expect(checkFolder(clientExists, providerFolder("shop-line", iifeProvider()))).toEqual([]);
        expect(checkFolder(clientExists, providerFolder("cloud-ops", groupedProvider()))).toEqual(
            []
        );
    });

    it("accepts no client/ for a provider talking through a driver or fetch", () => {
        expect(checkFolder(clientExists, providerFolder("pg-store", databaseProvider()))).toEqual(
            []
        );
        expect(checkFolder(clientExists, providerFolder("search-box", fetchProvider()))).toEqual(
            []
        );
    });

    it("warns when nothing in the folder can reach the service", () => {
        const files = editFile(
            databaseProvider(),
            "PgStoreProvider.ts",
            'import { Pool } from "pg";',
            'import type { Pool } from "pg";'
        );
        const diagnostics = checkFolder(clientExists, providerFolder("pg-store", files));
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: "backend/src/integrations/providers/pg-store/PgStoreProvider.ts"
            })
        ]);
        expect(diagnostics[0].message).toContain("add client/PgStoreClient.ts");
    });
});
