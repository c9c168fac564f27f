/**
 * Seeds the workflow template gallery. Each template is a canvas definition: nodes (an integration
 * node names a provider, one of its operations and that operation's inputs) and the edges between
 * them. Run with: npx tsx backend/scripts/seed-workflow-templates.ts
 */

interface TemplateNode {
    id: string;
    type: string;
    position: { x: number; y: number };
    data: Record<string, unknown>;
}

interface TemplateEdge {
    id: string;
    source: string;
    target: string;
}

interface TemplateData {
    name: string;
    description: string;
    category: string;
    definition: { name: string; nodes: TemplateNode[]; edges: TemplateEdge[] };
    required_integrations: string[];
}

const ORIGIN = { x: 0, y: 0 };

const templates: TemplateData[] = [
    {
        name: "Weekly Signup Digest",
        description: "Collects the week's signups in a sheet and posts a summary to the team room",
        category: "operations",
        definition: {
            name: "Weekly Signup Digest",
            nodes: [
                {
                    id: "trigger",
                    type: "trigger",
                    position: ORIGIN,
                    data: { label: "Every Monday", schedule: "0 9 * * 1" }
                },
                {
                    id: "integration-sheets",
                    type: "integration",
                    position: ORIGIN,
                    data: {
                        label: "Log Signups",
                        provider: "google-sheets",
                        operation: "appendValues",
                        spreadsheetId: "{{settings.digestSheet}}",
                        range: "Signups!A1",
                        outputVariable: "logged"
                    }
                },
                {
                    id: "llm-summary",
                    type: "llm",
                    position: ORIGIN,
                    data: {
                        label: "Summarise",
                        provider: "openai",
                        model: "gpt-4o-mini",
                        prompt: "Summarise these signups in three lines: {{logged}}",
                        outputVariable: "summary"
                    }
                },
                {
                    id: "integration-slack",
                    type: "integration",
                    position: ORIGIN,
                    data: {
                        label: "Post Digest",
                        provider: "slack",
                        operation: "sendMessage",
                        channel: "#growth",
                        text: "{{summary.text}}"
                    }
                }
            ],
            edges: [
                { id: "e1", source: "trigger", target: "integration-sheets" },
                { id: "e2", source: "integration-sheets", target: "llm-summary" },
                { id: "e3", source: "llm-summary", target: "integration-slack" }
            ]
        },
        required_integrations: ["google-sheets", "slack"]
    },
    {
        name: "Welcome Email",
        description: "Sends a welcome email to each new customer",
        category: "marketing",
        definition: {
            name: "Welcome Email",
            nodes: [
                {
                    id: "input-1",
                    type: "input",
                    position: ORIGIN,
                    data: { label: "New Customer", inputName: "customer" }
                },
                {
                    id: "integration-sendgrid",
                    type: "integration",
                    position: ORIGIN,
                    data: { label: "Send Welcome", provider: "sendgrid", operation: "sendEmail" }
                }
            ],
            edges: [{ id: "e1", source: "input-1", target: "integration-sendgrid" }]
        },
        required_integrations: ["sendgrid"]
    }
];

/** The rows the gallery table receives, one per template. */
function templateRows(): string[] {
    return templates.map((template) =>
        JSON.stringify({ ...template, definition: JSON.stringify(template.definition) })
    );
}

if (require.main === module) {
    for (const row of templateRows()) console.log(row);
}
