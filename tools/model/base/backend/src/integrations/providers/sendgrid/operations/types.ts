// What sendgrid operations hand back to workflows (camelCase, independent of the wire shape).

export interface SendGridContactOutput {
    id: string;
    email: string;
    firstName?: string;
    lastName?: string;
}

export interface SendGridTemplateOutput {
    id: string;
    name: string;
    generation: "legacy" | "dynamic";
}
