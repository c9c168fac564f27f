/**
 * SendGrid operation output types (camelCase shapes returned to workflows)
 */

export interface SendGridContactOutput {
    id?: string;
    email: string;
    firstName?: string;
    lastName?: string;
    createdAt?: string;
    updatedAt?: string;
}

export interface SendGridTemplateOutput {
    id: string;
    name: string;
    generation: "legacy" | "dynamic";
    updatedAt?: string;
}
