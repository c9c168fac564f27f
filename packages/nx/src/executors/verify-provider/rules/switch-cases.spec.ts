import {
    editFile,
    groupedProvider,
    iifeProvider,
    lineOf,
    multiOperationProvider,
    plainProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder, replace } from "../__fixtures__/sandbox";
import { switchCases } from "./switch-cases";

const UNKNOWN_CASE = `            case "deleteMessage":
                return await executeSendMessage(client, validatedParams as never);
            default:`;

describe(switchCases.id, () => {
    it("passes for plain, IIFE, namespace-imported and fall-through dispatch", () => {
        expect(check(switchCases, "slack")).toEqual([]);
        expect(checkFolder(switchCases, providerFolder("task-board", plainProvider()))).toEqual([]);
        expect(checkFolder(switchCases, providerFolder("shop-line", iifeProvider()))).toEqual([]);
        expect(checkFolder(switchCases, providerFolder("cloud-ops", groupedProvider()))).toEqual(
            []
        );
        expect(
            checkFolder(switchCases, providerFolder("help-hub", multiOperationProvider()))
        ).toEqual([]);
    });

    it("fails at the default clause when a registered operation has no case", () => {
        const files = editFile(
            groupedProvider(),
            "CloudOpsProvider.ts",
            '            case "dns_listRecords":\n                return await Dns.executeListDnsRecords(client, validatedParams as never);\n',
            ""
        );
        expect(checkFolder(switchCases, providerFolder("cloud-ops", files))).toEqual([
            expect.objectContaining({
                severity: "error",
                line: lineOf(files["CloudOpsProvider.ts"], "default:"),
                message: expect.stringContaining(
                    'Operation "dns_listRecords" is registered but executeOperation has no `case "dns_listRecords":`'
                )
            })
        ]);
    });

    it("warns on a case no registered operation reaches", () => {
        const diagnostics = check(switchCases, "slack", {
            files: { "SlackProvider.ts": replace("            default:", UNKNOWN_CASE) }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining('case "deleteMessage"')
            })
        ]);
    });

    it("warns on a registration that is not an operation definition of the provider", () => {
        const files = editFile(
            plainProvider(),
            "TaskBoardProvider.ts",
            "this.registerOperation(createTaskOperation);",
            "this.registerOperation(sharedArchiveOperation);"
        );
        expect(checkFolder(switchCases, providerFolder("task-board", files))).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining(
                    "sharedArchiveOperation is registered but is not an operation definition of this provider"
                )
            })
        ]);
    });
});
