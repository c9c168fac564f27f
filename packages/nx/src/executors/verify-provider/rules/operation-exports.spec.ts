import { check, replace } from "../__fixtures__/sandbox";
import { operationExports } from "./operation-exports";

/** Two operations in one file, as in 12 real providers (intercom/operations/notes.ts, ...). */
const TWO_OPERATIONS = `import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { SendGridClient } from "../client/SendGridClient";

export const deleteContactSchema = z.object({ id: z.string() });
export const deleteListSchema = z.object({ id: z.string() });

export const deleteContactOperation: OperationDefinition = {
    id: "deleteContact",
    name: "Delete Contact",
    description: "Delete a contact",
    category: "contacts",
    inputSchema: deleteContactSchema,
    retryable: false
};

export const deleteListOperation: OperationDefinition = {
    id: "deleteList",
    name: "Delete List",
    description: "Delete a list",
    category: "lists",
    inputSchema: deleteListSchema,
    retryable: false
};

export async function executeDeleteContact(client: SendGridClient): Promise<OperationResult> {
    return { success: true, data: await client.getContacts() };
}

export async function executeDeleteList(client: SendGridClient): Promise<OperationResult> {
    return { success: true, data: await client.getTemplates() };
}
`;

describe(operationExports.id, () => {
    it("accepts shared schemas.ts, IIFE definitions and several operations per file", () => {
        expect(check(operationExports, "slack")).toEqual([]);
        expect(check(operationExports, "adp")).toEqual([]);
        expect(
            check(operationExports, "sendgrid", {
                files: { "operations/deletions.ts": TWO_OPERATIONS }
            })
        ).toEqual([]);
    });

    it("fails on an unexported definition, in the plain and in the IIFE form", () => {
        expect(
            check(operationExports, "sendgrid", {
                files: {
                    "operations/getTemplates.ts": replace(
                        "export const getTemplatesOperation",
                        "const getTemplatesOperation"
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/sendgrid/operations/getTemplates.ts",
                message: expect.stringContaining("getTemplatesOperation is not exported")
            })
        ]);
        expect(
            check(operationExports, "adp", {
                files: {
                    "operations/getWorker.ts": replace(
                        "export const getWorkerOperation",
                        "const getWorkerOperation"
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({
                file: "backend/src/integrations/providers/adp/operations/getWorker.ts",
                message: expect.stringContaining("getWorkerOperation is not exported")
            })
        ]);
    });

    it("fails when the execute function is missing", () => {
        expect(
            check(operationExports, "sendgrid", {
                files: {
                    "operations/deletions.ts": TWO_OPERATIONS.replace(
                        "executeDeleteList(",
                        "deleteListNow("
                    )
                }
            })
        ).toEqual([
            expect.objectContaining({ message: expect.stringContaining("executeDeleteList") })
        ]);
    });
});
