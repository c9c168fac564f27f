import {
    groupedProvider,
    multiOperationProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import {
    check,
    checkFolder,
    replace,
    sandboxLine,
    sandboxProvider,
    SANDBOX_PROVIDERS
} from "../__fixtures__/sandbox";
import { operationIdMatchesFile } from "./operation-id-matches-file";

const PROVIDERS_DIR = "backend/src/integrations/providers";

describe(operationIdMatchesFile.id, () => {
    it("passes ids named after their files, in the plain and in the IIFE form", () => {
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(operationIdMatchesFile, id)).toEqual([]);
        }
    });

    it("ignores files holding several operations", () => {
        expect(
            checkFolder(
                operationIdMatchesFile,
                providerFolder("help-hub", multiOperationProvider())
            )
        ).toEqual([]);
    });

    it("accepts group-prefixed ids in the group folder they name (dns_getRecord in dns/)", () => {
        expect(sandboxProvider("cloudflare").conventions.ids.nested).toBe("group-prefixed");
        expect(check(operationIdMatchesFile, "cloudflare")).toEqual([]);
        // A multi-word group folder: load-balancers/ holds loadBalancers_list.
        expect(
            checkFolder(operationIdMatchesFile, providerFolder("cloud-ops", groupedProvider()))
        ).toEqual([]);
    });

    it("warns at the id when a single-operation file is named differently", () => {
        const file = `${PROVIDERS_DIR}/adp/operations/getWorker.ts`;
        const edit = replace('id: "getWorker"', 'id: "fetchWorker"');
        expect(
            check(operationIdMatchesFile, "adp", { files: { "operations/getWorker.ts": edit } })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file,
                line: sandboxLine(file, 'id: "fetchWorker"', edit),
                column: 17,
                message: expect.stringContaining(
                    'rename the file to fetchWorker.ts (and its re-export), or the id to "getWorker"'
                )
            })
        ]);
    });

    it("warns when a grouped operation drops the provider's group prefix", () => {
        const file = `${PROVIDERS_DIR}/cloudflare/operations/dns/listDnsRecords.ts`;
        const edit = replace('id: "dns_listRecords"', 'id: "listRecords"');
        expect(
            check(operationIdMatchesFile, "cloudflare", {
                files: { "operations/dns/listDnsRecords.ts": edit }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file,
                line: sandboxLine(file, 'id: "listRecords"', edit),
                column: 9,
                message: expect.stringContaining('rename the id to "dns_listRecords"')
            })
        ]);
    });

    it("warns when a group prefix names another folder", () => {
        const file = `${PROVIDERS_DIR}/cloudflare/operations/dns/getDnsRecord.ts`;
        const edit = replace('id: "dns_getRecord"', 'id: "zones_getRecord"');
        expect(
            check(operationIdMatchesFile, "cloudflare", {
                files: { "operations/dns/getDnsRecord.ts": edit }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file,
                line: sandboxLine(file, 'id: "zones_getRecord"', edit),
                message: expect.stringContaining(
                    'Operation "zones_getRecord" in operations/dns/ lacks the group prefix'
                )
            })
        ]);
    });

    it("learns a provider that names ids freely and does not warn on it", () => {
        const files = {
            "operations/sendEmail.ts": replace('id: "sendEmail"', 'id: "mail.send"'),
            "operations/getContacts.ts": replace('id: "getContacts"', 'id: "contacts.list"')
        };
        expect(sandboxProvider("sendgrid", files).conventions.ids.topLevel).toBe("free");
        expect(check(operationIdMatchesFile, "sendgrid", { files })).toEqual([]);
    });
});
