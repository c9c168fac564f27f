import { check, replace } from "../__fixtures__/sandbox";
import { operationIdMatchesFile } from "./operation-id-matches-file";

describe(operationIdMatchesFile.id, () => {
    it("passes on <opId>.ts files, in the plain and in the IIFE form", () => {
        expect(check(operationIdMatchesFile, "sendgrid")).toEqual([]);
        expect(check(operationIdMatchesFile, "adp")).toEqual([]);
    });

    it("accepts group-prefixed ids in the group folder they name (dns_getRecord in dns/)", () => {
        expect(check(operationIdMatchesFile, "cloudflare")).toEqual([]);
    });

    it("warns when a single-operation file is named differently", () => {
        expect(
            check(operationIdMatchesFile, "adp", {
                files: {
                    "operations/getWorker.ts": replace('id: "getWorker"', 'id: "fetchWorker"')
                }
            })
        ).toEqual([expect.objectContaining({ severity: "warning" })]);
    });

    it("warns when a group prefix names another folder", () => {
        expect(
            check(operationIdMatchesFile, "cloudflare", {
                files: {
                    "operations/dns/getDnsRecord.ts": replace(
                        'id: "dns_getRecord"',
                        'id: "zones_getRecord"'
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: "backend/src/integrations/providers/cloudflare/operations/dns/getDnsRecord.ts"
            })
        ]);
    });
});
