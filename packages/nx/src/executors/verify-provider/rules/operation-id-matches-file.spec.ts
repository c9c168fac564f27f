import {
    editFile,
    groupedProvider,
    lineOf,
    multiOperationProvider,
    plainProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder, replace } from "../__fixtures__/sandbox";
import { operationIdMatchesFile } from "./operation-id-matches-file";

describe(operationIdMatchesFile.id, () => {
    it("ignores files holding several operations", () => {
        expect(check(operationIdMatchesFile, "sendgrid")).toEqual([]);
        expect(
            checkFolder(
                operationIdMatchesFile,
                providerFolder("help-hub", multiOperationProvider())
            )
        ).toEqual([]);
    });

    it("accepts group-prefixed ids where the provider's grouped operations use them", () => {
        expect(
            checkFolder(operationIdMatchesFile, providerFolder("cloud-ops", groupedProvider()))
        ).toEqual([]);
    });

    it("warns at the id when a single-operation file is named differently", () => {
        const diagnostics = check(operationIdMatchesFile, "slack", {
            files: { "operations/getUser.ts": replace('id: "getUser"', 'id: "fetchUser"') }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: "backend/src/integrations/providers/slack/operations/getUser.ts",
                message: expect.stringContaining(
                    'rename the file to fetchUser.ts (and its re-export), or the id to "getUser"'
                )
            })
        ]);
    });

    it("warns when a grouped operation drops the provider's group prefix", () => {
        const files = editFile(
            groupedProvider(),
            "operations/dns/listDnsRecords.ts",
            'id: "dns_listRecords"',
            'id: "listRecords"'
        );
        const line = lineOf(files["operations/dns/listDnsRecords.ts"], 'id: "listRecords"');
        expect(checkFolder(operationIdMatchesFile, providerFolder("cloud-ops", files))).toEqual([
            expect.objectContaining({
                severity: "warning",
                line,
                column: 9,
                message: expect.stringContaining('rename the id to "dns_listRecords"')
            })
        ]);
    });

    it("learns a provider that names ids freely and does not warn on it", () => {
        let files = plainProvider();
        files = editFile(files, "operations/listTasks.ts", 'id: "listTasks"', 'id: "tasks.list"');
        files = editFile(
            files,
            "operations/createTask.ts",
            'id: "createTask"',
            'id: "tasks.create"'
        );
        const folder = providerFolder("task-board", files);
        expect(folder.conventions.ids.topLevel).toBe("free");
        expect(checkFolder(operationIdMatchesFile, folder)).toEqual([]);
    });
});
