import {
    multiOperationProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import {
    check,
    checkFolder,
    replace,
    sandboxLine,
    SANDBOX_PROVIDERS
} from "../__fixtures__/sandbox";
import { operationExports } from "./operation-exports";

const SLACK = "backend/src/integrations/providers/slack";
const SENDGRID = "backend/src/integrations/providers/sendgrid";
const UNEXPORTED = replace("export const listChannelsOperation", "const listChannelsOperation");

describe(operationExports.id, () => {
    it("accepts shared schemas.ts, IIFE definitions, namespaces and several operations per file", () => {
        // slack: schemas.ts and IIFEs; adp: IIFEs; cloudflare: group folders behind namespaces.
        for (const id of SANDBOX_PROVIDERS) {
            expect(check(operationExports, id)).toEqual([]);
        }
        expect(
            checkFolder(operationExports, providerFolder("help-hub", multiOperationProvider()))
        ).toEqual([]);
    });

    it("fails at an unexported IIFE definition the provider registers (its import fails)", () => {
        const file = `${SLACK}/operations/listChannels.ts`;
        expect(
            check(operationExports, "slack", {
                files: { "operations/listChannels.ts": UNEXPORTED }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                file,
                line: sandboxLine(file, "const listChannelsOperation", UNEXPORTED),
                column: 7,
                message: expect.stringContaining(
                    "listChannelsOperation is registered by the provider but not exported, so the import fails: write `export const listChannelsOperation`."
                )
            })
        ]);
    });

    it("fails at an unexported plain definition the provider registers through a namespace", () => {
        const file = "backend/src/integrations/providers/cloudflare/operations/zones/getZone.ts";
        const edit = replace("export const getZoneOperation", "const getZoneOperation");
        expect(
            check(operationExports, "cloudflare", {
                files: { "operations/zones/getZone.ts": edit }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "error",
                file,
                line: sandboxLine(file, "const getZoneOperation", edit),
                message: expect.stringContaining(
                    "getZoneOperation is registered by the provider but not exported"
                )
            })
        ]);
    });

    it("warns on an unexported definition nothing registers", () => {
        expect(
            check(operationExports, "slack", {
                files: {
                    "operations/listChannels.ts": UNEXPORTED,
                    "SlackProvider.ts": replace(
                        /\n\s*this\.registerOperation\(listChannelsOperation\);/,
                        ""
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file: `${SLACK}/operations/listChannels.ts`,
                line: sandboxLine(
                    `${SLACK}/operations/listChannels.ts`,
                    "const listChannelsOperation",
                    UNEXPORTED
                ),
                message: expect.stringContaining(
                    "listChannelsOperation is not exported, so nothing can register it"
                )
            })
        ]);
    });

    it("warns at the definition when the execute function is missing", () => {
        const file = `${SENDGRID}/operations/getTemplates.ts`;
        expect(
            check(operationExports, "sendgrid", {
                files: {
                    "operations/getTemplates.ts": replace(
                        "function executeGetTemplates(",
                        "function fetchTemplates("
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                file,
                line: sandboxLine(file, "export const getTemplatesOperation"),
                message: expect.stringContaining(
                    "operations/getTemplates.ts defines getTemplatesOperation but no `executeGetTemplates` function"
                )
            })
        ]);
    });
});
